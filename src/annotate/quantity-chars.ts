/**
 * Character classes of the quantity extractor, as plain comparisons (faster than a RegExp per character, and
 * nothing to backtrack).
 */

/** ASCII or Latin-1/Latin Extended letter. @example isLetter('é') // true */
export const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F' && c !== '\u00D7' && c !== '\u00F7'));

/** ASCII digit. @example isDigit('7') // true */
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Upper-case ASCII letter. @example isUpper('K') // true */
export const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

/** Space, tab or no-break space (not a line break). @example isBlank('\t') // true */
export const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** Skips blanks (at most `max`) from `i`; returns the new index. @example skipBlanks('a  b', 1) // 3 */
export function skipBlanks(text: string, i: number, max = 3): number {
  let j = i;
  while (j < text.length && j - i < max && isBlank(text[j])) j++;
  return j;
}
