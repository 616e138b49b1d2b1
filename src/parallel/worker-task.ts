/**
 * What a worker thread is asked to do: the per-document stages over a chunk of inputs (a DocTask), or the
 * placing of a run's documents in stories (a StoryTask), which a run hands to a worker while its main thread goes
 * on with entity links, claims and reconciliation (see runCorpusStages).
 */
import type { Doc } from '../model/doc.ts';
import { addToStories, type StoryState } from '../reconcile/cluster-stories.ts';
import { storyInputs, type PackedStoryInput } from '../reconcile/story-stage.ts';
import { processDocs, type DocTask } from './process-docs.ts';

export interface StoryTask {
  kind: 'stories';
  /** The state to add to, as JSON (cheaper to send than the object); the changed state comes back the same way. */
  state: string;
  /** The run's documents, their terms packed (a string and a Float64Array copy whole, pairs one value at a time). */
  docs: PackedStoryInput[];
}

export type WorkerTask = DocTask | StoryTask;

/** Runs one task; a StoryTask gives back its state with the documents placed, as JSON. */
export function runWorkerTask(task: WorkerTask): Doc[] | string {
  if ('kind' in task && task.kind === 'stories') {
    const state = JSON.parse(task.state) as StoryState;
    addToStories(state, storyInputs(task.docs));
    return JSON.stringify(state);
  }
  return processDocs(task as DocTask);
}

/**
 * A worker's entry: runs a task after a turn of the event loop (see `inTurn`).
 */
export function runWorkerTaskInTurn(task: WorkerTask): Promise<Doc[] | string> {
  return inTurn(() => runWorkerTask(task));
}

/**
 * Runs `work` after a turn of the event loop. Piscina hands a worker its tasks at once (`concurrentTasksPerWorker`)
 * and starts each in one queue of microtasks, where each synchronous task ran before any result was sent: the
 * main thread got a worker's results only when all its tasks were done (the progress bar stood still, then
 * jumped), and unpacked them all after the workers had finished. Each task waiting its turn, a result is sent
 * as soon as its task is done.
 */
export async function inTurn<T>(work: () => T): Promise<T> {
  await new Promise((resolve) => setImmediate(resolve));
  return work();
}
