/**
 * Embedded social posts (a tweet or an Instagram post quoted in the story) are part of what the article
 * reports: a statement someone made. As served, they are link-heavy blockquotes in wrappers with classes
 * such as "social-media-embed", which Readability and the furniture stripper take for share widgets and
 * drop. This rewrites each one as a plain blockquote of paragraphs, in place of its wrappers, so that the
 * quoted post stays with the text around it.
 */
import type { DomElement } from './html-strip-boilerplate.ts';

/** Classes of the blockquotes that social networks' embed codes produce (before their scripts replace them). */
const EMBEDDED_POST = new Set(['twitter-tweet', 'instagram-media', 'tiktok-embed', 'reddit-card', 'bluesky-embed', 'text-post-media']);

interface Doc {
  createElement(tag: string): DomElement & { textContent: string | null; appendChild(n: unknown): void };
}
type Node = { nodeType: number; nodeName: string; textContent: string | null };
type Replaceable = DomElement & { ownerDocument: Doc; childNodes: ArrayLike<Node>; replaceWith(n: unknown): void };

/**
 * Replaces each embedded post (and the wrappers that hold nothing else) by a `<blockquote>` of `<p>`s: one
 * per paragraph of the post, one for the attribution line, without links.
 * @returns how many posts were rewritten
 */
export function keepEmbeddedPosts(root: DomElement | null): number {
  if (!root) return 0;
  // Blockquotes by tag, then by class: a CSS selector over the whole page costs linkedom four times as much.
  const quotes = Array.from(root.getElementsByTagName('blockquote') as ArrayLike<Replaceable>);
  const posts = quotes.filter((q) => (q.getAttribute('class') ?? '').split(/\s+/).some((c) => EMBEDDED_POST.has(c)));
  let n = 0;
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i];
    const own = (post.textContent ?? '').trim().length;
    if (!own) continue;
    // The outermost wrapper whose text is the post's alone (a script tag or whitespace beside it is fine).
    let outer: Replaceable = post;
    for (let a = post.parentElement as Replaceable | null; a && a !== root; a = a.parentElement as Replaceable | null) {
      if (['ARTICLE', 'MAIN', 'BODY'].includes(a.tagName.toUpperCase()) || visibleText(a) > own + 40) break;
      outer = a;
    }
    const doc = post.ownerDocument;
    const quote = doc.createElement('blockquote');
    let rest = '';
    const addParagraph = (text: string) => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (!t) return;
      const p = doc.createElement('p');
      p.textContent = t;
      quote.appendChild(p);
    };
    for (let k = 0; k < post.childNodes.length; k++) {
      const c = post.childNodes[k];
      if (c.nodeType === 1 && /^(?:P|DIV)$/i.test(c.nodeName)) {
        addParagraph(rest);
        rest = '';
        addParagraph(c.textContent ?? '');
      } else rest += c.textContent ?? '';
    }
    addParagraph(rest);
    outer.replaceWith(quote);
    n++;
  }
  return n;
}

/** Text of an element without its scripts and styles (an embed's wrapper often holds its loader script). */
function visibleText(el: DomElement): number {
  let n = (el.textContent ?? '').trim().length;
  const skip = el.querySelectorAll('script, style');
  for (let i = 0; i < skip.length; i++) n -= (skip[i].textContent ?? '').trim().length;
  return n;
}
