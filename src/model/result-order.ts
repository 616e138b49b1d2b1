/**
 * The order corpus results are given in, as sort keys: groups figures first, then events, each by its first
 * claim; contradictions by their group's first claim, then their own two; timeline entries by time, then first
 * claim. Reconciliation sorts by them and the SQLite store keeps them in columns, so both give one order.
 */
import { claimNumber as numberOf } from './claim-number.ts';
import type { Contradiction, Group, TimelineEntry } from './report.ts';

export type OrderKey = [number | string, number | string, number | string];

const claimNumber = (id: string | undefined): number => numberOf(id) ?? 0;
/**
 * The first claim number of each long claim list, kept while the list lives: results never change a claim list in
 * place (a changed group is a new object with a new list), and reconciliation orders every group in every batch,
 * some of them of hundreds of thousands of claims.
 */
const FIRST = new WeakMap<string[], number>();
const LONG = 64;
const firstClaim = (ids: string[]): number => {
  let n = ids.length >= LONG ? FIRST.get(ids) : undefined;
  if (n === undefined) {
    n = ids.length ? ids.reduce((m, id) => Math.min(m, claimNumber(id)), Infinity) : 0;
    if (ids.length >= LONG) FIRST.set(ids, n);
  }
  return n;
};

export const groupOrder = (g: Pick<Group, 'kind' | 'claims'>): OrderKey => [g.kind === 'time' ? 1 : 0, firstClaim(g.claims), 0];
export const contradictionOrder = (x: Pick<Contradiction, 'claims'>): OrderKey => [firstClaim(x.claims), claimNumber(x.claims[0]), claimNumber(x.claims[1])];
export const timelineOrder = (t: Pick<TimelineEntry, 'time' | 'claims'>): OrderKey => [t.time.start ?? '', t.time.end ?? '', firstClaim(t.claims)];

/** `items` sorted by their keys (each computed once); strings compare by code unit, as ISO dates do. */
export function sortBy<T>(items: T[], key: (x: T) => OrderKey): T[] {
  const keyed = items.map((x) => ({ x, k: key(x) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < 3; i++) if (a.k[i] !== b.k[i]) return a.k[i] < b.k[i] ? -1 : 1;
    return 0;
  });
  return keyed.map((e) => e.x);
}
