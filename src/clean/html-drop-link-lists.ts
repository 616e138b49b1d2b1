/**
 * Drops the paragraphs and list items of an extracted article that are nothing but links to the same site:
 * "More:" / "Don't miss" / "You may also like" rails of headlines, tag and section lists, "Read more on X".
 * Links out of the site stay: in a story they are sources, shop links of a deals post or quoted URLs,
 * which the body keeps. A short label heading such a run ("More:", "DON'T MISS") goes with it.
 */
import { RELATED_LINE } from '../text/en/cleaning-patterns.ts';
import type { DomElement } from './html-strip-boilerplate.ts';

/** Leaf blocks judged one by one. Table cells are not: a table of figures may hold linked names. */
const LEAF_BLOCKS = 'p, li, h2, h3, h4, h5, h6, dt, dd';
// A leaf that holds other blocks is judged through them, not as a whole.
const NESTED_BLOCKS = 'p, li, ul, ol, div, h2, h3, h4, h5, h6, table, blockquote';

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Host name without "www.", or '' when `href` is relative (relative links are the site's own). */
function hostOf(href: string): string | null {
  if (!/^(?:https?:)?\/\//i.test(href)) return /^[a-z][a-z0-9+.-]*:/i.test(href) ? null : '';
  try {
    return new URL(href, 'https://relative.invalid/').hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True when `host` is the site's own ('' stands for a relative link), counting subdomains either way. */
function sameSite(host: string | null, site: string | null): boolean {
  if (host === '') return true;
  if (!host || !site) return false;
  return host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
}

/** A block whose text is at least 80% links, all of them to the site itself. */
function isInternalLinkBlock(el: DomElement, site: string | null): boolean {
  const text = squash(el.textContent);
  if (!text || text.length > 300) return false;
  const links = el.getElementsByTagName('a');
  if (!links.length) return false;
  let linked = 0;
  for (let i = 0; i < links.length; i++) {
    const href = links[i].getAttribute('href');
    if (href === null || !sameSite(hostOf(href.trim()), site)) return false;
    linked += squash(links[i].textContent).length;
  }
  return linked >= 0.8 * text.length;
}

/**
 * A label that can head a link list: short, without links, and shaped like one: a heading, a line ending in
 * ":" or "…", a line in capitals ("DON'T MISS"), or a known related-links label ("You may also like").
 */
function isLabel(el: DomElement): boolean {
  const t = squash(el.textContent);
  if (!t || t.length > 60 || el.querySelector('a')) return false;
  return /^H[2-6]$/i.test(el.tagName) || /(?::|\.\.\.|…)$/.test(t) || !/\p{Ll}/u.test(t) || RELATED_LINE.test(t);
}

// Containers whose loose content (inline runs outside any paragraph) is judged line by line; a line ends at a
// block child or a <br>: `<div><a>Headline</a><br><a>Headline</a></div>` is a link list too.
const CONTAINERS = 'div, section, article, main, center, body';
const LINE_BREAKS = new Set([
  'P', 'DIV', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV',
  'FIGURE', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BR', 'DL', 'DT', 'DD', 'MAIN', 'CENTER', 'ADDRESS', 'DETAILS',
]);

type ChildNode = { nodeType: number; nodeName: string; textContent: string | null; remove(): void };

/** Removes the loose lines of `container` that are same-site links only; returns how many nodes went. */
function dropLooseLinkLines(container: DomElement, site: string | null): number {
  const kids = container.childNodes as unknown as ArrayLike<ChildNode>;
  const doomed: ChildNode[] = [];
  let line: ChildNode[] = [];
  const judge = () => {
    if (line.some((n) => n.nodeType === 1) && isInternalLinkLine(line, site)) doomed.push(...line);
    line = [];
  };
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === 1 && LINE_BREAKS.has(k.nodeName.toUpperCase())) judge();
    else if (k.nodeType === 1 || k.nodeType === 3) line.push(k);
  }
  judge();
  for (const n of doomed) n.remove();
  return doomed.length;
}

/** A run of inline nodes whose text is at least 80% links, all of them to the site itself. */
function isInternalLinkLine(line: ChildNode[], site: string | null): boolean {
  const text = squash(line.map((n) => n.textContent ?? '').join(''));
  if (!text || text.length > 300) return false;
  let linked = 0;
  let links = 0;
  for (const n of line) {
    if (n.nodeType !== 1) continue;
    const el = n as unknown as DomElement;
    const anchors = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
    for (const a of anchors) {
      const href = a.getAttribute('href');
      if (href === null || !sameSite(hostOf(href.trim()), site)) return false;
      linked += squash(a.textContent).length;
      links++;
    }
  }
  return links > 0 && linked >= 0.8 * text.length;
}

/**
 * Removes same-site link blocks from `root` in place: paragraphs, list items and headings, and loose lines
 * of links in containers.
 * @param site the page's host (from its canonical URL), or null when unknown: then only relative links
 *   count as the site's own
 * @returns how many blocks were removed
 */
export function dropLinkLists(root: DomElement, site: string | null): number {
  const host = site ? site.toLowerCase().replace(/^www\./, '') : null;
  const leaves = root.querySelectorAll(LEAF_BLOCKS);
  const doomed: DomElement[] = [];
  const doomedSet = new Set<DomElement>();
  let previous: DomElement | null = null; // the last leaf block kept, a candidate label
  for (let i = 0; i < leaves.length; i++) {
    const el = leaves[i];
    if (el.querySelector(NESTED_BLOCKS)) continue;
    if (isInternalLinkBlock(el, host)) {
      if (previous && !doomedSet.has(previous) && isLabel(previous)) {
        doomed.push(previous);
        doomedSet.add(previous);
      }
      doomed.push(el);
      doomedSet.add(el);
    } else previous = el;
  }
  for (const el of doomed) el.remove();
  let n = doomed.length;
  const containers = root.querySelectorAll(CONTAINERS);
  for (let i = 0; i < containers.length; i++) n += dropLooseLinkLines(containers[i], host);
  return n + dropLooseLinkLines(root, host);
}
