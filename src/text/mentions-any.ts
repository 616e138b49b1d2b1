/**
 * A cheap pre-check before a costly pattern: does a (lower-cased) text contain one of the words every match of
 * the pattern contains?
 */

/**
 * True when `lower` contains one of `words`.
 * @example mentionsAny('in the third quarter', ['quarter', 'half']) // true
 */
export function mentionsAny(lower: string, words: readonly string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}
