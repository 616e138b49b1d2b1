/**
 * The worker threads' bundle: made from the current sources, it does what the sources do; it can be turned off;
 * bundles of older sources are removed after a day.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { processDocs, type DocTask } from '../src/parallel/process-docs.ts';
import { workerBundle } from '../src/parallel/worker-bundle.ts';

const input = (id: string, raw: string, format: RawInput['format'] = 'text'): RawInput => ({
  label: id, source: { path: id, url: null, outlet: null }, format, raw, meta: { id, published: '2024-10-22' },
});

test('the bundle runs a task as the sources do', async () => {
  const file = workerBundle({});
  assert.ok(file && existsSync(file), 'a bundle is made');
  assert.equal(workerBundle({}), file, 'the same sources make the same file');
  const run = (await import(pathToFileURL(file).href)).default as (task: DocTask) => unknown;
  const task: DocTask = {
    inputs: [
      input('a', 'Lawmaker Lee Seong-kweun said on Wednesday that about 1,500 North Korean troops had arrived in Russia, citing the National Intelligence Service.'),
      input('b', '<html><head><title>Floods</title></head><body><nav><a href="/">Home</a></nav><article><h1>Floods</h1><p>Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.</p></article></body></html>', 'html'),
    ],
    ids: ['a', 'b'], now: '2024-11-01T00:00:00.000Z', budgetMs: 60_000,
  };
  const fromBundle = run(task);
  assert.deepEqual(fromBundle, processDocs(task));
  assert.ok(JSON.stringify(fromBundle).includes('1,500'), 'the documents were processed');
});

test('TRIANGULATE_WORKER_BUNDLE=off leaves the workers on the sources', () => {
  assert.equal(workerBundle({ TRIANGULATE_WORKER_BUNDLE: 'off' }), null);
});

test('bundles of other sources go after a day; recent ones stay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-bundle-'));
  const old = join(dir, 'doc-worker-0000000000000000.mjs');
  const recent = join(dir, 'doc-worker-1111111111111111.mjs');
  const other = join(dir, 'notes.txt');
  for (const f of [old, recent, other]) writeFileSync(f, '');
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  utimesSync(old, twoDaysAgo, twoDaysAgo);
  utimesSync(other, twoDaysAgo, twoDaysAgo);
  const file = workerBundle({}, dir);
  assert.ok(file);
  assert.deepEqual(readdirSync(dir).sort(), [file.slice(dir.length + 1), 'doc-worker-1111111111111111.mjs', 'notes.txt'].sort());
});
