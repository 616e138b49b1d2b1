/**
 * The pipeline: the stages in order, checked when built, and the function that runs them over a batch of
 * inputs. One document object flows through every stage; a stage that fails on one document records a fatal
 * message on it and the others go on.
 */
import { createHash } from 'node:crypto';
import { createCorpus, type Corpus, type CorpusPast } from './model/corpus.ts';
import type { Doc, RawInput } from './model/doc.ts';
import { isCorpusStage, type Context, type DocStage, type Stage } from './model/stage.ts';
import { cleanStage } from './clean/clean-stage.ts';
import { minhashStage, nearDuplicateStage } from './clean/near-duplicate-stage.ts';
import { sentenceStage } from './annotate/sentence-stage.ts';
import { entityLinkStage, entityStage, quantityStage, timeStage } from './annotate/annotate-stages.ts';
import type { AliasTable } from './annotate/entity-alias-table.ts';
import { claimsStage } from './claims/claims-stage.ts';
import { reconcileStage } from './reconcile/reconcile-stage.ts';
import { storyStage, storyTermsStage } from './reconcile/story-stage.ts';

/**
 * The default stages, in order: the per-document stages (clean → minhash, story terms → sentences → times,
 * quantities, entities), which can run in worker threads, then the corpus stages (near-duplicates → stories →
 * entity links → claims → reconcile).
 * @param options.aliases a user alias table merged with the built-in one
 */
export function defaultStages(options: { aliases?: AliasTable } = {}): Stage[] {
  return [
    ...defaultDocStages(),
    nearDuplicateStage(), storyStage(), entityLinkStage(options.aliases), claimsStage(), reconcileStage(),
  ];
}

/**
 * What a corpus stage that throws leaves: a warning on each document it ran over (the other stages go on, and
 * the stage's results stay as they were).
 */
export function corpusStageFailed(stage: string, docs: Doc[], error: unknown): void {
  for (const d of docs) d.messages.push({ stage, reason: `stage failed: ${(error as Error).message}`, severity: 'warning' });
}

/** Default time budget of one document's per-document stages (ms). */
export const DEFAULT_DOC_BUDGET_MS = 60_000;

/**
 * Runs per-document stages on one document: a stage that throws marks it fatal; one that pushes the document
 * over its time budget stops it (the stages already run keep their results).
 */
export function runDocStages(doc: Doc, stages: DocStage[], ctx: Context, budgetMs: number, times?: Map<string, number>): void {
  const start = performance.now();
  for (const stage of stages) {
    if (doc.messages.some((m) => m.severity === 'fatal')) break;
    const t0 = performance.now();
    try {
      stage.run(doc, ctx);
    } catch (e) {
      doc.messages.push({ stage: stage.name, reason: `stage failed: ${(e as Error).message}`, severity: 'fatal' });
    }
    const t1 = performance.now();
    times?.set(stage.name, (times.get(stage.name) ?? 0) + t1 - t0);
    if (t1 - start > budgetMs && stage !== stages[stages.length - 1]) {
      doc.messages.push({ stage: stage.name, reason: `over the time budget of ${Math.round(budgetMs / 1000)} s per document after "${stage.name}"; the remaining stages were skipped (raise it with --doc-budget)`, severity: 'fatal' });
      break;
    }
  }
}

/** The per-document stages of the default pipeline (what a worker thread runs). */
export function defaultDocStages(): DocStage[] {
  return [cleanStage(), minhashStage(), storyTermsStage(), sentenceStage(), timeStage(), quantityStage(), entityStage()];
}

/**
 * Checks that every stage's needs are added by a stage before it.
 * @throws Error naming the stage, the missing field, and what to do
 */
export function checkStages(stages: Stage[]): void {
  const have = new Set(['raw', 'meta', 'source', 'format', 'id']);
  for (const s of stages) {
    for (const n of s.needs) {
      if (!have.has(n)) {
        const by = stages.find((t) => t.adds.includes(n));
        throw new Error(`Stage "${s.name}" needs "${n}", which no earlier stage adds` + (by ? `: put "${by.name}" before "${s.name}".` : '.'));
      }
    }
    for (const a of s.adds) have.add(a);
  }
}

/** A stable hash of an input's content: the same content twice is one document. */
export function contentHash(input: Pick<RawInput, 'format' | 'raw'>): string {
  return createHash('sha256').update(input.format).update('\u0000').update(input.raw).digest('hex');
}

/** Makes the working document of an input, with every field present and empty. */
export function createDoc(input: RawInput, id: string): Doc {
  return {
    id, label: input.label, source: { ...input.source }, format: input.format, raw: input.raw, meta: input.meta,
    contentHash: contentHash(input),
    title: null, published: { value: null, origin: 'unknown' }, language: 'und', text: '', offsets: [], blocks: [],
    removed: [], derivative: [], duplicateOf: null, pageMeta: { title: null, published: null, outlet: null, url: null },
    sentences: [], tokens: [], times: [], quantities: [], entities: [], claims: [], messages: [],
  };
}

