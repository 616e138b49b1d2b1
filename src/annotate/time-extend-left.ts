/**
 * Grows an expression leftwards over a modifier word: "nearly" + "eight months", "late" + "2023".
 */

/**
 * Tries `re` on the 48 characters before `start` (never before `floor`). The pattern must end with the modifier
 * in a named group `mod` (or `det`) followed by one separator character and `$`.
 * @param text the document text
 * @param start where the expression starts now
 * @param floor the earliest offset the expression may start at (its window)
 * @param re an end-anchored pattern with a `mod` or `det` group
 * @returns the new start and the modifier (lower case), or null when the pattern does not match
 * @example timeExtendLeft('for nearly two years', 11, 0, DURATION_MOD_LEFT_RE) // {start: 4, word: 'nearly'}
 */
export function timeExtendLeft(text: string, start: number, floor: number, re: RegExp): { start: number; word: string } | null {
  const from = Math.max(floor, start - 48);
  const slice = text.slice(from, start);
  const m = re.exec(slice);
  if (!m) return null;
  const word = m.groups?.mod ?? m.groups?.det;
  if (!word) return null;
  // The modifier ends one separator character before the expression.
  const wordStart = from + slice.length - 1 - word.length;
  if (text.slice(wordStart, wordStart + word.length) !== word) return null;
  return { start: wordStart, word: word.toLowerCase() };
}
