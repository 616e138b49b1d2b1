/**
 * HTML main-text extraction: each furniture-removal mechanism on small hand-written pages, and the
 * extractor's robustness (deep nesting, script-only pages, truncated markup).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import { domBlocks, extractHtmlBlocks } from '../src/clean/extract-html-blocks.ts';
import { classifyBlocks, isByline, isDateline } from '../src/clean/classify-blocks.ts';
import { stripBoilerplate, type DomElement } from '../src/clean/html-strip-boilerplate.ts';
import { dropLinkLists } from '../src/clean/html-drop-link-lists.ts';
import { keepEmbeddedPosts } from '../src/clean/html-keep-embedded-posts.ts';
import type { RawBlock } from '../src/clean/raw-block.ts';

// Hand-written filler prose, long enough for Readability to take the article for one.
const P1 = 'The harbour authority said on Tuesday that the new breakwater would be finished by the spring, two years later than first planned, after storms damaged the foundations twice.';
const P2 = 'Engineers working on the project told reporters that the delays had added about a fifth to the cost, which the regional government has agreed to cover from its reserve fund.';
const P3 = 'Fishing crews who use the port welcomed the news but said the winter season would again be difficult, since the old wall no longer shelters the inner basin from easterly winds.';
const P4 = 'A spokesman for the contractor said the remaining work was mostly above the waterline and far less exposed to the weather than the parts already built.';

/** Parses a fragment into a body element. */
function body(html: string): DomElement {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body as unknown as DomElement;
}
/** The text left under `el`, one space between blocks. */
const textOf = (el: DomElement) => domBlocks(el as never, false).map((b) => b.text).join(' ');
/** The text an extraction keeps, blocks joined by a space. */
const extracted = (html: string) => extractHtmlBlocks(html).blocks.map((b) => b.text).join(' ');
const article = (inner: string, outside = '') =>
  `<!doctype html><html><head><title>Breakwater delayed</title></head><body>${outside}<article><h1>Breakwater delayed</h1>${inner}</article></body></html>`;

test('furniture tags go: nav, header, footer, aside, form, figcaption', () => {
  const el = body(`<header>Site name</header><nav><a href="/">Home</a></nav><div><p>${P1}</p><figure><img src="x.jpg"><figcaption>A crane on the quay</figcaption></figure></div><aside>Most read</aside><form>Search</form><footer>Contact us</footer>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), P1);
});

test('furniture classes and roles go: comments, share, newsletter, related, ads, menus', () => {
  const el = body(`<p>${P1}</p><div class="share-bar">Share Tweet</div><div id="commentsArea"><p>First!</p></div><div class="newsletter-signup">Sign up</div><ul class="related-posts"><li>Other story</li></ul><div class="ad-slot">Buy now</div><div role="navigation">Sections</div>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), P1);
});

test('class words must start a class word: "sharp", "timeline", "adapt" are not furniture', () => {
  const el = body(`<div class="sharp-photo">Sharp</div><div class="timeline">Timeline</div><div class="adapt">Adapt</div>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), 'Sharp Timeline Adapt');
});

test('hidden content goes, but not Bootstrap\'s responsive hidden-xs', () => {
  const el = body(`<p>${P1}</p><span hidden>secret</span><div aria-hidden="true">icon label</div><span class="sr-only">Opens in a new window</span><div class="hidden-xs">${P2}</div>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), `${P1} ${P2}`);
});

test('a wrapper whose class names furniture but which holds most of the text stays', () => {
  const el = body(`<div class="post has-comments"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="comments"><p>Nice.</p></div>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), `${P1} ${P2} ${P3}`);
});

test('a comment thread goes even when it outweighs the story', () => {
  const comments = Array.from({ length: 8 }, (_, i) => `<li><p>Reader ${i}: ${P4}</p></li>`).join('');
  const el = body(`<div class="entry"><p>${P1}</p><p>${P2}</p></div><div id="comments" class="comments-area"><ol class="comment-list">${comments}</ol></div>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), `${P1} ${P2}`);
});

