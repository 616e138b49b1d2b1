/** The sentence stage: sentence spans of the cleaned text, block by block (a sentence never spans two blocks). */
import type { DocStage } from '../model/stage.ts';
import { tokenize } from '../text/nlp.ts';

export function sentenceStage(): DocStage {
  return {
    name: 'sentences',
    needs: ['text', 'blocks'],
    adds: ['sentences'],
    run(doc) {
      doc.sentences = [];
      for (const b of doc.blocks) {
        const piece = doc.text.slice(b.span.start, b.span.end);
        for (const s of tokenize(piece).sentences) doc.sentences.push({ start: s.start + b.span.start, end: s.end + b.span.start });
      }
    },
  };
}
