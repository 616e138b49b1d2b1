/**
 * The work of one worker thread: the per-document stages of the default pipeline over a chunk of inputs.
 */
import type { Doc, RawInput } from '../model/doc.ts';
import { withPackedTokens } from '../model/pack-tokens.ts';
import { createDoc, defaultDocStages, runDocStages } from '../pipeline.ts';
import { lowerThreadPriority } from './lower-thread-priority.ts';

export interface DocTask {
  inputs: RawInput[];
  ids: string[];
  /** The run's moment, as an ISO string (dates cross threads as strings). */
  now: string;
  /** Per-document time budget (ms). */
  budgetMs: number;
}

const stages = defaultDocStages();
// The main thread's corpus stages are the critical path (see lower-thread-priority).
lowerThreadPriority();

/**
 * Runs the per-document stages with the pipeline's rules (a throw or an overrun stops that document only). The
 * documents come back with their tokens packed and without `raw` (see processInWorkers).
 */
export function processDocs(task: DocTask): Doc[] {
  const ctx = { now: new Date(task.now) };
  return task.inputs.map((input, i) => {
    const doc = createDoc(input, task.ids[i]);
    runDocStages(doc, stages, ctx, task.budgetMs);
    // Tokens cross the thread boundary packed: a structured clone of one object per token costs more than the work.
    // The raw input does not go back: the main thread has it (a page's HTML cost as much to copy as the rest).
    return { ...withPackedTokens(doc), raw: '' };
  });
}