test('classes stating a layout ("no-sidebar", "modal-enabled", "non-ad-column") do not make furniture', () => {
  const el = body(`<div class="no-sidebar"><p>${P1}</p></div><div class="modal-enabled"><p>${P2}</p></div><div class="non-ad-column"><p>${P3}</p></div><div class="rail"><p>${P4}</p></div>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), [P1, P2, P3, P4].join(' '));
});

test('image credits and off-screen labels go', () => {
  const el = body(`<figure><img src="a.jpg"><span class="off-screen">Image copyright</span><span class="story-image-copyright">Agency</span></figure><p>${P1}</p>`);
  stripBoilerplate(el);
  assert.equal(textOf(el), P1);
});

test('inline words of a sentence stay (a tag link), a stand-alone dateline and a hover card go', () => {
  const el = body(
    `<div class="head"><h2>Title</h2><span class="timestamp">Updated 9:41 am, Nov. 19</span></div>` +
    `<p>Work on deep <a class="textTag" href="/tags/space">space</a> travel continues.</p>` +
    `<p>Rep. <span class="rollover-people"><a href="/people/jane-doe">Jane Doe</a><span class="rollover-people-block"><span><img src="j.jpg"><a href="/x">Other headline</a></span></span></span> spoke.</p>`,
  );
  stripBoilerplate(el);
  assert.equal(textOf(el), 'Title Work on deep space travel continues. Rep. Jane Doe spoke.');
});

test('same-site link lists go with their label; links out of the site and links in sentences stay', () => {
  const el = body(
    `<p>${P1} See <a href="/report">the report</a>.</p>` +
    `<p>More:</p><p><a href="/news/one">First related headline</a></p><p><a href="https://www.example.com/news/two">Second related headline</a></p>` +
    `<ul><li><a href="https://shop.example.org/item">Get it at the shop for $20</a></li></ul>`,
  );
  dropLinkLists(el, 'www.example.com');
  assert.equal(textOf(el), `${P1} See the report. Get it at the shop for $20`);
});

test('loose lines of same-site links in a container go; a loose line of prose stays', () => {
  const el = body(`<div>${P1}<br><a href="/news/one">First related headline</a><br><a href="/news/two">Second related headline</a><br>See <a href="/report">the report</a> for the figures.</div>`);
  dropLinkLists(el, null);
  assert.equal(textOf(el), `${P1} See the report for the figures.`);
});

test('an embedded tweet is kept as a quote, without its widget wrapper', () => {
  const el = body(`<p>${P1}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The wall is finally going up <a href="https://t.co/x">https://t.co/x</a></p>— Harbour Watch (@harbourwatch) <a href="https://twitter.com/x/status/1">November 18, 2019</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script></div><p>${P2}</p>`);
  assert.equal(keepEmbeddedPosts(el), 1);
  stripBoilerplate(el);
  assert.equal(textOf(el), `${P1} The wall is finally going up https://t.co/x — Harbour Watch (@harbourwatch) November 18, 2019 ${P2}`);
  assert.ok(!el.querySelector('.social-media-embed'));
});

test('extraction end to end: the story stays, the furniture around and inside it goes', () => {
  const html = article(
    `<div class="byline">By Jane Doe</div><p>${P1}</p><figure><img src="a.jpg"><figcaption>The quay at dawn. Photo: Agency</figcaption></figure><p>${P2}</p>` +
    `<div class="newsletter">Get our daily briefing</div><p>${P3}</p><p>${P4}</p>` +
    `<h3>You may also like</h3><ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">New lighthouse keeper named</a></li></ul>` +
    `<section id="comments"><h3>3 Comments</h3><p>About time too.</p></section>`,
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav>`,
  );
  assert.equal(extracted(html), [P1, P2, P3, P4].join(' '));
});

test('a page of 10,000 nested divs does not throw', () => {
  const html = `<html><body>${'<div>'.repeat(10_000)}<p>${P1} ${P2}</p>${'</div>'.repeat(10_000)}</body></html>`;
  const x = extractHtmlBlocks(html);
  assert.ok(x.blocks.map((b) => b.text).join(' ').includes('breakwater'));
});

test('a page of only scripts and styles gives no text', () => {
  const x = extractHtmlBlocks('<html><head><style>p { color: red }</style><script>var a = "text";</script></head><body><script>document.write("hello")</script><noscript>Enable JavaScript</noscript></body></html>');
  assert.deepEqual(x.blocks.map((b) => b.text), []);
});

test('truncated HTML still gives its text', () => {
  const html = article(`<p>${P1}</p><p>${P2}</p><p>${P3}`).slice(0, -40);
  const text = extracted(html);
  assert.ok(text.includes(P1) && text.includes(P2));
  assert.ok(text.includes(P3.slice(0, 60)));
});

const block = (text: string): RawBlock => ({ text, kind: 'paragraph', rawStart: null });
const decide = (lines: string[]) => classifyBlocks(lines.map(block), { title: null, findHeadline: false }).map((d) => d.action);

test('datelines and bylines alone on their line go; sentences that start the same way stay', () => {
  assert.ok(isDateline('Updated 11:21 pm CST, Tuesday, November 19, 2019'));
  assert.ok(isDateline('Posted on March 30, 2015 by Admin'));
  assert.ok(isDateline('Updated at 1:23 p.m.'));
  assert.ok(!isDateline('Updated figures released on Monday show 5,000 more troops arrived in the region.'));
  assert.ok(isByline('By Justine Coleman - 11/18/19 11:04 PM EST'));
  assert.ok(isByline('By Stefan Becket, Kathryn Watson and Grace Segers'));
  assert.ok(!isByline('By Monday, the troops had advanced 10 km.'));
  assert.ok(!isByline('By 2018, only two of his books were in print'));
});

test('follow prompts, tag lines, shortcodes and ad labels go', () => {
  const lines = [
    P1,
    'Follow Harbour News on Instagram, Facebook, Twitter and YouTube.',
    'Subscribe to our newsletter for the latest updates',
    'Filed under: Ports |',
    '[button link="https://example.com/submit" type="big"]Send us your story[/button]',
    'Advert',
    P2,
  ];
  assert.deepEqual(decide(lines), ['keep', 'remove', 'remove', 'remove', 'remove', 'remove', 'keep']);
});

test('a related-links label removes the link titles after it', () => {
  assert.deepEqual(decide([P1, P2, "DON'T MISS", 'Ferry fares to rise', 'New lighthouse keeper named', P3]), ['keep', 'keep', 'remove', 'remove', 'remove', 'keep']);
});

test("an author's contact note among the last blocks goes; the same words earlier stay", () => {
  const note = 'Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe.';
  assert.deepEqual(decide([P1, P2, P3, P4, note]), ['keep', 'keep', 'keep', 'keep', 'remove']);
  assert.deepEqual(decide([note, P1, P2, P3, P4]), ['keep', 'keep', 'keep', 'keep', 'keep']);
});

test('a selector asked again after the page changed matches the page as it is (linkedom keeps compiled selectors)', () => {
  // Both of linkedom's builds: the cleaning stage requires the CommonJS one, this file imports the ES module.
  const builds = [parseHTML, (createRequire(import.meta.url)('linkedom') as { parseHTML: typeof parseHTML }).parseHTML];
  for (const parse of builds) {
    const { document } = parse('<html><body><section><p>One</p><a href="#a">a</a></section><section><a href="#b">b</a></section></body></html>');
    // :has makes css-select cache results inside the compiled function unless told not to.
    const ask = () => [...document.querySelectorAll('section:has(p) a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(ask(), ['#a']);
    document.querySelector('p')!.remove();
    assert.deepEqual(ask(), []);
    document.querySelectorAll('section')[1].appendChild(document.createElement('p'));
    assert.deepEqual(ask(), ['#b']);
    assert.equal(document.querySelector('a')!.matches('section:has(p) > a'), false);
    assert.equal(document.querySelectorAll('a')[1].matches('section:has(p) > a'), true);
    // Names in either case (an HTML element's tagName is upper case).
    assert.deepEqual([document.getElementsByTagName('A').length, document.getElementsByTagName('a').length, document.getElementsByTagName('Section').length], [2, 2, 0]);
    assert.equal(document.querySelector('a')!.tagName, 'A');
    // :scope depends on the element asked.
    const [s1, s2] = [...document.querySelectorAll('section')];
    assert.equal(s1.querySelector(':scope > a')!.getAttribute('href'), '#a');
    assert.equal(s2.querySelector(':scope > a')!.getAttribute('href'), '#b');
  }
});

test('Readability starts its looser passes again from the page as it was (a copy of its nodes, patched in)', () => {
  const require = createRequire(import.meta.url);
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  const { parseHTML: parseCjs } = require('linkedom') as { parseHTML: typeof parseHTML };
  // "sidebar" makes the first pass strip the story as an unlikely candidate, leaving too little: the next pass
  // must find the story, its attributes and entities, where the first found it.
  const page = `<!doctype html><html><head><title>Breakwater</title></head><body><div class="sidebar"><p id="p1" data-x="a&amp;b">${P1} &amp; ${P2}</p><p>${P3}</p><p>${P4}</p></div></body></html>`;
  const { document } = parseCjs(page);
  const reader = new Readability(document as never, { charThreshold: 300, keepClasses: true, serializer: (el: unknown) => el as never });
  const got = reader.parse() as unknown as { content: DomElement & { querySelector(s: string): { getAttribute(n: string): string | null } | null } } | null;
  assert.ok((reader as unknown as { _attempts: unknown[] })._attempts.length > 0, 'the first pass failed, as meant');
  assert.ok(got);
  const text = textOf(got.content);
  for (const p of [P1, P2, P3, P4]) assert.ok(text.includes(p), p.slice(0, 30));
  assert.ok(text.includes(`${P1} & ${P2}`));
  assert.equal(got.content.querySelector('#p1')?.getAttribute('data-x'), 'a&b');
  assert.equal(text.split(P3).length, 2, 'the story once');
});
