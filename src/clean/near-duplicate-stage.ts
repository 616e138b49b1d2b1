/**
 * The corpus stage that sets `duplicateOf` on documents that (nearly) repeat an earlier one, of this run or of
 * an earlier run (by the MinHash signatures kept with them), and keeps each document's signature.
 */
import type { CorpusStage, DocStage } from '../model/stage.ts';
import { minhash, nearDuplicatesOf } from './find-near-duplicates.ts';

/** The MinHash signature of each document's text: per document, so it runs in the worker threads. */
export function minhashStage(): DocStage {
  return {
    name: 'minhash',
    needs: ['text'],
    adds: ['minhash'],
    run(doc) {
      doc.minhash = doc.text.trim() ? Array.from(minhash(doc.text)) : undefined;
    },
  };
}

export function nearDuplicateStage(): CorpusStage {
  return {
    name: 'near-duplicates',
    needs: ['text'],
    adds: ['duplicateOf'],
    runAll({ documents: docs, past }) {
      const earlier = past?.documents ?? [];
      // Signatures come from the per-document stage; a document without one (custom stages) gets it here.
      for (const d of docs) if (!d.minhash && d.text.trim()) d.minhash = Array.from(minhash(d.text));
      const ids = [...earlier.map((d) => d.id), ...docs.map((d) => d.id)];
      const index = new Map(ids.map((id, i) => [id, i]));
      const known = earlier.map((d) => (d.duplicateOf ? index.get(d.duplicateOf) ?? -1 : -1));
      const of = nearDuplicatesOf([...earlier.map((d) => d.minhash), ...docs.map((d) => d.minhash ?? null)], earlier.length, known);
      docs.forEach((d, i) => {
        const j = of[earlier.length + i];
        d.duplicateOf = j >= 0 ? ids[j] : null;
      });
    },
  };
}
