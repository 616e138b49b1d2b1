/**
 * The pipeline over both cores: the per-document stages run in a pool of worker threads (piscina), in chunks;
 * the corpus stages (near-duplicates, entity links, claims, reconciliation) run once on the main thread, and
 * stories in a worker meanwhile (but for a small batch onto a stored story state). Small batches, one thread, or
 * custom stages take the single-threaded path.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Corpus } from '../model/corpus.ts';
import type { Doc, RawInput } from '../model/doc.ts';
import { assignIds, corpusStageFailed, DEFAULT_DOC_BUDGET_MS, defaultStages, runPipeline, type PipelineOptions } from '../pipeline.ts';
import type { Stage } from '../model/stage.ts';
import { createStoryState, storiesOf, type StoryState } from '../reconcile/cluster-stories.ts';
import { takeStoryInputs } from '../reconcile/story-stage.ts';
import type { StoryTask } from './worker-task.ts';
import type { DocTask } from './process-docs.ts';
import { bundleExecArgv, workerBundle } from './worker-bundle.ts';

export interface ParallelOptions extends PipelineOptions {
  /** Worker threads (default: the machine's available parallelism; 1 runs on the main thread). */
  threads?: number;
  /** Documents per task sent to a worker (default 16). */
  chunk?: number;
  /** Below this many new inputs the main thread does it all (default 40). */
  minParallel?: number;
  /** Characters of input handed to the workers at once at most (default MAX_HANDED_CHARS; one task always goes). */
  maxHandedChars?: number;
}

/**
 * Tasks a worker is handed before it finishes the first (piscina's `concurrentTasksPerWorker`): all of a batch
 * (up to MAX_HANDED_CHARS).
 * Piscina hands a worker its next task from the main thread's event loop, which a streaming ingest keeps busy
 * for seconds with the corpus stages of the batch before: with one task at a time the workers finished theirs
 * and sat idle until the main thread was done (on 5,000 articles in batches of 1,000 the main thread then
 * waited 3.5–4 s a batch for work that could have been done meanwhile). Handed all at once, a worker runs its
 * tasks one after the other (they are synchronous) and its results wait in the queue.
 */
const TASKS_HANDED_AT_ONCE = 100_000;

/**
 * Documents from which a run with a stored story state places its stories in a worker thread (runCorpusStages):
 * the state's JSON there and back (about 0.2 s at 10,000 articles) is then well below the stories' own time
 * (1.0–1.6 s for 1,000 articles there). A streaming ingest keeps them on the main thread: there the workers are
 * busy with the next batch, and on 10,000 articles handing them the stories when they had sat idle gained nothing
 * measurable.
 */
export const STORY_WORKER_MIN = 200;

/**
 * Characters of input in the workers' hands at most: each task handed is a copy of its inputs, waiting in the
 * worker's queue. A batch of plain-text articles goes at once (1,000 PolNeAR articles are 4.6 million characters);
 * one of large pages in parts (1,000 news pages can be 185 million), the rest handed as tasks come back.
 */
export const MAX_HANDED_CHARS = 64_000_000;

let pool: Piscina | null = null;
let poolThreads = 0;
/** The workers' code: the bundle (see worker-bundle.ts), made once per process, else the sources through tsx. */
let workerFile: string | null = null;
/** Whether workerFile is the bundle (which needs no TypeScript loader in the workers). */
let bundled = false;

/** The worker threads' code, found once per process. */
function getWorkerFile(): string {
  if (!workerFile) {
    const bundle = workerBundle();
    workerFile = bundle ? pathToFileURL(bundle).href : new URL('./doc-worker.mjs', import.meta.url).href;
    bundled = bundle !== null;
  }
  return workerFile;
}

function getPool(threads: number): Piscina {
  if (!pool || poolThreads !== threads) {
    void pool?.destroy();
    pool = startPool({ filename: getWorkerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: TASKS_HANDED_AT_ONCE });
    poolThreads = threads;
  }
  return pool;
}

/**
 * A pool whose workers do not inherit a TypeScript loader they do not need (see bundleExecArgv). Options given
 * to a worker explicitly must all be valid in a thread, unlike inherited ones, which Node filters itself: those
 * the error names (V8's, process-wide ones) are left out, and if that fails too the workers inherit as usual.
 */
function startPool(options: NonNullable<ConstructorParameters<typeof Piscina>[0]>): Piscina {
  const execArgv = bundled ? bundleExecArgv(process.execArgv) : process.execArgv;
  if (execArgv.length === process.execArgv.length) return new Piscina(options);
  try {
    return new Piscina({ ...options, execArgv });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    const invalid = new Set((e as Error).message.replace(/^[^:]*:\s*/, '').split(/,\s*/));
    try {
      return new Piscina({ ...options, execArgv: execArgv.filter((a) => !invalid.has(a)) });
    } catch {
      return new Piscina(options);
    }
  }
}

