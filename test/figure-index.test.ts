/**
 * The figure index gives, of the clusters of three orders of magnitude, exactly those whose first figure's interval
 * meets a value, in the order a scan of all of them would: grouping then picks the same cluster as the scan did.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { overlaps, type Interval } from '../src/reconcile/claim-interval.ts';
import type { ClaimSignature } from '../src/reconcile/claim-signature.ts';
import { figureIndex } from '../src/reconcile/figure-index.ts';

const bound = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -50, max: 2000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, Number.NaN) },
);
// Any two bounds: ordered or not, open (±Infinity) or not a number.
const interval = fc.tuple(bound, bound).map(([a, b]) => [a, b] as Interval);
const cluster = (value: Interval) => [{ value } as ClaimSignature];

test('meeting() is a scan of the three magnitudes filtered by overlap, in the same order', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), interval), { maxLength: 60 }), fc.integer({ min: 0, max: 4 }), interval, (adds, m, value) => {
    const ix = figureIndex();
    const scan = new Map<number, ClaimSignature[][]>();
    for (const [k, v] of adds) {
      const c = cluster(v);
      ix.add(k, c);
      scan.set(k, [...(scan.get(k) ?? []), c]);
    }
    const expected = [m - 1, m, m + 1].flatMap((k) => scan.get(k) ?? []).filter((c) => overlaps(value, c[0].value!));
    assert.deepEqual(ix.meeting(m, value), expected);
  }), { numRuns: 500 });
});

test('equal starts keep the order they were added in', () => {
  const ix = figureIndex();
  const [a, b, c] = [cluster([10, 12]), cluster([10, 11]), cluster([9, 30])];
  for (const x of [a, b, c]) ix.add(1, x);
  assert.deepEqual(ix.meeting(1, [11, 11]), [a, b, c]);
  assert.deepEqual(ix.meeting(1, [20, 25]), [c]);
  assert.deepEqual(ix.meeting(5, [11, 11]), []);
});
