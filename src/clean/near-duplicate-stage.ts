/**
 * The corpus stage that sets `duplicateOf` on documents that (nearly) repeat an earlier one, of this run or of
 * an earlier run (by the MinHash signatures kept with them), and keeps each document's signature.
 */
import type { CorpusStage, DocStage } from '../model/stage.ts';
import type { PastDocument } from '../model/corpus.ts';
import { addToIndex, findIn, indexSize, minhash, nearDuplicateIndex, type NearDuplicateIndex } from './find-near-duplicates.ts';

/**
 * The index of the stored documents of the last run, kept for the next: when the next run's stored documents
 * begin with the same ones (the same objects: a store that keeps its list between its own commits gives them),
 * only the documents added since are indexed.
 */
let kept: { index: NearDuplicateIndex; position: Map<string, number>; first: PastDocument; last: PastDocument } | null = null;

function indexOf(earlier: readonly PastDocument[]): { index: NearDuplicateIndex; position: Map<string, number> } {
  const n = kept ? indexSize(kept.index) : 0;
  if (!kept || earlier.length < n || earlier[0] !== kept.first || earlier[n - 1] !== kept.last) {
    kept = null;
    if (!earlier.length) return { index: nearDuplicateIndex(), position: new Map() };
  }
  const k = kept ?? { index: nearDuplicateIndex(), position: new Map<string, number>(), first: earlier[0], last: earlier[0] };
  for (let i = indexSize(k.index); i < earlier.length; i++) {
    const d = earlier[i];
    k.position.set(d.id, i);
    addToIndex(k.index, d.minhash, d.duplicateOf ? k.position.get(d.duplicateOf) ?? -1 : -1);
  }
  k.last = earlier[earlier.length - 1];
  kept = k;
  return k;
}

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
      const { index } = indexOf(earlier);
      // The run's documents go in an index of their own over the stored one, which stays as the store has it.
      const run = nearDuplicateIndex(index);
      for (const d of docs) {
        const j = addToIndex(run, d.minhash ?? null, findIn(run, d.minhash ?? null));
        d.duplicateOf = j < 0 ? null : j < earlier.length ? earlier[j].id : docs[j - earlier.length].id;
      }
    },
  };
}
