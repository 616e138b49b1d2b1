/**
 * The work of one worker thread: the per-document stages of the default pipeline over a chunk of inputs.
 */
import type { Doc, RawInput } from '../model/doc.ts';
import { createDoc, defaultDocStages } from '../pipeline.ts';

export interface DocTask {
  inputs: RawInput[];
  ids: string[];
  /** The run's moment, as an ISO string (dates cross threads as strings). */
  now: string;
}

const stages = defaultDocStages();

/** Runs the per-document stages; a stage that throws marks that document fatal, as in the pipeline. */
export function processDocs(task: DocTask): Doc[] {
  const ctx = { now: new Date(task.now) };
  return task.inputs.map((input, i) => {
    const doc = createDoc(input, task.ids[i]);
    for (const stage of stages) {
      try {
        stage.run(doc, ctx);
      } catch (e) {
        doc.messages.push({ stage: stage.name, reason: `stage failed: ${(e as Error).message}`, severity: 'fatal' });
        break;
      }
    }
    return doc;
  });
}
