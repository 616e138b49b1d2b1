/**
 * The worker threads' bundle: made from the current sources, it does what the sources do; it can be turned off;
 * bundles of older sources are removed after a day; its workers do not inherit tsx's loader; each task's result
 * goes back as soon as it is done.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { processDocs, type DocTask } from '../src/parallel/process-docs.ts';
import { spawnSync } from 'node:child_process';
import { bundleExecArgv, workerBundle } from '../src/parallel/worker-bundle.ts';
import { inTurn } from '../src/parallel/worker-task.ts';

const input = (id: string, raw: string, format: RawInput['format'] = 'text'): RawInput => ({
  label: id, source: { path: id, url: null, outlet: null }, format, raw, meta: { id, published: '2024-10-22' },
});

test('the bundle runs a task as the sources do', async () => {
  const file = workerBundle({});
  assert.ok(file && existsSync(file), 'a bundle is made');
  assert.equal(workerBundle({}), file, 'the same sources make the same file');
  const run = (await import(pathToFileURL(file).href)).default as (task: DocTask) => Promise<unknown>;
  const task: DocTask = {
    inputs: [
      input('a', 'Lawmaker Lee Seong-kweun said on Wednesday that about 1,500 North Korean troops had arrived in Russia, citing the National Intelligence Service.'),
      input('b', '<html><head><title>Floods</title></head><body><nav><a href="/">Home</a></nav><article><h1>Floods</h1><p>Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.</p></article></body></html>', 'html'),
    ],
    ids: ['a', 'b'], now: '2024-11-01T00:00:00.000Z', budgetMs: 60_000,
  };
  const fromBundle = await run(task);
  assert.deepEqual(fromBundle, processDocs(task));
  assert.ok(JSON.stringify(fromBundle).includes('1,500'), 'the documents were processed');
});

test('tasks started together, as piscina starts a worker\'s tasks, each end before the next starts', async () => {
  const order: string[] = [];
  // Started in one queue of microtasks; each result is awaited as piscina awaits it before sending it back.
  const task = async (name: string) => {
    await null;
    await inTurn(() => order.push(`run ${name}`));
    order.push(`sent ${name}`);
  };
  await Promise.all(['a', 'b', 'c'].map(task));
  assert.deepEqual(order, ['run a', 'sent a', 'run b', 'sent b', 'run c', 'sent c']);
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

test('workers of the bundle leave out the options that load tsx, and only those', () => {
  assert.deepEqual(bundleExecArgv(['--import', 'tsx', '--cpu-prof']), ['--cpu-prof']);
  // As the tsx command starts node.
  assert.deepEqual(bundleExecArgv(['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs']), []);
  assert.deepEqual(bundleExecArgv(['--import=tsx/esm', '--loader', 'tsx', '--max-old-space-size=300']), ['--max-old-space-size=300']);
  assert.deepEqual(bundleExecArgv(['-r', 'dotenv/config', '--import', './tsxish.mjs', '--enable-source-maps']), ['-r', 'dotenv/config', '--import', './tsxish.mjs', '--enable-source-maps']);
  assert.deepEqual(bundleExecArgv(['--import']), ['--import'], 'a dangling option is kept as it is');
});

test('a pool started under tsx with options a thread refuses still runs its tasks', () => {
  // Given to a worker explicitly, a V8 option such as --max-old-space-size is an error; inherited, Node drops it.
  const code = `
    import { processInWorkers, closePool } from ${JSON.stringify(new URL('../src/parallel/run-pipeline-parallel.ts', import.meta.url).href)};
    const inputs = Array.from({ length: 4 }, (_, i) => ({ label: 'd' + i, source: { path: 'd' + i, url: null, outlet: null }, format: 'text', raw: 'Officials said ' + (i + 2) + ',000 people left on Monday.', meta: {} }));
    const docs = await processInWorkers(inputs, inputs.map((x) => x.label), { threads: 2, chunk: 1 });
    await closePool();
    console.log(JSON.stringify(docs.map((d) => d.quantities.length)));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=400', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim()), [1, 1, 1, 1]);
});
