/**
 * What the command's bundle exports (see cli-bundle.mjs): the command, and the pipeline's entry points that
 * `npm run bench` times, so that the bench runs the code the command runs (esbuild's output, not the sources
 * through tsx, whose `keepNames` names every function it makes, closures in the hot loops among them).
 */
export { main } from './main.ts';
export { readInputs } from './read-inputs.ts';
export { limitHeapGrowth } from './limit-heap-growth.ts';
export { ingestInBatches } from '../parallel/ingest-in-batches.ts';
export { closePool, processInWorkers } from '../parallel/run-pipeline-parallel.ts';
export { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
