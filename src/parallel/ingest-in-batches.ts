/**
 * Streaming ingest over both cores: inputs go into the store in batches, each committed in its own transaction
 * (a failure loses at most the batch in hand), and while the main thread runs the corpus stages of one batch and
 * commits it, the worker threads already run the per-document stages of the next. Memory holds two batches, not
 * the corpus.
 */
import { availableParallelism } from 'node:os';
import { claimNumber } from '../model/claim-number.ts';
import { resultsOf, type Corpus } from '../model/corpus.ts';
import type { Doc, RawInput } from '../model/doc.ts';
import { assignIds, runPipeline } from '../pipeline.ts';
import { describeChanges } from '../store/describe-changes.ts';
import { ingestWith, newInputs, type IngestOutcome } from '../store/ingest-into-store.ts';
import type { Store } from '../store/store.ts';
import { processInWorkers, runPipelineParallel, type ParallelOptions } from './run-pipeline-parallel.ts';

export interface BatchOptions extends ParallelOptions {
  /** Documents per committed batch (default 1,000). */
  batch?: number;
}

/** Default documents per committed batch. */
export const DEFAULT_BATCH = 1000;

/**
 * Inputs may be an array or any iterable (a generator reading files one by one): they are read one batch at a
 * time, so the corpus is never in memory at once.
 * @example const out = await ingestInBatches(openSqliteStore('story.db'), inputs, { threads: 2 }); out.added.length
 */
export async function ingestInBatches(store: Store, inputs: Iterable<RawInput>, options: BatchOptions = {}): Promise<IngestOutcome> {
  const size = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const source = inputs[Symbol.iterator]();
  const take = (n: number): RawInput[] => {
    const out: RawInput[] = [];
    while (out.length < n) {
      const r = source.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  };
  const pending = take(size + 1);
  /** The next `size` inputs: those read ahead first. */
  const chunkOf = (): RawInput[] => {
    const chunk = pending.splice(0, size);
    return chunk.length < size ? chunk.concat(take(size - chunk.length)) : chunk;
  };
  if (pending.length <= size || threads === 1 || options.stages) return inBatchesOnMainThread(store, chunkOf, options);
  const total = Array.isArray(inputs) ? inputs.length : null;

  const first = store.past();
  const taken = new Set(first.documents.map((d) => d.id));
  const seen = new Set<string>();
  const skipped: string[] = [];
  let read = 0;
  /** The next batch: the next `size` inputs less those already stored or read (null when none are left). */
  const nextBatch = (): { inputs: RawInput[]; ids: string[]; from: number } | null => {
    while (true) {
      const chunk = chunkOf();
      if (!chunk.length) return null;
      const from = read;
      read += chunk.length;
      const fresh = newInputs(store, chunk, seen, skipped);
      if (!fresh.length) continue;
      const ids = assignIds(fresh, taken);
      for (const id of ids) taken.add(id);
      return { inputs: fresh, ids, from };
    }
  };
  const start = (b: { inputs: RawInput[]; ids: string[]; from: number }): Promise<Doc[]> => started(processInWorkers(b.inputs, b.ids, {
    ...options,
    threads,
    onProgress: (stage, done) => options.onProgress?.(stage, b.from + done, total ?? read),
  }));

  const added: string[] = [];
  const failed: IngestOutcome['failed'] = [];
  const claimDocs = claimDocuments();
  let corpus: Corpus = { documents: [], past: first, ...first.results };
  let current = nextBatch();
  let next = current ? start(current) : null;
  /** Reconciles and commits the batch in hand, whose per-document stages are done, while the next one starts. */
  const commitBatch = async (k: number) => {
    const t0 = performance.now();
    const processed = await next!;
    options.onStageTime?.('documents (worker threads, waited for)', performance.now() - t0);
    current = nextBatch();
    next = current ? start(current) : null;
    const t1 = performance.now();
    const past = k === 0 ? first : store.past();
    options.onStageTime?.('store: read', performance.now() - t1);
    // The batch committed before is let go first: its documents (a thousand articles' annotations) need not live
    // through this batch's corpus stages.
    corpus = { documents: [], past, ...past.results };
    corpus = runPipeline([], { ...options, past, processed });
    const t2 = performance.now();
    store.commit({
      newDocuments: corpus.documents,
      results: resultsOf(corpus),
    });
    options.onStageTime?.('store: commit', performance.now() - t2);
    for (const d of corpus.documents) {
      added.push(d.id);
      const fatal = d.messages.find((m) => m.severity === 'fatal');
      if (fatal) failed.push({ label: d.label, reason: fatal.reason });
      claimDocs.add(d);
    }
  };
  try {
    for (let k = 0; next; k++) await commitBatch(k);
  } catch (e) {
    // The batch started ahead finishes before the error goes up, so that stopping the pool finds no task in flight.
    await next?.catch(() => {});
    throw e;
  }
  const changes = describeChanges(first.results, corpus, claimDocs.of);
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
async function inBatchesOnMainThread(store: Store, chunkOf: () => RawInput[], options: BatchOptions): Promise<IngestOutcome> {
  const first = store.past();
  const out: IngestOutcome = { added: [], skipped: [], changes: [], corpus: { documents: [], past: first, ...first.results }, total: first.documents.length, failed: [] };
  const claimDocs = claimDocuments();
  for (let k = 0; ; k++) {
    const chunk = chunkOf();
    if (!chunk.length && k > 0) break;
    // The first batch builds on what `first` read (as the batches over worker threads do): not read twice.
    const r = await ingestWith(store, chunk, options, (fresh, o) => runPipelineParallel(fresh, { ...o, threads: options.threads }), k === 0 ? first : undefined);
    out.added.push(...r.added);
    out.skipped.push(...r.skipped);
    out.failed.push(...r.failed);
    out.corpus = r.corpus;
    out.total = r.total;
    for (const d of r.corpus.documents) claimDocs.add(d);
  }
  out.changes = describeChanges(first.results, out.corpus, claimDocs.of);
  return out;
}

/**
 * The document of each claim a run adds, kept compactly: a long ingest adds hundreds of thousands of claims,
 * numbered c1, c2, … in order, so most are found by their number.
 */
function claimDocuments(): { add(d: Pick<Doc, 'id' | 'claims'>): void; of(claim: string): string | undefined } {
  const docs: string[] = [];
  /** By claim number from `base` on, the position of its document in `docs`. */
  const byNumber: number[] = [];
  let base = -1;
  const other = new Map<string, number>();
  return {
    add(d) {
      const k = docs.push(d.id) - 1;
      for (const c of d.claims) {
        const n = claimNumber(c.id) ?? -1;
        if (base < 0 && n >= 0) base = n;
        if (n >= base && n - base <= byNumber.length) byNumber[n - base] = k;
        else other.set(c.id, k);
      }
    },
    of(claim) {
      const made = claimNumber(claim);
      const n = made === null ? -1 : made - base;
      const k = base >= 0 && n >= 0 && n < byNumber.length ? byNumber[n] : other.get(claim);
      return k === undefined ? undefined : docs[k];
    },
  };
}
