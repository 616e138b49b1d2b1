/**
 * The shape of a pipeline stage: a small object that says what it needs on the document and what it adds,
 * and runs on one document (`run`) or on all documents of a run together (`runAll`, for cross-document work
 * such as near-duplicates, stories and reconciliation).
 */
import type { Corpus } from './corpus.ts';
import type { Doc } from './doc.ts';

/** What every stage may read besides the document. The core does no I/O and never reads the clock itself. */
export interface Context {
  /** The moment of the run: publication dates after it are rejected as impossible. */
  now: Date;
}

export interface DocStage {
  name: string;
  /** Document fields that earlier stages must have added. */
  needs: string[];
  /** Document fields this stage adds. */
  adds: string[];
  run(doc: Doc, ctx: Context): void;
}

export interface CorpusStage {
  name: string;
  needs: string[];
  adds: string[];
  /** Runs over the corpus; documents that failed fatally are already left out of `corpus.documents`. */
  runAll(corpus: Corpus, ctx: Context): void;
}

export type Stage = DocStage | CorpusStage;

export const isCorpusStage = (s: Stage): s is CorpusStage => 'runAll' in s;