/** Stops the worker threads (the CLI calls it before exiting). */
export async function closePool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}

/**
 * @example const corpus = await runPipelineParallel(inputs, { threads: 2 });
 */
export async function runPipelineParallel(inputs: RawInput[], options: ParallelOptions = {}): Promise<Corpus> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (threads === 1 || options.stages || inputs.length < (options.minParallel ?? 40)) return runPipeline(inputs, options);
  const ids = assignIds(inputs, options.past?.documents.map((d) => d.id) ?? []);
  const t0 = performance.now();
  const processed = await processInWorkers(inputs, ids, { ...options, threads });
  options.onStageTime?.('documents (worker threads)', performance.now() - t0);
  return runCorpusStages(processed, options, threads);
}

/**
 * The corpus stages over documents the workers processed, on the main thread, but for stories: a worker places
 * them meanwhile (no later stage reads them, and the workers are idle by then), unless there is a stored story
 * state and the batch is small. A stored state crosses as JSON text, cheaper than a structured clone of its
 * object; from STORY_WORKER_MIN documents that costs well below the stories themselves.
 */
async function runCorpusStages(processed: Doc[], options: ParallelOptions, threads: number): Promise<Corpus> {
  const stored = options.past?.results.storyState as StoryState | null | undefined;
  if (stored && processed.length < STORY_WORKER_MIN) return runPipeline([], { ...options, processed });
  let placed = null as { docs: Doc[]; state: Promise<string> } | null;
  const stages = defaultStages({ aliases: options.aliases }).map((s): Stage => s.name !== 'stories' ? s : {
    ...s,
    runAll(corpus) {
      const task: StoryTask = { kind: 'stories', state: JSON.stringify(stored ?? createStoryState()), docs: takeStoryInputs(corpus.documents) };
      const state = getPool(threads).run(task) as Promise<string>;
      state.catch(() => {}); // awaited below, unless a stage throws first
      placed = { docs: corpus.documents, state };
    },
  });
  const corpus = runPipeline([], { ...options, processed, stages });
  const t1 = performance.now();
  if (placed) {
    try {
      corpus.storyState = JSON.parse(await placed.state) as StoryState;
      corpus.stories = storiesOf(corpus.storyState as StoryState);
    } catch (e) {
      corpusStageFailed('stories', placed.docs, e);
    }
  }
  options.onStageTime?.('stories (worker thread, waited for)', performance.now() - t1);
  return corpus;
}

/**
 * The per-document stages of `inputs` (with the ids given) in the worker threads, in tasks of `chunk` documents.
 * Tokens cross the threads packed (`packedTokens`, see model/pack-tokens) and stay packed: the corpus stages that
 * read them unpack one document's at a time (`withTokens`). Their `raw` input is not sent back but taken from
 * `inputs`.
 * @example const docs = await processInWorkers(inputs, ['d1', 'd2'], { threads: 2 });
 */
export async function processInWorkers(inputs: RawInput[], ids: string[], options: ParallelOptions = {}): Promise<Doc[]> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const chunk = Math.max(1, options.chunk ?? 16);
  const now = (options.now ?? new Date()).toISOString();
  const p = getPool(threads);
  const starts: number[] = [];
  for (let i = 0; i < inputs.length; i += chunk) starts.push(i);
  const out: Doc[][] = new Array(starts.length);
  const budget = options.maxHandedChars ?? MAX_HANDED_CHARS;
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = 0;
    /** Characters of input handed to the workers and not back yet. */
    let handed = 0;
    /** The first failure: a task that failed, or a progress callback that threw. */
    let failure: { error: unknown } | null = null;
    // Done when nothing is in flight: on a failure too, so that a caller who then stops the pool finds no task
    // running (a result arriving for a task the pool no longer knows is an uncaught error in piscina).
    const settle = () => {
      if (running > 0) return;
      if (failure) reject(failure.error);
      else if (next === starts.length) resolve();
    };
    const hand = () => {
      while (!failure && next < starts.length && (running === 0 || handed < budget)) {
        const at = next++;
        const from = starts[at];
        const task: DocTask = { inputs: inputs.slice(from, from + chunk), ids: ids.slice(from, from + chunk), now, budgetMs: options.docBudgetMs ?? DEFAULT_DOC_BUDGET_MS };
        const size = task.inputs.reduce((n, x) => n + x.raw.length, 0);
        handed += size;
        running++;
        (p.run(task) as Promise<Doc[]>).then((docs) => {
          handed -= size;
          for (const [k, d] of docs.entries()) d.raw = inputs[from + k].raw;
          out[at] = docs;
          done += docs.length;
          options.onProgress?.('documents', done, inputs.length);
        }).catch((error: unknown) => {
          failure ??= { error };
        }).finally(() => {
          running--;
          hand();
          settle();
        });
      }
    };
    hand();
    settle();
  });
  return out.flat();
}
