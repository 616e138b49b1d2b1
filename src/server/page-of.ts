/**
 * Paging of the API's lists: a store's claims, groups or timeline run to hundreds of thousands. Without `offset`
 * or `limit` a list comes whole, as before; with either, one page of it and where that page is.
 */

/** Items a page holds when `limit` is not given. */
export const PAGE_DEFAULT = 100;
/** Most items a page may hold. */
export const PAGE_MAX = 10_000;

export type Page<T> = { items: T[]; total?: number; offset?: number; limit?: number };

/**
 * @param offset the `offset` query value, if any
 * @param limit the `limit` query value, if any
 * @returns the page, or a message saying what is wrong with the query
 * @example pageOf(['a', 'b', 'c'], '1', '1') // { items: ['b'], total: 3, offset: 1, limit: 1 }
 */
export function pageOf<T>(list: T[], offset: string | undefined, limit: string | undefined): Page<T> | string {
  if (offset === undefined && limit === undefined) return { items: list };
  const from = offset === undefined ? 0 : Number(offset);
  const n = limit === undefined ? PAGE_DEFAULT : Number(limit);
  if (!/^\d+$/.test(offset ?? '0') || !Number.isSafeInteger(from)) return 'offset must be a whole number from 0';
  if (!/^\d+$/.test(limit ?? '1') || n < 1 || n > PAGE_MAX) return `limit must be a whole number from 1 to ${PAGE_MAX}`;
  return { items: list.slice(from, from + n), total: list.length, offset: from, limit: n };
}
