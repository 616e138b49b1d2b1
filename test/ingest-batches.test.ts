/**
 * Streaming ingest in batches over the worker threads: the same documents, claims and groups as one batch, each
 * batch committed on its own.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { ingestInBatches } from '../src/parallel/ingest-in-batches.ts';
import { closePool, processInWorkers } from '../src/parallel/run-pipeline-parallel.ts';
import { ingestIntoStore } from '../src/store/ingest-into-store.ts';
import { openMemoryStore } from '../src/store/memory/memory-store.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { StoreError } from '../src/store/store.ts';
import { buildReport } from '../src/report/build-report.ts';
import { assertReportInvariants } from './helpers/invariants.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

after(closePool);

const input = (id: string, text: string, published: string): RawInput => ({
  label: id, source: { path: id, url: null, outlet: `Outlet ${id}` }, format: 'text', raw: text, meta: { id, published },
});
const texts = [
  'Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.',
  'The regional government said about 1,200 people had been evacuated from the valley on Monday.',
  'A separate report said 40 bridges were closed in the north of the country.',
  'Rescuers said 1,500 residents had been evacuated by Tuesday, revising the earlier count.',
  'The ministry said 38 bridges were closed in the north after the floods.',
  'Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.',
  'Kim Jong Un said 600 soldiers had returned to Pyongyang on Friday.',
];
const inputs = texts.map((t, i) => input(`n${i}`, t, '2024-10-22'));

test('ingest in batches over worker threads gives what one batch gives', async () => {
  const one = openMemoryStore();
  ingestIntoStore(one, inputs);
  const many = openMemoryStore();
  const progress: number[] = [];
  const out = await ingestInBatches(many, inputs, { batch: 3, threads: 2, onProgress: (_s, done) => progress.push(done) });
  // The repeated text is skipped; the rest is added in order, in three committed batches.
  assert.deepEqual(out.skipped, ['n5']);
  assert.deepEqual(out.added, ['n0', 'n1', 'n2', 'n3', 'n4', 'n6']);
  assert.equal(out.total, 6);
  // Progress counts inputs read (the skipped one too), so it ends at the number of inputs.
  assert.equal(Math.max(...progress), inputs.length);
  const a = one.load(), b = many.load();
  const claims = (s: typeof a) => s.documents.flatMap((d) => d.claims.map((c) => [c.id, c.key, c.text]));
  assert.deepEqual(claims(b), claims(a));
  assert.deepEqual(b.groups.map((g) => [...g.claims].sort()), a.groups.map((g) => [...g.claims].sort()));
  assert.ok(out.changes.some((c) => c.kind === 'new-figure'), JSON.stringify(out.changes));
  // Made over three runs, the results still name known claims, each in one group at most.
  assertReportInvariants(buildReport(b));
});

test('inputs from a generator are read one batch at a time', async () => {
  let read = 0;
  let most = 0;
  const store = openMemoryStore();
  const commit = store.commit.bind(store);
  // What has been read when a batch is committed: at most the batch in hand and the one started ahead.
  store.commit = (b) => {
    most = Math.max(most, read - store.past().documents.length);
    commit(b);
  };
  function* lazily() {
    for (const inp of inputs) {
      read++;
      yield inp;
    }
  }
  const out = await ingestInBatches(store, lazily(), { batch: 2, threads: 2 });
  assert.deepEqual(out.added, ['n0', 'n1', 'n2', 'n3', 'n4', 'n6']);
  assert.deepEqual(out.skipped, ['n5']);
  assert.ok(most <= 5, `read ahead ${most}`);
});

test('ingest in batches with nothing new adds nothing', async () => {
  const store = openMemoryStore();
  await ingestInBatches(store, inputs.slice(0, 2), { batch: 1, threads: 2 });
  const again = await ingestInBatches(store, inputs.slice(0, 2), { batch: 1, threads: 2 });
  assert.deepEqual(again.added, []);
  assert.deepEqual(again.skipped, ['n0', 'n1']);
  assert.equal(again.total, 2);
});

test('a full disk in the middle of a streaming ingest keeps every batch committed before it', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tri-batches-')), 'full.db');
  const many = Array.from({ length: 60 }, (_, i) => input(`m${i}`, `Report ${i}: officials said ${100 + i} families left ${i % 2 ? 'the valley' : 'the coast'} on Monday. `.repeat(8), '2024-10-22'));
  const store = openSqliteStore(file, { maxPages: 400 });
  await assert.rejects(ingestInBatches(store, many, { batch: 10, threads: 2 }), (e: unknown) => e instanceof StoreError && e.code === 'disk-full');
  store.close();
  const after = openSqliteStore(file, { readonly: true }).load();
  assert.ok(after.documents.length > 0 && after.documents.length < 60 && after.documents.length % 10 === 0, String(after.documents.length));
  assert.deepEqual(after.documents.map((d) => d.id), many.slice(0, after.documents.length).map((d) => d.meta.id));
});

test('what a batched ingest changed names the documents that changed it', async () => {
  const store = openMemoryStore();
  ingestIntoStore(store, [inputs[0], input('m1', texts[1], '2024-10-23')]);
  const later = [inputs[2], inputs[6], input('m2', 'Officials said about 1,250 residents were evacuated from the valley on Monday.', '2024-10-24')];
  const out = await ingestInBatches(store, later, { batch: 2, threads: 2, minParallel: 1 });
  assert.deepEqual(out.added, ['n2', 'n6', 'm2']);
  const revised = out.changes.filter((c) => c.kind === 'figure-revised').map((c) => c.message);
  assert.ok(revised.some((m) => /^figure revised 1,200 → .* by m2:/.test(m)), JSON.stringify(out.changes));
});

test('documents back from the worker threads have their own raw input, in order (it is not sent back)', async () => {
  const many = Array.from({ length: 12 }, (_, i) => input(`r${i}`, `${texts[i % texts.length]} (${i})`, '2024-10-22'));
  const docs = await processInWorkers(many, many.map((m) => m.label), { threads: 2, chunk: 5 });
  assert.deepEqual(docs.map((d) => [d.id, d.raw]), many.map((m) => [m.label, m.raw]));
  assert.ok(docs.every((d) => d.text.length > 0 && d.sentences.length > 0));
});

test('documents come back whole and in order whatever share of the batch the workers are handed at once', async () => {
  const many = Array.from({ length: 9 }, (_, i) => input(`h${i}`, `${texts[i % texts.length]} [${i}]`, '2024-10-22'));
  const ids = many.map((m) => m.label);
  const progress: number[] = [];
  // One character: one task in the workers' hands at a time, the next handed when it comes back.
  const oneByOne = await processInWorkers(many, ids, { threads: 2, chunk: 2, maxHandedChars: 1, onProgress: (_s, done) => progress.push(done) });
  const atOnce = await processInWorkers(many, ids, { threads: 2, chunk: 2 });
  assert.deepEqual(oneByOne.map((d) => d.id), ids);
  assert.equal(JSON.stringify(oneByOne), JSON.stringify(atOnce));
  assert.deepEqual(progress, [2, 4, 6, 8, 9], 'one task at a time, in order');
  assert.deepEqual(await processInWorkers([], [], { threads: 2 }), []);
});

test('a progress callback that throws fails the batch, once no task is left in flight', { timeout: 20_000 }, async () => {
  // Tasks of some length, so that several are still running when the first comes back.
  const many = Array.from({ length: 24 }, (_, i) => input(`p${i}`, `${texts.join(' ').repeat(8)} {${i}}`, '2024-10-22'));
  await assert.rejects(
    processInWorkers(many, many.map((m) => m.label), { threads: 2, chunk: 1, onProgress: () => { throw new Error('progress bar gone'); } }),
    /progress bar gone/,
  );
  // As the CLI does on an error: the pool stops at once. A task still running would answer a pool that no longer
  // knows it, an uncaught error that fails this test.
  await closePool();
  await new Promise((r) => setTimeout(r, 300));
});
