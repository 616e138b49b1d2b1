/**
 * The sentence stage: sentence spans and tokens (POS, lemma) of the cleaned text, block by block (a sentence
 * never spans two blocks).
 */
import type { DocStage } from '../model/stage.ts';
import { tokenize } from '../text/nlp.ts';

export function sentenceStage(): DocStage {
  return {
    name: 'sentences',
    needs: ['text', 'blocks'],
    adds: ['sentences', 'tokens'],
    run(doc) {
      doc.sentences = [];
      doc.tokens = [];
      for (const b of doc.blocks) {
        const piece = doc.text.slice(b.span.start, b.span.end);
        const at = b.span.start;
        const { tokens, sentences } = tokenize(piece);
        for (const s of sentences) doc.sentences.push({ start: s.start + at, end: s.end + at });
        for (const t of tokens) doc.tokens.push({ text: t.text, span: { start: t.span.start + at, end: t.span.end + at }, pos: t.pos, lemma: t.lemma });
      }
    },
  };
}
