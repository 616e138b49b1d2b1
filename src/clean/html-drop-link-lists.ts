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
  const links = el.querySelectorAll('a');
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

/**
 * Removes same-site link blocks from `root` in place.
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
  return doomed.length;
}
