/**
 * What a batch changed, as the CLI prints it: new figures, revised ones (by the documents that revised them), new
 * contradictions; a group the run kept says nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Contradiction, Group } from '../src/model/report.ts';
import { describeChanges } from '../src/store/describe-changes.ts';

const group = (claims: string[], low: number, high: number, description: string): Group =>
  ({ id: 'g', kind: 'quantity', claims, consensus: { low, high }, description, verdict: low === high ? 'agree' : 'range' }) as unknown as Group;

test('kept groups say nothing; a group sharing a claim with an earlier one is that one revised; others are new', () => {
  const kept = group(['c1', 'c2'], 10_000, 10_000, 'troops (send)');
  const revised = group(['c3'], 5, 5, 'tanks (lose)');
  const before = { groups: [kept, revised], contradictions: [] as Contradiction[] };
  const after = {
    groups: [kept, group(['c3', 'c9'], 5, 7, 'tanks (lose)'), group(['c10'], 3, 3, 'drones (down)')],
    contradictions: [{ claims: ['c9', 'c3'], explanation: '5 (d1) against 7 (d6)' } as unknown as Contradiction],
  };
  const documentOf = (id: string) => ({ c9: 'd6', c10: 'd7' } as Record<string, string>)[id];
  assert.deepEqual(describeChanges(before, after, documentOf).map((c) => c.message), [
    'figure revised 5 → 5–7 by d6: tanks (lose)',
    'new figure: drones (down) = 3 (agree)',
    'new contradiction: 5 (d1) against 7 (d6)',
  ]);
  // The same content in new objects (as read back from a store) is compared by claims and says nothing.
  const copies = { groups: before.groups.map((g) => structuredClone(g)), contradictions: [] };
  assert.deepEqual(describeChanges(before, copies, documentOf), []);
});
