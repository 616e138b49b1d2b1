/** Reconciliation on small hand-made corpora: groups, consensus, verdicts, contradictions, updates, origins. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { runPipeline } from '../src/pipeline.ts';
import { buildReport } from '../src/report/build-report.ts';
import { quantityInterval } from '../src/reconcile/claim-interval.ts';
import { assertReportInvariants } from './helpers/invariants.ts';

const doc = (id: string, text: string, published: string, outlet = `Outlet ${id}`): RawInput =>
  ({ label: id, source: { path: id, url: null, outlet }, format: 'text', raw: text, meta: { id, published } });

const report = (docs: RawInput[]) => {
  const r = buildReport(runPipeline(docs, { now: new Date('2026-01-01') }));
  assertReportInvariants(r);
  return r;
};
const groupWith = (r: ReturnType<typeof report>, text: string) => {
  const c = r.claims.find((x) => x.text.includes(text));
  assert.ok(c, `claim "${text}"`);
  return r.groups.find((g) => g.claims.includes(c.id)) ?? null;
};

test('figures as intervals', () => {
  const q = (low: number | null, high: number | null, approximate = false, vague: string | null = null) => ({ low, high, approximate, vague, unit: null });
  assert.deepEqual(quantityInterval(q(12000, 12000, true)), [10800, 13200]);
  assert.deepEqual(quantityInterval(q(10000, null)), [9900, Infinity]);
  assert.deepEqual(quantityInterval(q(null, null, false, 'thousands')), [1000, 10000]);
  assert.equal(quantityInterval(q(null, null)), null);
});

test('one figure across outlets is one group with a consensus; a second wave is another', () => {
  const r = report([
    doc('a', 'North Korea has sent more than 10,000 soldiers to Russia, officials said.', '2024-11-02'),
    doc('b', 'Ukrainian officials claim that approximately 12,000 North Korean troops have been deployed to Russia.', '2024-11-03'),
    doc('c', 'Analysts estimate that 10,000-12,000 troops were sent last fall, with an additional 3,000-4,000 deployed earlier this year.', '2025-06-19'),
    doc('d', 'After sending 11,000 personnel in October of last year, Pyongyang sent a second wave of 4,000 troops, lawmakers said.', '2025-06-20'),
  ]);
  const first = groupWith(r, '11,000 personnel');
  assert.ok(first);
  for (const t of ['more than 10,000', '12,000 North Korean', '10,000-12,000']) assert.equal(groupWith(r, t)?.id, first.id, t);
  assert.deepEqual(first.consensus, { low: 10000, high: 12000 });
  assert.equal(first.verdict, 'consistent');
  const second = groupWith(r, '4,000 troops');
  assert.ok(second && second.id !== first.id);
  assert.equal(groupWith(r, '3,000-4,000')?.id, second.id);
  assert.equal(r.contradictions.length, 0, 'overlapping approximate figures are not contradictions');
});

test('different dates for the same signing are a contradiction with a readable explanation', () => {
  const r = report([
    doc('a', 'Last July, Russia and North Korea signed a treaty on strategic partnership.', '2025-06-17'),
    doc('b', 'Kim Jong Un and Vladimir Putin signed a mutual defense treaty in June of this year.', '2024-10-24'),
  ]);
  assert.equal(r.contradictions.length, 1);
  assert.match(r.contradictions[0].explanation, /July 2024 \(a\) against June 2024 \(b\)|June 2024 \(b\) against July 2024 \(a\)/);
  assert.equal(groupWith(r, 'June of this year')?.verdict, 'conflict');
});

test('a toll that grew between reports days apart is an update, not a contradiction', () => {
  const r = report([
    doc('a', 'The earthquake killed 12 people in the province on Monday, the governor said.', '2023-02-06'),
    doc('b', 'The earthquake on Monday killed 35 people in the province, the governor said.', '2023-02-08'),
  ]);
  const g = groupWith(r, '35 people');
  assert.ok(g, 'one group');
  assert.equal(groupWith(r, '12 people')?.id, g.id);
  assert.equal(g.verdict, 'consistent');
  assert.match(g.note ?? '', /revised from 12 .* to 35/);
  assert.equal(r.contradictions.length, 0);
  assert.deepEqual(g.evolution?.map((e) => e.change), ['first', 'revised']);
});

test('two outlets repeating one briefing are one origin; a derivative passage is none', () => {
  const r = report([
    doc('a', 'According to the National Intelligence Service, about 600 soldiers have died in the fighting so far.', '2025-06-19'),
    doc('b', 'About 600 soldiers have died in the fighting, the National Intelligence Service said in a briefing.', '2025-06-19'),
    doc('c', 'Rescue officials said 600 soldiers have died in the fighting.', '2025-06-19'),
  ]);
  const g = groupWith(r, '600 soldiers');
  assert.ok(g);
  assert.equal(g.claims.length, 3);
  assert.equal(g.independentSources, 2);
});
