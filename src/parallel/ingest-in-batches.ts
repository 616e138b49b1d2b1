/**
 * Streaming ingest over both cores: inputs go into the store in batches, each committed in its own transaction
 * (a failure loses at most the batch in hand), and while the main thread runs the corpus stages of one batch and
 * commits it, the worker threads already run the per-document stages of the next. Memory holds two batches, not
 * the corpus.
 */
import { availableParallelism } from 'node:os';
import type { Corpus } from '../model/corpus.ts';
import type { Doc, RawInput } from '../model/doc.ts';
import { assignIds, contentHash, runPipeline } from '../pipeline.ts';
import { describeChanges } from '../store/describe-changes.ts';
import { ingestWith, type IngestOutcome } from '../store/ingest-into-store.ts';
import type { Store } from '../store/store.ts';
import { processInWorkers, runPipelineParallel, type ParallelOptions } from './run-pipeline-parallel.ts';

export interface BatchOptions extends ParallelOptions {
  /** Documents per committed batch (default 1,000). */
  batch?: number;
}

/** Default documents per committed batch. */
export const DEFAULT_BATCH = 1000;

/**
 * @example const out = await ingestInBatches(openSqliteStore('story.db'), inputs, { threads: 2 }); out.added.length
 */
export async function ingestInBatches(store: Store, inputs: RawInput[], options: BatchOptions = {}): Promise<IngestOutcome> {
  const size = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (inputs.length <= size || threads === 1 || options.stages) return inBatchesOnMainThread(store, inputs, options, size);

  const first = store.past();
  const hashes = inputs.map(contentHash);
  const known = store.knownContent(hashes);
  const seen = new Set<string>();
  const fresh: RawInput[] = [];
  const skipped: string[] = [];
  inputs.forEach((inp, i) => {
    if (known.has(hashes[i]) || seen.has(hashes[i])) skipped.push(inp.label);
    else {
      seen.add(hashes[i]);
      fresh.push(inp);
    }
  });
  const ids = assignIds(fresh, first.documents.map((d) => d.id));
  const batches = Math.ceil(fresh.length / size);
  const start = (k: number): Promise<Doc[]> => started(processInWorkers(fresh.slice(k * size, (k + 1) * size), ids.slice(k * size, (k + 1) * size), {
    ...options,
    threads,
    onProgress: (stage, done) => options.onProgress?.(stage, k * size + done, fresh.length),
  }));

  const added: string[] = [];
  const failed: IngestOutcome['failed'] = [];
  const claimDocs = new Map<string, string>();
  let corpus: Corpus = { documents: [], past: first, ...first.results };
  let next = batches ? start(0) : null;
  /** Reconciles and commits batch `k`, whose per-document stages are done, while the next one starts. */
  const commitBatch = async (k: number) => {
    const t0 = performance.now();
    const processed = await next!;
    options.onStageTime?.('documents (worker threads, waited for)', performance.now() - t0);
    next = k + 1 < batches ? start(k + 1) : null;
    const past = k === 0 ? first : store.past();
    corpus = runPipeline([], { ...options, past, processed });
    store.commit({
      newDocuments: corpus.documents,
      results: { entities: corpus.entities, groups: corpus.groups, contradictions: corpus.contradictions, timeline: corpus.timeline, stories: corpus.stories, storyState: corpus.storyState, reconcileState: corpus.reconcileState },
    });
    for (const d of corpus.documents) {
      added.push(d.id);
      const fatal = d.messages.find((m) => m.severity === 'fatal');
      if (fatal) failed.push({ label: d.label, reason: fatal.reason });
      for (const c of d.claims) claimDocs.set(c.id, d.id);
    }
  };
  try {
    for (let k = 0; k < batches; k++) await commitBatch(k);
  } catch (e) {
    // The batch started ahead finishes before the error goes up, so that stopping the pool finds no task in flight.
    await next?.catch(() => {});
    throw e;
  }
  const addedClaims = [...claimDocs].map(([id, document]) => ({ id, document }));
  const changes = describeChanges(first.results, corpus, addedClaims);
  return { added, skipped, changes, corpus, total: first.documents.length + added.length, failed };
}

/**
 * A batch started ahead is awaited later; if a commit fails first (disk full) and the pool is stopped, its
 * rejection must not surface as an unhandled one. Awaiting it still throws.
 */
function started<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/** One thread (or one batch): the same batches, one after the other. */
async function inBatchesOnMainThread(store: Store, inputs: RawInput[], options: BatchOptions, size: number): Promise<IngestOutcome> {
  const first = store.past();
  const out: IngestOutcome = { added: [], skipped: [], changes: [], corpus: { documents: [], past: first, ...first.results }, total: first.documents.length, failed: [] };
  const claimDocs = new Map<string, string>();
  for (let i = 0; i < inputs.length || i === 0; i += size) {
    const r = await ingestWith(store, inputs.slice(i, i + size), options, (fresh, o) => runPipelineParallel(fresh, { ...o, threads: options.threads }));
    out.added.push(...r.added);
    out.skipped.push(...r.skipped);
    out.failed.push(...r.failed);
    out.corpus = r.corpus;
    out.total = r.total;
    for (const d of r.corpus.documents) for (const c of d.claims) claimDocs.set(c.id, d.id);
  }
  out.changes = describeChanges(first.results, out.corpus, [...claimDocs].map(([id, document]) => ({ id, document })));
  return out;
}
