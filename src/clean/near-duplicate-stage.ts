/**
 * The corpus stage that sets `duplicateOf` on documents that (nearly) repeat an earlier one, of this run or of
 * an earlier run (by the MinHash signatures kept with them), and keeps each document's signature.
 */
import type { CorpusStage, DocStage } from '../model/stage.ts';
import type { CorpusPast } from '../model/corpus.ts';
import { addToIndex, findIn, indexSize, minhash, nearDuplicateIndex, type NearDuplicateIndex } from './find-near-duplicates.ts';

/** The index of the stored documents' signatures, and each one's position in it. */
interface StoredIndex {
  index: NearDuplicateIndex;
  position: Map<string, number>;
}

/**
 * The index of the stored documents. The store keeps it for its next run (CorpusPast.memo): as its documents
 * are only appended to, only those added since are indexed.
 */
function indexOf(past: CorpusPast | null | undefined): StoredIndex {
  const earlier = past?.documents ?? [];
  let k = past?.memo.get('near-duplicates') as StoredIndex | undefined;
  if (!k || indexSize(k.index) > earlier.length) k = { index: nearDuplicateIndex(), position: new Map() };
  for (let i = indexSize(k.index); i < earlier.length; i++) {
    const d = earlier[i];
    k.position.set(d.id, i);
    addToIndex(k.index, d.minhash, d.duplicateOf ? k.position.get(d.duplicateOf) ?? -1 : -1);
  }
  past?.memo.set('near-duplicates', k);
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
      const { index } = indexOf(past);
      // The run's documents go in an index of their own over the stored one, which stays as the store has it.
      const run = nearDuplicateIndex(index);
      for (const d of docs) {
        const j = addToIndex(run, d.minhash ?? null, findIn(run, d.minhash ?? null));
        d.duplicateOf = j < 0 ? null : j < earlier.length ? earlier[j].id : docs[j - earlier.length].id;
      }
    },
  };
}
