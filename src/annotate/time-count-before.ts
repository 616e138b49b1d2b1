/**
 * Reads the count in front of a duration unit, backwards from the unit: "24 hours", "twenty-four hours",
 * "2 1/2 years", "one and a half years", "a couple of years", "several weeks", "20 more years".
 */
import {
  A_LEADS_COUNT_RE,
  COUNT_ADJECTIVES,
  COUNT_GLUE_WORDS,
  CURRENCY_BEFORE_RE,
  DIGITS_AT_END_RE,
  LAST_WORD_RE,
  NUMBER_WORDS,
  VAGUE_AT_END_RE,
} from '../text/en/time-patterns.ts';
import { timeNumber } from './time-number.ts';

/** A count found before a unit. */
export interface CountBefore {
  /** Where the count starts. */
  start: number;
  /** The value, or null for a vague count ("several"). */
  n: number | null;
  /** True for "a couple of" (2, approximately). */
  approx: boolean;
}

/**
 * The count ending just before `unitStart` (one space or hyphen in between), or null when there is none.
 * @param text the document text
 * @param unitStart where the unit word starts
 * @param floor the earliest offset the count may start at (its window)
 * @example timeCountBefore('for twenty-four hours', 16, 0) // {start: 4, n: 24, approx: false}
 */
export function timeCountBefore(text: string, unitStart: number, floor: number): CountBefore | null {
  let p = unitStart - 1;
  if (p <= floor || (text[p] !== ' ' && text[p] !== '-')) return null;
  // One adjective may stand between the count and the unit: "20 more years", "a single day".
  const adj = LAST_WORD_RE.exec(text.slice(Math.max(floor, p - 16), p));
  if (adj && COUNT_ADJECTIVES.has(adj[1].toLowerCase()) && text[p - adj[1].length - 1] === ' ') p -= adj[1].length + 1;
  const from = Math.max(floor, p - 60);
  const slice = text.slice(from, p);
  const digits = DIGITS_AT_END_RE.exec(slice);
  if (digits?.groups) {
    const g = digits.groups;
    const start = from + slice.length - (g.n.length + (g.num ? 4 : 0));
    if (CURRENCY_BEFORE_RE.test(text.slice(Math.max(0, start - 1), start))) return null; // money, not a count
    const n = Number(g.n.split(',').join('')) + (g.num ? Number(g.num) / Number(g.den) : 0);
    return Number.isFinite(n) ? { start, n, approx: false } : null;
  }
  const vague = VAGUE_AT_END_RE.exec(slice);
  if (vague?.groups) {
    const q = vague.groups.q.toLowerCase();
    const start = from + slice.length - q.length;
    return q.includes('couple') ? { start, n: 2, approx: true } : { start, n: null, approx: false };
  }
  // Number words, read backwards: "twenty-four", "a hundred and thirty", "one and a half".
  const words: Array<{ word: string; start: number }> = [];
  let end = slice.length;
  while (words.length < 7) {
    const m = LAST_WORD_RE.exec(slice.slice(Math.max(0, end - 16), end));
    if (!m) break;
    const w = m[1].toLowerCase();
    if (!NUMBER_WORDS.has(w) && !COUNT_GLUE_WORDS.has(w)) break;
    const ws = end - m[1].length;
    words.unshift({ word: w, start: from + ws });
    const sep = slice[ws - 1];
    if (ws === 0 || (sep !== ' ' && sep !== '-')) break;
    end = ws - 1;
  }
  // The longest well-formed tail of the words: "and two years" → "two years".
  for (let i = 0; i < words.length; i++) {
    if (words[i].word === 'and' || words[i].word === 'half') continue;
    // (Joined by a loop: a `map` result's hidden class varies, and `join` on it deoptimised this function.)
    let phrase = words[i].word;
    for (let k = i + 1; k < words.length; k++) phrase += ' ' + words[k].word;
    // "a"/"an" leads a count only before hundred/thousand/dozen ("a hundred years"), or alone ("a year").
    if ((phrase.startsWith('a ') || phrase.startsWith('an ')) && !A_LEADS_COUNT_RE.test(phrase)) continue;
    const n = phrase === 'a' || phrase === 'an' ? 1 : timeNumber(phrase);
    if (n !== null && n > 0) return { start: words[i].start, n, approx: false };
  }
  return null;
}
