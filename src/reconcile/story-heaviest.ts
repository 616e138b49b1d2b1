/**
 * The heaviest entries of a list of (key, weight) pairs: a story keeps its heaviest terms and a document is looked
 * up by its heaviest ones, thousands of times on a large batch. Finding the cut-off weight with a native
 * typed-array sort and sorting only the kept entries is much cheaper than sorting every entry with a comparator.
 */

/**
 * The `k` entries of highest weight, heaviest first; equal weights are ordered by key (numbers or strings), so
 * the result does not depend on the input order.
 *
 * @example heaviest([['a', 1], ['b', 3], ['c', 2]], 2) // [['b', 3], ['c', 2]]
 */
export function heaviest<K extends number | string>(entries: Array<[K, number]>, k: number): Array<[K, number]> {
  let kept = entries;
  if (entries.length > k) {
    const weights = Float64Array.from(entries, (e) => e[1]).sort();
    const cut = weights[entries.length - k];
    kept = entries.filter((e) => e[1] >= cut);
  } else kept = [...entries];
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (kept.length > k) kept.length = Math.max(0, k);
  return kept;
}
