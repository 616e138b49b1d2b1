/**
 * Adds a batch of inputs to a store: the same content twice is one document (skipped), new documents go
 * through the per-document stages, the corpus stages add them to what the store holds (without loading or
 * rewriting the stored documents), and the whole batch is committed in one transaction. Returns what was added
 * and what changed.
 */
import { resultsOf, type Corpus, type CorpusPast } from '../model/corpus.ts';
import type { RawInput } from '../model/doc.ts';
import { contentHash, runPipeline, type PipelineOptions } from '../pipeline.ts';
import { describeChanges, type Change } from './describe-changes.ts';
import type { Store } from './store.ts';

export interface IngestOutcome {
  /** Ids of the documents added. */
  added: string[];
  /** Inputs skipped because their content is already stored (or repeated in the batch). */
  skipped: string[];
  changes: Change[];
  /** The run: its new documents and the corpus results after it. */
  corpus: Corpus;
  /** Documents in the store after the run. */
  total: number;
  /** Added documents that failed (stored with their fatal message, no claims). */
  failed: Array<{ label: string; reason: string }>;
}

/** @example ingestIntoStore(openMemoryStore(), inputs).added // ['d1', 'd2'] */
export function ingestIntoStore(store: Store, inputs: RawInput[], options: Omit<PipelineOptions, 'past'> = {}): IngestOutcome {
  const r = ingestWith(store, inputs, options, (fresh, opts) => runPipeline(fresh, opts));
  if (r instanceof Promise) throw new Error('unreachable: the synchronous pipeline returned a promise');
  return r;
}

/**
 * The same as ingestIntoStore with the pipeline given by the caller (e.g. runPipelineParallel over worker
 * threads); returns a promise when the pipeline does.
 * @param given what the store's `past()` gave the caller just before, if it did (not read again: on a large store
 *   reading the results takes a second or more)
 */
export function ingestWith(
  store: Store,
  inputs: RawInput[],
  options: Omit<PipelineOptions, 'past'>,
  pipeline: (fresh: RawInput[], options: PipelineOptions) => Corpus | Promise<Corpus>,
  given?: CorpusPast,
): IngestOutcome | Promise<IngestOutcome> {
  const past = given ?? store.past();
  const skipped: string[] = [];
  const fresh = newInputs(store, inputs, new Set(), skipped);
  if (!fresh.length) return { added: [], skipped, changes: [], corpus: { documents: [], past, ...past.results }, total: past.documents.length, failed: [] };
  const result = pipeline(fresh, { ...options, past });
  return result instanceof Promise ? result.then(finish) : finish(result);

  function finish(corpus: Corpus): IngestOutcome {
    store.commit({
      newDocuments: corpus.documents,
      results: resultsOf(corpus),
    });
    const documentOf = new Map(corpus.documents.flatMap((d) => d.claims.map((c) => [c.id, d.id] as const)));
    const changes = describeChanges(past.results, corpus, (id) => documentOf.get(id));
    const failed = corpus.documents.flatMap((d) => d.messages.filter((m) => m.severity === 'fatal').slice(0, 1).map((m) => ({ label: d.label, reason: m.reason })));
    return { added: corpus.documents.map((d) => d.id), skipped, changes, corpus, total: past.documents.length + corpus.documents.length, failed };
  }
}

/**
 * The inputs whose content is neither stored nor in `seen` (content hashes met so far, which it extends); the
 * labels of the others go to `skipped`.
 */
export function newInputs(store: Store, inputs: RawInput[], seen: Set<string>, skipped: string[]): RawInput[] {
  const hashes = inputs.map(contentHash);
  const known = store.knownContent(hashes);
  const fresh: RawInput[] = [];
  inputs.forEach((inp, i) => {
    if (known.has(hashes[i]) || seen.has(hashes[i])) skipped.push(inp.label);
    else {
      seen.add(hashes[i]);
      fresh.push(inp);
    }
  });
  return fresh;
}
