/**
 * Worker threads lower their own priority and only their own: the main thread, whose corpus stages are the
 * critical path of an ingest, keeps its priority.
 */
import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { lowerThreadPriority, WORKER_NICE } from '../src/parallel/lower-thread-priority.ts';

/** Runs the module in a worker thread; returns what it answered and its priority after. */
function inWorker(): Promise<{ lowered: boolean; priority: number }> {
  // The worker loads the TypeScript source through tsx, as the pool's fallback worker does (doc-worker.mjs).
  const code = `
    import { parentPort } from 'node:worker_threads';
    import { getPriority } from 'node:os';
    import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
    register();
    const m = await import(${JSON.stringify(new URL('../src/parallel/lower-thread-priority.ts', import.meta.url).href)});
    parentPort.postMessage({ lowered: m.lowerThreadPriority(), priority: getPriority() });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
    w.once('message', (m) => { void w.terminate(); resolve(m); });
    w.once('error', reject);
  });
}

test('a worker thread lowers its own priority on Linux, and the main thread keeps its own', { skip: process.platform !== 'linux' && 'thread priorities are per thread on Linux only' }, async () => {
  const before = getPriority();
  const r = await inWorker();
  assert.equal(r.lowered, true);
  assert.equal(r.priority, Math.min(19, Math.max(before, WORKER_NICE)), 'the worker runs at the workers\' nice value (or lower, if the process already was)');
  assert.equal(getPriority(), before, 'the main thread is untouched');
});

test('the main thread is never lowered, nor any thread outside Linux', () => {
  const before = getPriority();
  assert.equal(lowerThreadPriority(), false);
  assert.equal(lowerThreadPriority(WORKER_NICE, 'darwin'), false);
  assert.equal(getPriority(), before);
});
