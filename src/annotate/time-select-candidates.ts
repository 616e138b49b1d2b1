/**
 * Picks non-overlapping candidates: the longest expression wins, then the higher priority, then the earlier one.
 */
import type { TimeCandidate } from './time-candidate.ts';

/**
 * The chosen candidates, in text order.
 * @param candidates candidates of one window (any order, overlaps allowed)
 * @example timeSelectCandidates([{start: 0, end: 9, …}, {start: 5, end: 9, …}]) // the first only
 */
export function timeSelectCandidates(candidates: TimeCandidate[]): TimeCandidate[] {
  const valid = candidates.filter((c) => c.end > c.start);
  if (valid.length === 0) return [];
  const sorted = valid.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  // Occupied characters of the window: expressions are short, so checking each covered offset is linear.
  let lo = Infinity;
  let hi = 0;
  for (const c of sorted) {
    lo = Math.min(lo, c.start);
    hi = Math.max(hi, c.end);
  }
  const taken = new Uint8Array(hi - lo);
  const chosen: TimeCandidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i - lo]) free = false;
    if (!free) continue;
    taken.fill(1, c.start - lo, c.end - lo);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
