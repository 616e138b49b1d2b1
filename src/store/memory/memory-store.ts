/**
 * The in-memory store: the one-shot `analyze` path and the reference the contract tests hold SQLite to. A commit
 * is all-or-nothing: the batch is applied to copies and swapped in at the end.
 */
import type { PastClaim } from '../../model/corpus.ts';
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
    past() {
      const ordinal = (id: string) => (/^c\d+$/.test(id) ? Number(id.slice(1)) : 0);
      return {
        documents: documents.map((d) => ({ id: d.id, published: d.published.value, duplicateOf: d.duplicateOf, outlet: d.source.outlet, minhash: d.minhash ?? null })),
        lastClaim: documents.reduce((m, d) => d.claims.reduce((k, c) => Math.max(k, ordinal(c.id)), m), 0),
        claimsIn(blocks: string[]) {
          const want = new Set(blocks);
          const out: PastClaim[] = [];
          for (const d of documents) {
            d.claims.forEach((c, i) => {
              const keys = d.claimKeys?.[i];
              if (keys?.block && want.has(keys.block)) out.push(clone({ claim: c, keys }));
            });
          }
          return out;
        },
        results: clone(results),
      };
    },
    commit(batch: CommitBatch) {
      const ids = new Set(documents.map((d) => d.id));
      const hashes = new Set(documents.map((d) => d.contentHash));
      for (const d of batch.newDocuments) {
        if (ids.has(d.id) || hashes.has(d.contentHash)) throw new Error(`document ${d.id} is already stored`);
      }
      documents = [...documents, ...clone(batch.newDocuments.map((d) => ({ ...d, tokens: [] })))];
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
