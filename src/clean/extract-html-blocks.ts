/**
 * Main-text extraction from HTML, in four steps on a linkedom DOM:
 * 1. embedded social posts are turned into plain quotes (they are part of the story; see html-keep-embedded-posts);
 * 2. page furniture is stripped (menus, headers, footers, share and comment widgets, captions, bylines; see
 *    html-strip-boilerplate), so that Readability neither scores it nor keeps it inside the container it picks;
 * 3. Mozilla Readability finds the article;
 * 4. its output is stripped again (classes are kept for that) and rid of same-site link lists (see
 *    html-drop-link-lists), then cut into paragraph-level blocks.
 * Pages Readability cannot read (too short, too deep, broken) fall back to the body's blocks, stripped the same way.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { RawBlock } from './raw-block.ts';
import { readHtmlMetadata, type HtmlMetadata } from './read-html-metadata.ts';
import { dropLinkLists } from './html-drop-link-lists.ts';
import { keepEmbeddedPosts } from './html-keep-embedded-posts.ts';
import { stripBoilerplate, type DomElement } from './html-strip-boilerplate.ts';

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TD', 'TH', 'TR',
  'DT', 'DD', 'FIGCAPTION', 'FIGURE', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'HR', 'BR',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER', 'DL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

export interface HtmlExtraction {
  blocks: RawBlock[];
  meta: HtmlMetadata;
  /** Readability's title guess (site suffixes removed), if any. */
  title: string | null;
  /** How the text was found: `readability` or the `fallback` body walk. */
  method: 'readability' | 'fallback';
}

const require = createRequire(import.meta.url);
let libraries: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | null = null;

/**
 * Readability and linkedom, loaded on the first page (their CommonJS builds, the same releases as their ES ones):
 * a run of plain text, or a command that runs no pipeline, never needs them (linkedom takes about 0.14 s to load).
 */
function htmlLibraries(): { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } {
  libraries ??= { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML };
  return libraries;
}

type N = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<N> };

/**
 * Walks a DOM subtree without recursion (10,000 nested divs must not overflow the stack) and returns one
 * block per paragraph-level element, whitespace collapsed.
 */
export function domBlocks(root: N, skipChrome: boolean): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buf = '';
  let kind: RawBlock['kind'] = 'paragraph';
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, kind, rawStart: null });
    buf = '';
    kind = 'paragraph';
  };
  // Stack of [node, exiting]; a block element flushes on entry and on exit.
  const stack: Array<[N, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop()!;
    const name = node.nodeName.toUpperCase();
    if (exiting) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP_TAGS.has(name) || (skipChrome && CHROME_TAGS.has(name))) continue;
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) {
      flush();
      if (/^H[1-6]$/.test(name)) kind = 'heading';
      else if (name === 'LI' || name === 'DT' || name === 'DD') kind = 'list-item';
      stack.push([node, true]);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return blocks;
}

/** The host of the page's own URL, if it declares one. */
function siteHost(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** Element nesting beyond which Readability is not tried (real articles nest a few dozen levels deep). */
const MAX_READABLE_DEPTH = 400;

/** True when some element under `root` is nested more than `limit` levels deep (iterative walk). */
function isDeeperThan(root: DomElement, limit: number): boolean {
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i], depth + 1]);
  }
  return false;
}

interface ReadResult {
  /** The article's element, as Readability left it (detached from the page). */
  content: DomElement & N;
  textLength: number;
  title: string | null;
  /** Readability's first pass found too little text and it fell back to looser passes. */
  retried: boolean;
}

/** One Readability pass over a parsed page (which it modifies); null when it finds nothing or throws. */
function readArticle(document: unknown): ReadResult | null {
  try {
    // The article's element itself rather than its HTML: serialising it and parsing it again cost a second parse.
    const reader = new (htmlLibraries().Readability)(document as never, { charThreshold: 300, maxElemsToParse: 200_000, keepClasses: true, serializer: (el) => el });
    const article = reader.parse();
    if (!article?.content) return null;
    // `_attempts` is Readability's record of failed passes (0.6); absent in other versions, read as none.
    const attempts = (reader as unknown as { _attempts?: unknown[] })._attempts;
    return {
      content: article.content as unknown as DomElement & N,
      textLength: (article.textContent ?? '').trim().length,
      title: article.title?.trim() || null,
      retried: Array.isArray(attempts) && attempts.length > 0,
    };
  } catch {
    // Readability gives up on some pages (too many elements, odd markup).
    return null;
  }
}

/**
 * @param html the page
 * @example extractHtmlBlocks('<html><body><article><p>Hello.</p></article></body></html>').blocks[0].text // 'Hello.'
 */
export function extractHtmlBlocks(html: string): HtmlExtraction {
  // linkedom treats a fragment without <html> as a body child; wrap it so both paths see a document.
  const page = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = htmlLibraries().parseHTML(page);
  const meta = readHtmlMetadata(document as never);
  keepEmbeddedPosts(document.body as unknown as DomElement | null);
  if (document.body) stripBoilerplate(document.body as unknown as DomElement);
  // Readability recurses through the tree: a pathologically deep page overflows its stack after seconds of
  // work, so such a page goes straight to the fallback walk.
  const tooDeep = document.body !== null && isDeeperThan(document.body as unknown as DomElement, MAX_READABLE_DEPTH);
  let article = tooDeep ? null : readArticle(document);
  // Taking furniture out can tip Readability's first pass onto a broad container whose cleaning then drops
  // the story (short articles beside big link rails), or leave it nothing. When that pass failed, a pass over
  // the untouched page that succeeds at once is the better reading; its furniture is stripped below all the same.
  if (!tooDeep && (!article || article.retried)) {
    const untouched = htmlLibraries().parseHTML(page).document;
    keepEmbeddedPosts(untouched.body as unknown as DomElement | null);
    const again = readArticle(untouched);
    if (again && (!article || !again.retried)) article = again;
  }
  const title = article?.title ?? null;
  if (article && article.textLength >= 200) {
    const content = article.content;
    stripBoilerplate(content);
    dropLinkLists(content, siteHost(meta.url));
    const blocks = domBlocks(content, false);
    if (blocks.length) return { blocks, meta, title, method: 'readability' };
  }
  // Readability found no article: walk the whole body, furniture stripped the same way.
  const { document: again } = htmlLibraries().parseHTML(page);
  const body = (again.body ?? again.documentElement) as unknown as (N & DomElement) | null;
  if (body) {
    keepEmbeddedPosts(body);
    stripBoilerplate(body);
    dropLinkLists(body, siteHost(meta.url));
  }
  return { blocks: body ? domBlocks(body, true) : [], meta, title, method: 'fallback' };
}
