/**
 * A run over worker threads gives what a run on one thread gives, stories included: a worker places the stories
 * while the main thread goes on with the other corpus stages (onto a stored story state, from STORY_WORKER_MIN
 * documents).
 */
import assert from 'node:assert/strict';
import { test, after } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { runPipeline } from '../src/pipeline.ts';
import { closePool, runPipelineParallel, STORY_WORKER_MIN } from '../src/parallel/run-pipeline-parallel.ts';
import { buildReport } from '../src/report/build-report.ts';

after(() => closePool());

const input = (id: string, text: string, published: string): RawInput => ({
  label: id, source: { path: id, url: null, outlet: `Outlet ${id}` }, format: 'text', raw: text, meta: { id, published },
});
const texts = [
  'Officials said 1,200 residents were evacuated from the Rhine valley on Monday after the Altdorf dam failed.',
  'The regional government said about 1,300 people had been evacuated from the Rhine valley after the dam at Altdorf failed.',
  'Rescuers said 1,500 residents of the Rhine valley had been evacuated by Tuesday after the Altdorf dam collapse.',
  'The central bank raised its main interest rate by 0.25 points to 4.5 percent on Thursday, its third rise this year.',
  'Economists had expected the central bank to raise the rate to 4.5 percent; the bank said inflation was 6.1 percent.',
  'The central bank lifted rates to 4.5 percent, the governor said, as inflation stayed above 6 percent.',
];
const inputs = texts.map((t, i) => input(`n${i}`, t, '2024-10-22'));
const now = new Date('2024-11-01T00:00:00Z');

test('a run over worker threads gives the report and story state of a run on one thread', async () => {
  const one = runPipeline(inputs, { now });
  const times: string[] = [];
  const two = await runPipelineParallel(inputs, { now, threads: 2, minParallel: 1, onStageTime: (s) => times.push(s) });
  assert.ok(times.includes('stories (worker thread, waited for)'), 'the stories were placed in a worker');
  assert.ok(one.stories.length >= 2, JSON.stringify(one.stories));
  assert.deepEqual(two.stories, one.stories);
  assert.deepEqual(two.storyState, one.storyState);
  assert.equal(JSON.stringify(buildReport(two)), JSON.stringify(buildReport(one)));
  assert.ok(two.documents.every((d) => d.storyTerms === undefined), 'story terms are not kept on the documents');
});

/** A stored run of the first three inputs, as a store's past gives it. */
function storedPast() {
  const first = runPipeline(inputs.slice(0, 3), { now });
  const past = {
    documents: first.documents.map((d) => ({ id: d.id, published: d.published.value, duplicateOf: d.duplicateOf, outlet: d.source.outlet, minhash: d.minhash ?? null })),
    lastClaim: 0, clustersIn: () => ({ claims: [], sizes: new Map() }), claimsOfClusters: () => [], memo: new Map(),
  };
  return () => ({ ...past, results: structuredClone({ entities: first.entities, groups: [], contradictions: [], timeline: [], stories: first.stories, storyState: first.storyState, reconcileState: null }) });
}

test('a small run onto a stored story state places its stories on the main thread, as one thread does', async () => {
  const past = storedPast();
  const one = runPipeline(inputs.slice(3), { now, past: past() });
  const times: string[] = [];
  const two = await runPipelineParallel(inputs.slice(3), { now, threads: 2, minParallel: 1, past: past(), onStageTime: (s) => times.push(s) });
  assert.ok(!times.includes('stories (worker thread, waited for)'));
  assert.deepEqual(two.stories, one.stories);
  assert.deepEqual(two.storyState, one.storyState);
});

test('a large run onto a stored story state places its stories in a worker, as one thread does', async () => {
  const past = storedPast();
  // Reports of both events and of others, each with its own figures and places.
  const places = ['Basel', 'Lyon', 'Turin', 'Graz', 'Porto', 'Ghent', 'Split', 'Lund'];
  const many = Array.from({ length: STORY_WORKER_MIN }, (_, i) => input(`m${i}`, i % 4 === 3
    ? `The ${places[i % 8]} city council approved a budget of ${100 + i} million euros for new tram lines on day ${i}.`
    : `${texts[i % 6].replace(/\d+(?:,\d+)?(?:\.\d+)?/g, (n) => String(Number(n.replace(',', '')) + i))} Report ${i} from ${places[i % 8]}.`, '2024-10-23'));
  const one = runPipeline(many, { now, past: past() });
  const times: string[] = [];
  const two = await runPipelineParallel(many, { now, threads: 2, past: past(), onStageTime: (s) => times.push(s) });
  assert.ok(times.includes('stories (worker thread, waited for)'), 'the stories were placed in a worker');
  assert.ok(two.stories.length >= 3, JSON.stringify(two.stories.map((s) => s.documents.length)));
  assert.deepEqual(two.stories, one.stories);
  assert.deepEqual(two.storyState, one.storyState);
  assert.equal(JSON.stringify(buildReport(two)), JSON.stringify(buildReport(one)));
});
