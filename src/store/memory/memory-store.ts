/**
 * The in-memory store: the one-shot `analyze` path and the reference the contract tests hold SQLite to. A commit
 * is all-or-nothing: the batch is applied to copies and swapped in at the end.
 */
import type { Doc } from '../../model/doc.ts';
import type { CommitBatch, CorpusResults, Review, ReviewInput, SearchHit, Store, StoredCorpus } from '../store.ts';

/** @example const store = openMemoryStore(); store.commit(batch); store.load() */
export function openMemoryStore(): Store {
  let documents: Doc[] = [];
  let results: CorpusResults = { entities: [], groups: [], contradictions: [], timeline: [], stories: [], storyState: null };
  const reviews: Review[] = [];
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
  return {
    knownContent(hashes) {
      const have = new Set(documents.map((d) => d.contentHash));
      return new Set(hashes.filter((h) => have.has(h)));
    },
    load(): StoredCorpus {
      return clone({ documents, ...results });
    },
    commit(batch: CommitBatch) {
      const ids = new Set(documents.map((d) => d.id));
      const hashes = new Set(documents.map((d) => d.contentHash));
      for (const d of batch.newDocuments) {
        if (ids.has(d.id) || hashes.has(d.contentHash)) throw new Error(`document ${d.id} is already stored`);
      }
      const fresh = new Set(batch.newDocuments.map((d) => d.id));
      const byId = new Map(batch.documents.map((d) => [d.id, d]));
      const next = [...documents.map((d) => byId.get(d.id) ?? d), ...batch.newDocuments.filter((d) => fresh.has(d.id))];
      documents = clone(next);
      results = clone(batch.results);
    },
    search(query, limit = 50) {
      const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      if (!words.length) return [];
      const hits: SearchHit[] = [];
      const has = (s: string) => words.every((w) => s.toLowerCase().includes(w));
      for (const d of documents) {
        for (const c of d.claims) if (has(c.text + ' ' + c.description)) hits.push({ kind: 'claim', key: c.key ?? c.id, document: d.id, snippet: c.description });
      }
      for (const d of documents) if (has((d.title ?? '') + ' ' + d.text)) hits.push({ kind: 'document', key: d.id, document: d.id, snippet: (d.title ?? d.text).slice(0, 120) });
      return hits.slice(0, limit * 2);
    },
    addReview(review: ReviewInput, now = new Date()) {
      const r: Review = { id: reviews.length + 1, target: review.target, key: review.key, status: review.status, note: review.note ?? null, created: now.toISOString() };
      reviews.push(r);
      return { ...r };
    },
    reviews() {
      return reviews.map((r) => ({ ...r }));
    },
    close() {},
  };
}
