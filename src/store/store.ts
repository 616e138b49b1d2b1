/**
 * The store: where documents, claims, corpus results and analysts' reviews live between runs. One interface,
 * one adapter per engine (`sqlite/`, `memory/`); the contract tests (test/store-contract.test.ts) run against
 * every adapter.
 */
import type { Corpus } from '../model/corpus.ts';
import type { Doc } from '../model/doc.ts';

/** The corpus-level results saved with each batch. */
export type CorpusResults = Omit<Corpus, 'documents'>;

/** Everything a store holds: the corpus, as the pipeline left it. */
export type StoredCorpus = Corpus;

export { ReviewInputSchema, ReviewStatusSchema, type Review, type ReviewInput } from '../model/review.ts';
import type { Review, ReviewInput } from '../model/review.ts';

export interface SearchHit {
  kind: 'claim' | 'document';
  /** Claim key or document id. */
  key: string;
  document: string;
  snippet: string;
}

/** The batch a run commits: documents new in this run, every claim, and the corpus results. */
export interface CommitBatch {
  newDocuments: Doc[];
  /** All documents after the run (claims and entity links of old documents may have changed). */
  documents: Doc[];
  results: CorpusResults;
}

export interface Store {
  /** Of these content hashes, the ones already stored. */
  knownContent(hashes: string[]): Set<string>;
  /** Everything stored, in ingest order. */
  load(): StoredCorpus;
  /** Saves a batch in one transaction: all of it or nothing. */
  commit(batch: CommitBatch): void;
  /** Full-text search over claims and document texts (FTS5 syntax in SQLite; words in memory). */
  search(query: string, limit?: number): SearchHit[];
  addReview(review: ReviewInput, now?: Date): Review;
  reviews(): Review[];
  close(): void;
}

/** A store problem a user can act on (read-only file, disk full, a file that is not a Triangulate database). */
export class StoreError extends Error {
  constructor(message: string, public code: string) {
    super(message);
  }
}
