/**
 * The story stage: documents grouped by the event they report. Streaming: documents already in the kept state
 * stay where they are; new ones join a story or open one.
 */
import type { CorpusStage } from '../model/stage.ts';
import { addToStories, createStoryState, storiesOf, type StoryState } from './cluster-stories.ts';

export function storyStage(): CorpusStage {
  return {
    name: 'stories',
    needs: ['text', 'duplicateOf'],
    adds: ['stories'],
    runAll(corpus) {
      const state = (corpus.storyState as StoryState | null) ?? createStoryState();
      // addToStories leaves a document it has placed before where it is.
      addToStories(state, corpus.documents.map((d) => ({ id: d.id, text: d.text, title: d.title, published: d.published.value, duplicateOf: d.duplicateOf })));
      corpus.storyState = state;
      corpus.stories = storiesOf(state);
    },
  };
}
