/**
 * Picks non-overlapping candidates: the longest expression wins, then the higher priority, then the earlier one.
 */
import type { TimeCandidate } from './time-candidate.ts';

/**
 * The chosen candidates, in text order.
 * @param candidates candidates of one window (any order, overlaps allowed)
 * @example selectCandidates([{start: 0, end: 9, …}, {start: 5, end: 9, …}]) // the first only
 */
export function selectCandidates(candidates: TimeCandidate[]): TimeCandidate[] {
  const sorted = candidates
    .filter((c) => c.end > c.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: TimeCandidate[] = [];
  for (const c of sorted) {
    if (chosen.some((k) => k.start < c.end && c.start < k.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
