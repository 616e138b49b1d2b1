/**
 * The story stage: documents grouped by the event they report. Streaming: documents already in the kept state
 * stay where they are; new ones join a story or open one.
 */
import type { Doc } from '../model/doc.ts';
import type { CorpusStage, DocStage } from '../model/stage.ts';
import { addToStories, createStoryState, storiesOf, type StoryInput, type StoryState } from './cluster-stories.ts';
import { storyFeatures } from './story-features.ts';

/** Each document's story terms: per document, so they are found in the worker threads. */
export function storyTermsStage(): DocStage {
  return {
    name: 'story-terms',
    needs: ['text', 'published'],
    adds: ['storyTerms'],
    run(doc) {
      const f = storyFeatures(doc.text, doc.published.value);
      doc.storyTerms = { terms: [...f.keys()].join('\n'), weights: Float64Array.from(f.values()) };
    },
  };
}

/** Terms and weights as pairs. */
function termsOf(t: Doc['storyTerms']): Array<[string, number]> | undefined {
  if (!t) return undefined;
  const terms = t.terms ? t.terms.split('\n') : [];
  return terms.map((term, i) => [term, t.weights[i]]);
}

/** What story clustering reads of a document, its terms still packed (as they cross threads). */
export interface PackedStoryInput extends Omit<StoryInput, 'terms'> {
  storyTerms: Doc['storyTerms'];
}

/** What story clustering reads of each document. The documents' story terms are taken off them (they are not stored). */
export function takeStoryInputs(docs: Doc[]): PackedStoryInput[] {
  const inputs = docs.map((d) => ({ id: d.id, text: d.text, title: d.title, published: d.published.value, duplicateOf: d.duplicateOf, storyTerms: d.storyTerms }));
  for (const d of docs) delete d.storyTerms;
  return inputs;
}

/** The inputs of addToStories, terms unpacked. */
export function storyInputs(packed: PackedStoryInput[]): StoryInput[] {
  return packed.map(({ storyTerms, ...d }) => ({ ...d, terms: termsOf(storyTerms) }));
}

export function storyStage(): CorpusStage {
  return {
    name: 'stories',
    needs: ['text', 'duplicateOf'],
    adds: ['stories'],
    runAll(corpus) {
      const state = (corpus.storyState as StoryState | null) ?? createStoryState();
      // addToStories leaves a document it has placed before where it is.
      addToStories(state, storyInputs(takeStoryInputs(corpus.documents)));
      corpus.storyState = state;
      corpus.stories = storiesOf(state);
    },
  };
}
