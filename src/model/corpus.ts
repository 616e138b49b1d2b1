/**
 * What a run holds besides its documents: the corpus-level results that cross documents (the entity table,
 * reconciled groups, contradictions, the timeline, stories). Plain JSON, like the documents.
 */
import type { ClaimKeys, Doc } from './doc.ts';
import type { Claim, Contradiction, Entity, Group, Story, TimelineEntry } from './report.ts';

/** A document of an earlier run: as much of it as the corpus stages read. */
export interface PastDocument {
  id: string;
  published: string | null;
  duplicateOf: string | null;
  outlet: string | null;
  /** Its MinHash signature (null for a document stored before signatures were kept); a typed array from SQLite. */
  minhash: ArrayLike<number> | null;
}

/** A claim of an earlier run with what reconciliation compares of it, and what it reads of its document. */
export interface PastClaim {
  claim: Claim;
  keys: ClaimKeys;
  doc: Pick<PastDocument, 'published' | 'duplicateOf' | 'outlet'>;
}

/** The clusters of some reconciliation blocks, as far as grouping new claims needs them. */
export interface PastClusters {
  /** Each cluster's first members (those of rank below the limit asked for), in the order they were stored. */
  claims: PastClaim[];
  /** The number of claims of every cluster of the blocks, by the cluster's first claim. */
  sizes: Map<string, number>;
}

/**
 * What earlier runs left, as a store gives it to the next run. The corpus stages add the run's documents to it
 * without reading or changing the earlier documents: their ids, links, claims and duplicates stay as they are,
 * and only the claims of the reconciliation blocks the run touches are read back.
 */
export interface CorpusPast {
  documents: PastDocument[];
  /** The highest claim number used (claims are c1, c2, …): the run's claims continue after it. */
  lastClaim: number;
  /**
   * The clusters of these reconciliation blocks: the first `first` claims of each, and their sizes. The claims are
   * read-only: a store may keep them and give them again.
   */
  clustersIn(blocks: string[], first: number): PastClusters;
  /** Every stored claim of these clusters (named by their first claims), in the order they were stored. */
  claimsOfClusters(heads: string[]): PastClaim[];
  /**
   * The corpus results as the last run left them, given to the run: it adds to them (replacing arrays, changing
   * some objects in place), so a store never gives the same objects twice. Groups, contradictions, timeline
   * entries and reconciliation's per-group states are never changed in place (but for group ids, given by
   * order): a run keeps one by keeping its object, and a store may write only the objects that are new.
   */
  results: CorpusResults;
  /**
   * What corpus stages derived from the stored documents, by stage name, kept by the store for its next run in
   * this process (the near-duplicate index of their signatures). The store gives the same map while its
   * documents change only by the runs it commits (appended after the others), and a new, empty one otherwise.
   */
  memo: Map<string, unknown>;
}

export interface Corpus {
  /** The documents of this run (in a run over a store, only the new ones: earlier ones are in `past`). */
  documents: Doc[];
  /** What earlier runs left, or null for a run on its own. */
  past?: CorpusPast | null;
  entities: Entity[];
  groups: Group[];
  contradictions: Contradiction[];
  timeline: TimelineEntry[];
  stories: Story[];
  /** The story clustering's incremental state (plain JSON), kept by the store between ingests. */
  storyState: unknown;
  /** Reconciliation's incremental state: what each large group keeps to take new claims (plain JSON), by group. */
  reconcileState: { groups: Record<string, unknown> } | null;
}

/** The corpus-level results of a run. */
export type CorpusResults = Omit<Corpus, 'documents' | 'past'>;

/** The corpus-level results of a corpus, as a store commits them. */
export function resultsOf(c: CorpusResults): CorpusResults {
  return { entities: c.entities, groups: c.groups, contradictions: c.contradictions, timeline: c.timeline, stories: c.stories, storyState: c.storyState, reconcileState: c.reconcileState };
}

/** An empty corpus over `documents`. */
export function createCorpus(documents: Doc[]): Corpus {
  return { documents, past: null, entities: [], groups: [], contradictions: [], timeline: [], stories: [], storyState: null, reconcileState: null };
}
