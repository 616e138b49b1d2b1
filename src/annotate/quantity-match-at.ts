/** Applies a sticky pattern at one position: the building block of every bounded look-ahead. */

/**
 * The match of the sticky (`y`) pattern `re` starting exactly at `at`, or null.
 *
 * @example matchAt(/\d+/y, 'ab12', 2)?.[0] // '12'
 */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
