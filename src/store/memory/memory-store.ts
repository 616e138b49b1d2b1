/**
 * The in-memory store: the one-shot `analyze` path and the reference the contract tests hold SQLite to. A commit
 * is all-or-nothing: the batch is applied to copies and swapped in at the end.
 */
import { claimNumber } from '../../model/claim-number.ts';
import type { PastClaim } from '../../model/corpus.ts';
import type { ClaimKeys, Doc } from '../../model/doc.ts';
import { leaveOut, storedDocument, type CommitBatch, type CorpusResults, type LoadOptions, type Review, type ReviewInput, type SearchHit, type Store, type StoredCorpus } from '../store.ts';

/** @example const store = openMemoryStore(); store.commit(batch); store.load() */
export function openMemoryStore(): Store {
  let documents: Doc[] = [];
  let results: CorpusResults = { entities: [], groups: [], contradictions: [], timeline: [], stories: [], storyState: null, reconcileState: null };
  const reviews: Review[] = [];
  // Documents only ever change by commits that append: what stages derived from them stays valid.
  const memo = new Map<string, unknown>();
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
  /** Stored claims whose keys pass `keep`, in the order they were stored. */
  const stored = (keep: (k: ClaimKeys) => boolean): PastClaim[] => {
    const out: PastClaim[] = [];
    for (const d of documents) {
      d.claims.forEach((claim, i) => {
        const keys = d.claimKeys?.[i];
        if (keys && keep(keys)) out.push({ claim, keys, doc: { published: d.published.value, duplicateOf: d.duplicateOf, outlet: d.source.outlet } });
      });
    }
    return out;
  };
  return {
    knownContent(hashes) {
      const have = new Set(documents.map((d) => d.contentHash));
      return new Set(hashes.filter((h) => have.has(h)));
    },
    load(options: LoadOptions = {}): StoredCorpus {
      const out: StoredCorpus = clone({ documents, ...results });
      for (const d of out.documents) leaveOut(d, options);
      return out;
    },
    findDocument(id, options = {}) {
      const found = documents.find((d) => d.id === id);
      return found ? leaveOut(clone(found), options) : null;
    },
    past() {
      return {
        documents: documents.map((d) => ({ id: d.id, published: d.published.value, duplicateOf: d.duplicateOf, outlet: d.source.outlet, minhash: d.minhash ?? null })),
        lastClaim: documents.reduce((m, d) => d.claims.reduce((k, c) => Math.max(k, claimNumber(c.id) ?? 0), m), 0),
        clustersIn(blocks: string[], first: number) {
          const want = new Set(blocks);
          const claims: PastClaim[] = [];
          const sizes = new Map<string, number>();
          for (const p of stored((k) => k.block !== null && want.has(k.block))) {
            const head = p.keys.cluster;
            if (head) sizes.set(head, (sizes.get(head) ?? 0) + 1);
            if ((p.keys.rank ?? 0) < first) claims.push(clone(p));
          }
          return { claims, sizes };
        },
        claimsOfClusters(heads: string[]) {
          const want = new Set(heads);
          return stored((k) => k.cluster !== undefined && want.has(k.cluster)).map(clone);
        },
        results: clone(results),
        memo,
      };
    },
    stories() {
      return clone(results.stories);
    },
    commit(batch: CommitBatch) {
      const ids = new Set(documents.map((d) => d.id));
      const hashes = new Set(documents.map((d) => d.contentHash));
      for (const d of batch.newDocuments) {
        if (ids.has(d.id) || hashes.has(d.contentHash)) throw new Error(`document ${d.id} is already stored`);
      }
      documents = [...documents, ...clone(batch.newDocuments.map(storedDocument))];
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
    findClaim(idOrKey) {
      const found = documents.flatMap((d) => d.claims).find((c) => c.id === idOrKey || c.key === idOrKey);
      return found ? clone(found) : null;
    },
    findGroup(idOrKey) {
      const found = results.groups.find((g) => g.id === idOrKey || g.key === idOrKey);
      return found ? clone(found) : null;
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
