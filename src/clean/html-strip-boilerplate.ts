/**
 * Removes page furniture from a parsed page before Readability scores it: navigation, headers and footers,
 * sidebars, share and comment widgets, newsletter boxes, recommendation rails, captions, bylines and dates.
 * Readability only skips such nodes while scoring and keeps whatever sits inside the container it picks;
 * taking them out first both cleans that container and stops link-heavy furniture from winning it.
 */
import { BOILERPLATE_ATTRIBUTE, BOILERPLATE_ROLE, COMMENT_THREAD, HIDDEN_ATTRIBUTE } from '../text/en/cleaning-patterns.ts';

/** The slice of the DOM the strippers need (linkedom's elements satisfy it). */
export interface DomElement {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  children: ArrayLike<DomElement>;
  childNodes: ArrayLike<{ nodeType: number; nodeName: string; textContent: string | null }>;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  remove(): void;
}

// Elements that are furniture whatever their class. <header> and <footer> inside the article hold the
// headline, byline, dateline, tags and share rows, which the body excludes; so are the captions of figures
// (a caption describes the picture, not the story; the pictures themselves carry no text).
const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'DIALOG', 'MENU', 'ADDRESS']);
// Inline elements inside a sentence are words of it: a tag link ("textTag"), a name with a hover card. Their
// class removes them only when they hold no words of their own (a hover card's body, an inline ad slot) or
// stand alone (a dateline <span>, a caption <span> beside a picture).
const INLINE_TAGS = new Set(['A', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'SMALL', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'MARK', 'FONT', 'TIME', 'LABEL']);
// Never removed by class: a page's wrappers often carry classes such as "has-comments" or "with-sidebar".
const WRAPPER_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Class and id of an element as one lower-case string, camelCase split ("shareBar" → "share-bar"), without
 * the classes that state what a wrapper has or lacks ("has-comments", "no-sidebar", "non-ad-column",
 * "modal-enabled"): those name the page's layout, not a widget.
 */
export function classAndId(el: DomElement): string {
  const cls = el.getAttribute('class'), id = el.getAttribute('id');
  // Most elements have neither (this runs on every element of a page).
  if (!cls && !id) return '';
  const s = `${cls ?? ''} ${id ?? ''}`;
  return s
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/\s+/)
    .filter((c) => c && !STATE_CLASS.test(c))
    .join(' ');
}

// A class stating a wrapper's features rather than naming a widget.
const STATE_CLASS = /^(?:has|non|no|with|without|show|hide|enable|disable)[-_]|[-_](?:enabled|disabled|active|on|off)$/;

/** Length of the text of the paragraphs under `el`: the prose, without menus, scripts or link lists. */
function paragraphText(el: DomElement): number {
  // By tag: a CSS selector costs linkedom about four times as much.
  const ps = el.getElementsByTagName('p');
  let n = 0;
  for (let i = 0; i < ps.length; i++) n += (ps[i].textContent ?? '').trim().length;
  return n;
}

/** Length of the visible text under `el` (its scripts and styles left out). */
function visibleText(el: DomElement): number {
  let n = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const skip = el.querySelectorAll('script, style, noscript, template');
  for (let i = 0; i < skip.length; i++) n -= (skip[i].textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}

/** How much prose an element holds: its paragraphs' text, or all its visible text on a page without paragraphs. */
type ProseMeasure = (el: DomElement) => number;

/**
 * Removes furniture elements from `root`'s subtree in place, without recursion (deep pages must not
 * overflow the stack). An element holding most of the page's paragraph text is kept whatever its class or
 * tag says: it is a wrapper ("post has-comments", a page laid out inside <header>), not a widget.
 * @returns how many elements were removed
 */
export function stripBoilerplate(root: DomElement): number {
  // Pages that set their text in <div>s rather than <p>s are measured by all their visible text.
  let measure: ProseMeasure = paragraphText;
  let total = paragraphText(root);
  if (total < 200) {
    measure = visibleText;
    total = visibleText(root);
  }
  const doomed: DomElement[] = [];
  const stack: DomElement[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length) {
    const el = stack.pop()!;
    if (isFurniture(el, measure, total)) {
      doomed.push(el);
      continue;
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}

/** True for an element with text or a link of its own among its children. */
function holdsWords(el: DomElement): boolean {
  if (el.tagName.toUpperCase() === 'A') return true;
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === 3 ? /\S/.test(k.textContent ?? '') : k.nodeName.toUpperCase() === 'A') return true;
  }
  return false;
}

// A letter or digit: a separator such as "|" or "·" beside a dateline is not a sentence around it.
const WORD = /[\p{L}\p{N}]/u;

/**
 * True when the element has words beside it on its line: text or inline elements next to it, looking out
 * through inline wrappers (a tag link inside a <span> of the sentence) but not past the enclosing block (a
 * dateline <span> under a headline is alone on its line). Neighbours that are furniture themselves (a
 * credit <span> beside a caption <span>) are not words of a sentence.
 */
function inSentence(el: DomElement): boolean {
  for (let node = el, parent = el.parentElement; parent; node = parent, parent = parent.parentElement) {
    const kids = parent.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if ((k as unknown) === node) continue;
      if (k.nodeType === 3 && WORD.test(k.textContent ?? '')) return true;
      if (k.nodeType === 1 && INLINE_TAGS.has(k.nodeName.toUpperCase()) && WORD.test(k.textContent ?? '')) {
        const words = classAndId(k as unknown as DomElement);
        if (!BOILERPLATE_ATTRIBUTE.test(words) && !HIDDEN_ATTRIBUTE.test(words)) return true;
      }
    }
    if (!INLINE_TAGS.has(parent.tagName.toUpperCase())) return false;
  }
  return false;
}

/** True for an element to remove: furniture by tag, role, class or id, or hidden, and not a wrapper of the story. */
function isFurniture(el: DomElement, measure: ProseMeasure, total: number): boolean {
  const tag = el.tagName.toUpperCase();
  if (WRAPPER_TAGS.has(tag)) return false;
  const role = el.getAttribute('role');
  const byTag = FURNITURE_TAGS.has(tag) || (role !== null && BOILERPLATE_ROLE.test(role));
  const words = byTag ? '' : classAndId(el);
  const byClass = !byTag && BOILERPLATE_ATTRIBUTE.test(words) && !(INLINE_TAGS.has(tag) && holdsWords(el) && inSentence(el));
  const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_ATTRIBUTE.test(words);
  if (!byTag && !byClass && !hidden) return false;
  // A reader-comment thread can outweigh the story on a busy post; a class that starts with "comment" names
  // the thread itself (a wrapper's "has-comments" was dropped with the state classes).
  if (byClass && COMMENT_THREAD.test(words)) return true;
  return measure(el) < total * 0.4;
}
