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
  /** The word before the whole prefix. */
  outer: WordBefore | null;
}

type Kind = 'approximate' | 'low' | 'high';
/** Phrases as reversed word lists, longest first, so that "no more than" wins over "more than". */
const PHRASES: Array<{ words: string[]; kind: Kind }> = [
  ...APPROXIMATE_PHRASES.map((p) => ({ p, kind: 'approximate' as Kind })),
  ...LOWER_BOUND_PHRASES.map((p) => ({ p, kind: 'low' as Kind })),
  ...UPPER_BOUND_PHRASES.map((p) => ({ p, kind: 'high' as Kind })),
].map(({ p, kind }) => ({ words: p.split(' ').reverse(), kind })).sort((a, b) => b.words.length - a.words.length);
const LONGEST = Math.max(...PHRASES.map((p) => p.words.length));

/** Hedge phrases read before a figure, at most: "from up to", "well over about" are as far as news goes. */
const MAX_PHRASES = 3;

/** The (up to `n`) words before `pos`, nearest first, stopping at anything that is not a word or a symbol. */
function wordsBefore(text: string, pos: number, floor: number, n: number): WordBefore[] {
  const out: WordBefore[] = [];
  let p = pos;
  while (out.length < n) {
    const w = wordBefore(text, p, floor);
    if (!w) break;
    out.push(w);
    // A symbol or a dotted word ("approx.") ends a phrase on its left.
    if (w.text.length === 1 && !isLetter(w.text)) break;
    p = w.start;
  }
  return out;
}

/**
 * The prefix of the figure that starts at `start`, not reaching before `floor`.
 *
 * @example prefixBefore('rose by more than 10,000', 18, 0) // { start: 8, bound: 'low', change: true, ... }
 */
export function prefixBefore(text: string, start: number, floor: number): Prefix {
  const previous = wordBefore(text, start, floor);
  const result: Prefix = { start, approximate: false, bound: null, opener: null, change: false, previous, outer: previous };
  let p = start;
  for (let k = 0; k < MAX_PHRASES; k++) {
    const words = wordsBefore(text, p, floor, LONGEST);
    if (!words.length) break;
    const lower = words.map((w) => w.text.toLowerCase());
    const symbol = HEDGE_SYMBOLS[words[0].text];
    let matched: { kind: Kind; start: number } | null = null;
    if (symbol) matched = { kind: symbol, start: words[0].start };
    else {
      for (const phrase of PHRASES) {
        if (phrase.words.length > words.length) continue;
        // Inside a phrase the words are spaced and undotted ("approx." may end one).
        if (phrase.words.every((w, i) => lower[i] === w && (i === 0 || !words[i].dotted))) {
          matched = { kind: phrase.kind, start: words[phrase.words.length - 1].start };
          break;
        }
      }
    }
    if (!matched) break;
    if (matched.kind === 'approximate') result.approximate = true;
    else result.bound ??= matched.kind;
    result.start = p = matched.start;
  }
  const outer = wordBefore(text, p, floor);
  result.outer = outer;
  const lw = outer?.text.toLowerCase();
  if (lw && RANGE_OPENERS.has(lw) && !outer!.dotted) {
    result.opener = lw as 'between' | 'from';
    result.start = outer!.start;
  } else if (lw && CHANGE_WORDS.has(lw)) result.change = true;
  return result;
}
