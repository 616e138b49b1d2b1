/**
 * A large group extended by new members from its kept state says what the same group summarised from all its
 * members says: the same claims, consensus, verdict, origins, evolution and contradictions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../src/model/report.ts';
import { signatureOf, type ClaimSignature } from '../src/reconcile/claim-signature.ts';
import { groupEvolution } from '../src/reconcile/group-evolution.ts';
import { EXACT_UP_TO, extendGroup, summariseGroup, valueFormatter } from '../src/reconcile/summarise-group.ts';

/** The i-th member of a figure group: one claim a document, one outlet in seven, a day each. */
function member(i: number, value: (i: number) => number, derivative = false): ClaimSignature {
  const day = new Date(Date.UTC(2025, 0, 1) + i * 86400000).toISOString().slice(0, 10);
  const v = value(i);
  const claim: Claim = {
    id: `c${i + 1}`, document: `d${i + 1}`, kind: 'quantity', text: `${v} troops`, span: { start: 10, end: 20 }, sentence: { start: 0, end: 40 },
    quantity: { low: v, high: v, approximate: false, vague: null, unit: 'troops' }, time: null,
    event: { predicate: 'send', subject: null, object: null, place: null }, description: `${v} troops sent (report ${i})`,
    attribution: i % 5 === 0 ? [{ source: `e${i % 3}`, cue: 'said' }] : [], modality: 'asserted', origin: derivative ? 'derivative' : 'body', key: `k${String(i).padStart(5, '0')}`,
  };
  const keys = { block: 'q:people', unitClass: 'people', unitLabel: 'troop', predicateClass: 'send', objectClass: null, ownEntities: [], entities: [], words: [`w${i}`], cluster: 'c1' };
  return signatureOf(claim, keys, { id: claim.document, published: day, duplicateOf: null, outlet: `Outlet ${i % 7}` });
}

function compare(value: (i: number) => number, total: number, split: number) {
  const all = Array.from({ length: total }, (_, i) => member(i, value, i % 50 === 7));
  const whole = summariseGroup({ kind: 'quantity', members: all, merged: false }, valueFormatter());
  const first = summariseGroup({ kind: 'quantity', members: all.slice(0, split), merged: false }, valueFormatter());
  assert.ok(first.state, 'a group above EXACT_UP_TO keeps a state');
  const extended = extendGroup(first.group, first.state!, all.slice(split), 'quantity', valueFormatter());
  assert.ok(extended);
  const a = whole.group, b = extended!.group;
  assert.deepEqual(b.claims, a.claims);
  assert.deepEqual(b.consensus, a.consensus);
  assert.equal(b.verdict, a.verdict);
  assert.equal(b.independentSources, a.independentSources);
  assert.deepEqual(new Set(b.origins), new Set(a.origins));
  const claimOf = new Map(all.map((m) => [m.claim.id, m.claim]));
  const publishedOf = new Map(all.map((m) => [m.claim.document, m.doc.published]));
  const evolution = (g: typeof a) => groupEvolution(g, (id) => claimOf.get(id), (d) => publishedOf.get(d) ?? null);
  assert.deepEqual(evolution(b), evolution(a));
  assert.equal(evolution(a).length, total);
  assert.equal(b.revised, a.revised);
  assert.equal(b.key, a.key);
  assert.equal(b.note, a.note);
  assert.deepEqual(extended!.contradictions, whole.contradictions);
  assert.equal(extended!.state!.size, total);
  return { a, whole };
}

test('a large consistent group extended from its state equals the group summarised whole', () => {
  const { a } = compare(() => 10000, EXACT_UP_TO + 80, EXACT_UP_TO + 10);
  assert.equal(a.verdict, 'consistent');
  assert.deepEqual(a.consensus, { low: 10000, high: 10000 });
});

test('a large group whose new members disagree turns to a conflict, with the same contradictions', () => {
  const split = EXACT_UP_TO + 10;
  const { a, whole } = compare((i) => (i < split ? 10000 : (i - split) % 2 === 0 ? 30000 : 20000), EXACT_UP_TO + 60, split);
  assert.equal(a.verdict, 'conflict');
  assert.ok(whole.contradictions.length > 0);
});

test('a large figure that grows report after report is an update, revised to the latest value', () => {
  const { a } = compare((i) => 1000 + i * 100, EXACT_UP_TO + 40, EXACT_UP_TO + 5);
  assert.ok(a.note?.includes('revised'), a.note ?? '');
  assert.deepEqual(a.consensus, { low: 1000 + (EXACT_UP_TO + 39) * 100, high: 1000 + (EXACT_UP_TO + 39) * 100 });
});

test('a state without enough settled origins gives way to a summary from all members', () => {
  const all = Array.from({ length: EXACT_UP_TO + 5 }, (_, i) => member(i, () => 500, true));
  const first = summariseGroup({ kind: 'quantity', members: all.slice(0, EXACT_UP_TO + 2), merged: false }, valueFormatter());
  assert.equal(extendGroup(first.group, first.state!, all.slice(EXACT_UP_TO + 2), 'quantity', valueFormatter()), null);
});
