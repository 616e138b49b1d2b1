/**
 * V8 lets its heap grow to several times the live data before a full collection, and a long ingest allocates
 * fast: at 100,000 documents the main thread's heap reached four times what it kept (peak RSS 1.7 GB). The CLI
 * caps the growth at 1.3× (`--heap-growing-percent=30`, a flag V8 reads at each collection, so it can be set
 * once the process runs); worker threads share it. A user's own setting (NODE_OPTIONS or node's arguments) is
 * left as it is.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

/** Sets V8's heap growing factor for this process unless the user set it. */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${Math.max(1, Math.round(percent))}`);
}
