/**
 * The store: where documents, claims, corpus results and analysts' reviews live between runs. One interface,
 * one adapter per engine (`sqlite/`, `memory/`); the contract tests (test/store-contract.test.ts) run against
 * every adapter.
 */
import type { Corpus, CorpusPast, CorpusResults } from '../model/corpus.ts';
import type { Doc } from '../model/doc.ts';
import type { Claim, Group, Story } from '../model/report.ts';

export type { CorpusResults } from '../model/corpus.ts';

/** Everything a store holds: the corpus, as the pipeline left it. */
export type StoredCorpus = Omit<Corpus, 'past'>;

export { ReviewInputSchema, ReviewStatusSchema, type Review, type ReviewInput } from '../model/review.ts';
import type { Review, ReviewInput } from '../model/review.ts';

export interface SearchHit {
  kind: 'claim' | 'document';
  /** Claim key or document id. */
  key: string;
  document: string;
  snippet: string;
}

/**
 * The batch a run commits: the documents new in this run (with their claims) and the corpus results. Earlier
 * documents are never rewritten.
 */
export interface CommitBatch {
  newDocuments: Doc[];
  results: CorpusResults;
}

/**
 * A document as a store keeps it: without what serves only the run that made it (its tokens, packed or not, and
 * its story terms). See Store.commit.
 */
export function storedDocument(d: Doc): Doc {
  return { ...d, tokens: [], packedTokens: undefined, storyTerms: undefined };
}

/** What `load` may leave out: what a report does not show, and which can be most of a store's bytes. */
export interface LoadOptions {
  /** The documents' raw inputs (default true; left out, `raw` is ''): a news page's HTML is 40 times its text. */
  raw?: boolean;
  /** The claims' reconciliation keys (`claimKeys`, default true; left out, absent). */
  claimKeys?: boolean;
  /**
   * The documents' annotations (`ANNOTATIONS`: sentences, times, quantities, entities, blocks, offsets, tokens;
   * default true; left out, empty): a report without mentions does not read them, and they are most of a
   * document's row.
   */
  annotations?: boolean;
}

/** The fields of a document that `annotations: false` leaves empty. */
export const ANNOTATIONS = ['sentences', 'times', 'quantities', 'entities', 'blocks', 'offsets', 'tokens'] as const;

/** A loaded document less what `options` leave out (in place): what every store's `load` and `findDocument` give. */
export function leaveOut(d: Doc, options: LoadOptions): Doc {
  if (options.raw === false) d.raw = '';
  if (options.claimKeys === false) delete d.claimKeys;
  if (options.annotations === false) for (const k of ANNOTATIONS) d[k] = [];
  return d;
}

/** What a report reads of a store. */
export const FOR_REPORT: LoadOptions = { raw: false, claimKeys: false };

/** What a report without mentions (the one `serve` keeps) reads of a store. */
export const FOR_LEAN_REPORT: LoadOptions = { ...FOR_REPORT, annotations: false };

export interface Store {
  /** Of these content hashes, the ones already stored. */
  knownContent(hashes: string[]): Set<string>;
  /** Everything stored, in ingest order (for reports and the API), less what `options` leave out. */
  load(options?: LoadOptions): StoredCorpus;
  /** What the next ingest builds on, without loading the documents (see CorpusPast). */
  past(): CorpusPast;
  /** The stories, in order, without reading the documents or the other results. */
  stories(): Story[];
  /**
   * Saves a batch in one transaction: all of it or nothing. Documents are kept without their tokens: no later
   * run reads them (claims and what reconciliation compares are kept instead), and they are most of a document's size.
   * (The SQLite store keeps claims, their keys and signatures in their own columns, once.) Nor are story terms
   * kept (the story stage takes them; only a document stopped before it still has them).
   */
  commit(batch: CommitBatch): void;
  /** Full-text search over claims and document texts (FTS5 syntax in SQLite; words in memory). */
  search(query: string, limit?: number): SearchHit[];
  /** A stored document by its id, as `load(options)` gives it, or null: one document without loading the store. */
  findDocument(id: string, options?: LoadOptions): Doc | null;
  /** A stored claim by its id or stable key, or null: what a review names is found without loading the store. */
  findClaim(idOrKey: string): Claim | null;
  /** A stored group by its id (the one `load()` gives it) or stable key, or null. */
  findGroup(idOrKey: string): Group | null;
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