/** Gives each input an id: its own (JSONL `id`, manifest `id`) when unique, else `d1`, `d2`, … */
export function assignIds(inputs: RawInput[], taken: Iterable<string> = []): string[] {
  // A set of taken ids is read as it is, not copied: a streaming ingest passes every stored id in every batch.
  const before: ReadonlySet<string> = taken instanceof Set ? taken : new Set(taken);
  const added = new Set<string>();
  const used = (id: string) => before.has(id) || added.has(id);
  let n = 0;
  return inputs.map((inp) => {
    let id = inp.meta.id?.trim();
    if (!id || used(id)) {
      do id = `d${++n}`; while (used(id));
    }
    added.add(id);
    return id;
  });
}

export interface PipelineOptions {
  stages?: Stage[];
  /** A user alias table merged with the built-in one (ignored when `stages` is given). */
  aliases?: AliasTable;
  /**
   * What earlier runs left (from a store): the corpus stages add the new documents to it, and new ids never
   * repeat its ids.
   */
  past?: CorpusPast;
  /**
   * New documents whose per-document stages already ran (in worker threads), their tokens packed (as
   * processInWorkers gives them; the stages that read tokens unpack them): they join the corpus stages and the
   * per-document stages skip them. Their ids must not clash with those of `past`.
   */
  processed?: Doc[];
  /** Called after each document of each per-document stage, and after each corpus stage. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Time budget of one document's per-document stages, in ms (default 60,000): a document over it is stopped
   * after the stage that overran, with a fatal message, and the batch goes on.
   */
  docBudgetMs?: number;
  /** Receives the milliseconds each stage took over the batch (for benchmarks). */
  onStageTime?: (stage: string, ms: number) => void;
  /** The moment of the run (default: now). */
  now?: Date;
}

/**
 * Runs the stages over a batch of inputs and returns the corpus: the documents (failed ones included, with
 * their fatal message) and the corpus-level results.
 * @example runPipeline([{ label:'a', source:{path:'a.txt',url:null,outlet:null}, format:'text', raw:'Hi.', meta:{} }])
 */
export function runPipeline(inputs: RawInput[], options: PipelineOptions = {}): Corpus {
  const stages = options.stages ?? defaultStages({ aliases: options.aliases });
  checkStages(stages);
  const ctx: Context = { now: options.now ?? new Date() };
  const past = options.past ?? null;
  // (A batch from the worker threads has its ids already: listing every stored id for none would cost a batch
  // more the larger the store.)
  const ids = inputs.length ? assignIds(inputs, [...(past?.documents.map((d) => d.id) ?? []), ...(options.processed?.map((d) => d.id) ?? [])]) : [];
  const fresh = inputs.map((inp, i) => createDoc(inp, ids[i]));
  const docs = [...(options.processed ?? []), ...fresh];
  const corpus = createCorpus(docs);
  // The past's results are the run's to change (a store hands out a copy of its own; see CorpusPast.results).
  if (past) Object.assign(corpus, past.results, { past });
  // Consecutive per-document stages run document by document (all of them on one document, then the next),
  // so a document's text stays warm in caches (the tokenizer's among them); corpus stages run on the whole batch.
  const times = new Map<string, number>();
  for (let i = 0; i < stages.length; ) {
    if (isCorpusStage(stages[i])) {
      const t0 = performance.now();
      runStage(stages[i]);
      options.onStageTime?.(stages[i].name, performance.now() - t0);
      i++;
      continue;
    }
    let j = i;
    while (j < stages.length && !isCorpusStage(stages[j])) j++;
    const run = stages.slice(i, j) as DocStage[];
    let done = 0;
    for (const doc of fresh) {
      done++;
      runDocStages(doc, run, ctx, options.docBudgetMs ?? DEFAULT_DOC_BUDGET_MS, times);
      options.onProgress?.('documents', done, fresh.length);
    }
    for (const stage of run) options.onStageTime?.(stage.name, times.get(stage.name) ?? 0);
    i = j;
  }
  return corpus;

  function runStage(stage: Stage): void {
    if (!isCorpusStage(stage)) return;
    const live = docs.filter((d) => !d.messages.some((m) => m.severity === 'fatal'));
    try {
      const view: Corpus = { ...corpus, documents: live };
      stage.runAll(view, ctx);
      Object.assign(corpus, view, { documents: docs });
      options.onProgress?.(stage.name, 1, 1);
    } catch (e) {
      corpusStageFailed(stage.name, live, e);
    }
  }
}
