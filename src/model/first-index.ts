/**
 * Binary search over a sorted list: the first index at which `past` holds, given that it holds from some index
 * on (false before it, true after), or the list's length when it never does.
 * @example firstIndex([1, 3, 5, 7], (x) => x >= 4) // 2
 */
export function firstIndex<T>(list: ArrayLike<T>, past: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
