/**
 * What stands before a figure and changes its meaning: hedges ("approximately", "~"), bounds ("more than",
 * "up to", "<"), range openers ("between", "from"), and words of change ("rose", "by") that make "X to Y" a
 * change rather than a range.
 */
import {
  APPROXIMATE_PHRASES, CHANGE_WORDS, HEDGE_SYMBOLS, LOWER_BOUND_PHRASES, RANGE_OPENERS, UPPER_BOUND_PHRASES,
} from '../text/en/quantity-patterns.ts';
import { isLetter } from './quantity-chars.ts';
import { wordBefore, type WordBefore } from './quantity-word-before.ts';

/** The prefix of a figure. */
export interface Prefix {
  /** Start of the earliest hedge, bound or opener (the figure's own start when there is none). */
  start: number;
  approximate: boolean;
  bound: 'low' | 'high' | null;
  opener: 'between' | 'from' | null;
  /** A word of change stands before the figure and its hedges ("rose about 5% to …"). */
  change: boolean;
  /** The word right before the figure, before any hedge was taken (null at a line start or a digit). */
  previous: WordBefore | null;
}

type Kind = 'approximate' | 'low' | 'high';
interface Phrase { words: string[]; kind: Kind }

/**
 * Phrases as reversed word lists, indexed by their last word (the one next to the number), longest first,
 * so that "no more than" wins over "more than" and a word that ends no phrase costs one map look-up.
 */
const PHRASES_BY_LAST = new Map<string, Phrase[]>();
for (const [list, kind] of [[APPROXIMATE_PHRASES, 'approximate'], [LOWER_BOUND_PHRASES, 'low'], [UPPER_BOUND_PHRASES, 'high']] as const) {
  for (const p of list) {
    const words = p.split(' ').reverse();
    const entry = PHRASES_BY_LAST.get(words[0]) ?? [];
    entry.push({ words, kind });
    PHRASES_BY_LAST.set(words[0], entry);
  }
}
for (const entry of PHRASES_BY_LAST.values()) entry.sort((a, b) => b.words.length - a.words.length);

/** Hedge phrases read before a figure, at most: "from up to", "well over about" are as far as news goes. */
const MAX_PHRASES = 3;

/** The phrase that ends at `pos`, if any: its kind and start. */
function phraseBefore(text: string, pos: number, floor: number): { kind: Kind; start: number } | null {
  const nearest = wordBefore(text, pos, floor);
  if (!nearest) return null;
  const symbol = HEDGE_SYMBOLS[nearest.text];
  if (symbol) return { kind: symbol, start: nearest.start };
  if (!isLetter(nearest.text[0])) return null;
  const candidates = PHRASES_BY_LAST.get(nearest.text.toLowerCase());
  if (!candidates) return null;
  const words: WordBefore[] = [nearest];
  for (const phrase of candidates) {
    // Read further words only as far as this phrase needs; inside a phrase words are undotted ("approx." may end one).
    while (words.length < phrase.words.length) {
      const w = wordBefore(text, words[words.length - 1].start, floor);
      if (!w || w.dotted || !isLetter(w.text[0])) break;
      words.push(w);
    }
    if (words.length < phrase.words.length) continue;
    let ok = true;
    for (let i = 1; i < phrase.words.length && ok; i++) ok = words[i].text.toLowerCase() === phrase.words[i];
    if (ok) return { kind: phrase.kind, start: words[phrase.words.length - 1].start };
  }
  return null;
}

/**
 * The prefix of the figure that starts at `start`, not reaching before `floor`.
 *
 * @example prefixBefore('rose by more than 10,000', 18, 0) // { start: 8, bound: 'low', change: true, ... }
 */
export function prefixBefore(text: string, start: number, floor: number): Prefix {
  const previous = wordBefore(text, start, floor);
  const result: Prefix = { start, approximate: false, bound: null, opener: null, change: false, previous };
  if (!previous) return result;
  let p = start;
  let outer: WordBefore | null = previous;
  for (let k = 0; k < MAX_PHRASES && outer; k++) {
    const matched = phraseBefore(text, p, floor);
    if (!matched) break;
    if (matched.kind === 'approximate') result.approximate = true;
    else result.bound ??= matched.kind;
    result.start = p = matched.start;
    outer = wordBefore(text, p, floor);
  }
  const lw = outer?.text.toLowerCase();
  if (lw && RANGE_OPENERS.has(lw) && !outer!.dotted) {
    result.opener = lw as 'between' | 'from';
    result.start = outer!.start;
  } else if (lw && CHANGE_WORDS.has(lw)) result.change = true;
  return result;
}
