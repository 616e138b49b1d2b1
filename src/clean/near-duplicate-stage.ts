/** The corpus stage that sets `duplicateOf` on documents that (nearly) repeat an earlier one of the run. */
import type { CorpusStage } from '../model/stage.ts';
import { findNearDuplicates } from './find-near-duplicates.ts';

export function nearDuplicateStage(): CorpusStage {
  return {
    name: 'near-duplicates',
    needs: ['text'],
    adds: ['duplicateOf'],
    runAll({ documents: docs }) {
      const of = findNearDuplicates(docs.map((d) => d.text));
      of.forEach((j, i) => {
        docs[i].duplicateOf = j >= 0 ? docs[j].id : null;
      });
    },
  };
}
