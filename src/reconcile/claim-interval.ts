/**
 * Figures and times as intervals, so that "more than 10,000", "approximately 12,000", "10,000–12,000" and
 * "thousands" can be compared: exact values are points, approximate ones carry a tolerance, open bounds are
 * half-lines, vague magnitudes span their order of magnitude.
 */
import type { ClaimTime, Quantity } from '../model/report.ts';

/** Relative tolerance of an approximate figure ("approximately 12,000" → 10,800–13,200). */
export const APPROXIMATE_TOLERANCE = 0.1;

/** How much an exact news figure may differ from another and still be the same figure rounded (1%). */
export const ROUNDING_TOLERANCE = 0.01;

const VAGUE: Record<string, [number, number]> = {
  dozens: [12, 120], scores: [40, 200], hundreds: [100, 1000], thousands: [1000, 10000], 'tens of thousands': [10000, 100000],
  'hundreds of thousands': [100000, 1000000], millions: [1e6, 1e7], 'tens of millions': [1e7, 1e8], billions: [1e9, 1e10],
  tens: [10, 100], several: [3, 9], few: [2, 5], many: [10, Infinity],
};

export type Interval = [number, number];

/** The interval a quantity denotes, or null when it has no number at all. */
export function quantityInterval(q: Quantity): Interval | null {
  if (q.low === null && q.high === null) {
    if (!q.vague) return null;
    const v = VAGUE[q.vague.toLowerCase()] ?? null;
    return v ? [v[0], v[1]] : null;
  }
  let lo = q.low ?? -Infinity;
  let hi = q.high ?? Infinity;
  // "more than 10,000" says at least 10,000; "up to 12,000" at most 12,000.
  if (q.low !== null && q.high === null) hi = Infinity;
  if (q.high !== null && q.low === null) lo = q.high >= 0 ? 0 : -Infinity;
  const tol = q.approximate ? APPROXIMATE_TOLERANCE : ROUNDING_TOLERANCE;
  if (Number.isFinite(lo)) lo -= Math.abs(lo) * tol;
  if (Number.isFinite(hi)) hi += Math.abs(hi) * tol;
  return [lo, hi];
}

/** True when two intervals share a point. */
export const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];

/** Day numbers (days since 1970) of a claim time's calendar interval, or null when it is not placed. */
export function timeInterval(t: ClaimTime | null): Interval | null {
  if (!t?.start || !t.end) return null;
  const a = Date.parse(t.start.slice(0, 10));
  const b = Date.parse(t.end.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return [a / 86400000, b / 86400000];
}

/** True when one time interval lies within the other (a day inside its month, a month inside its season). */
export function nested(a: Interval, b: Interval): boolean {
  return (a[0] >= b[0] && a[1] <= b[1]) || (b[0] >= a[0] && b[1] <= a[1]);
}
