/**
 * The word just before a position, for the look-backs of the quantity extractor (hedges, currencies, months,
 * identifiers). Scans back a bounded number of characters, so a look-back costs O(1) whatever the text.
 */
import { isBlank, isLetter } from './quantity-chars.ts';

/** A word (or one symbol character) found before a position. */
export interface WordBefore {
  /** The word as written (letters, inner hyphens and apostrophes), or the one symbol character. */
  text: string;
  start: number;
  end: number;
  /** A period right after the word ("Oct.", "No.") sits between it and the position. */
  dotted: boolean;
  /** Spaces between the word and the position (0 when glued). */
  gap: number;
}

/** Longest word read back: longer letter runs are not words a hedge or unit list could hold. */
const MAX_WORD = 30;
/** Horizontal whitespace skipped between the word and the position. */
const MAX_GAP = 3;

const isSpace = isBlank;
const isDigitOrSpace = (c: string) => (c >= '0' && c <= '9') || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isJoiner = (c: string | undefined) => c === "'" || c === '’' || c === '-';

/**
 * The word or symbol right before `pos`, not reaching before `floor`; null at a line break, a digit, or the floor.
 *
 * @example wordBefore('more than 10,000', 10, 0) // { text: 'than', start: 5, end: 9, dotted: false, gap: 1 }
 */
export function wordBefore(text: string, pos: number, floor: number): WordBefore | null {
  let i = pos;
  while (i > floor && pos - i < MAX_GAP && isSpace(text[i - 1])) i--;
  const gap = pos - i;
  let dotted = false;
  if (i > floor && text[i - 1] === '.' && i - 1 > floor && isLetter(text[i - 2])) {
    dotted = true;
    i--;
  }
  const end = i;
  if (i <= floor) return null;
  if (!isLetter(text[i - 1])) {
    if (dotted) return null;
    const c = text[i - 1];
    return isDigitOrSpace(c) ? null : { text: c, start: i - 1, end: i, dotted: false, gap };
  }
  while (i > floor && end - i < MAX_WORD && (isLetter(text[i - 1]) || (isJoiner(text[i - 1]) && i - 1 > floor && isLetter(text[i - 2])))) i--;
  // A run longer than a word is no word for our lists.
  if (end - i >= MAX_WORD && i > floor && isLetter(text[i - 1])) return null;
  return { text: text.slice(i, end), start: i, end: dotted ? end + 1 : end, dotted, gap };
}
