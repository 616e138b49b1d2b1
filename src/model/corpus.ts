/**
 * What a run holds besides its documents: the corpus-level results that cross documents (the entity table,
 * reconciled groups, contradictions, the timeline, stories). Plain JSON, like the documents.
 */
import type { Doc } from './doc.ts';
import type { Contradiction, Entity, Group, Story, TimelineEntry } from './report.ts';

export interface Corpus {
  documents: Doc[];
  entities: Entity[];
  groups: Group[];
  contradictions: Contradiction[];
  timeline: TimelineEntry[];
  stories: Story[];
  /** The story clustering's incremental state (plain JSON), kept by the store between ingests. */
  storyState: unknown;
}

/** An empty corpus over `documents`. */
export function createCorpus(documents: Doc[]): Corpus {
  return { documents, entities: [], groups: [], contradictions: [], timeline: [], stories: [], storyState: null };
}
