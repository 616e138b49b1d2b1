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
      // One pass over the whole text (later stages reuse it), then sentences cut at block edges.
      const { tokens, sentences } = tokenize(doc.text);
      // The tokenizer's own objects (nothing changes a token; `tokenize` keeps the array, so the document gets a copy of it).
      doc.tokens = tokens.slice();
      doc.sentences = [];
      let b = 0;
      for (const s of sentences) {
        let start = s.start;
        while (start < s.end) {
          while (b < doc.blocks.length && doc.blocks[b].span.end <= start) b++;
          const block = doc.blocks[b];
          if (!block) {
            doc.sentences.push({ start, end: s.end });
            break;
          }
          const from = Math.max(start, block.span.start);
          const to = Math.min(s.end, block.span.end);
          if (to > from) doc.sentences.push(trim(doc.text, from, to));
          start = block.span.end;
        }
      }
      doc.sentences = mergeSentenceTails(doc.text, doc.sentences.filter((x) => x.end > x.start));
    },
  };
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A piece that is only initials, the end of an acronym the splitter cut ("the A.F.L.-C." | "I.O."). */
const INITIALS_ONLY = /^(?:\p{Lu}\.){1,4}$/u;

/**
 * "“… A pathetic figure!” he wrote." is one sentence: a piece that starts in lower case right after a closing
 * quotation mark continues the sentence before it (the splitter cuts at the "!” "). So does a piece that starts with
 * a comma, a semicolon or a closing bracket, which no sentence does ("Rep. Elijah Cummings (D-Md.), chair of …",
 * cut after the abbreviation), and one that is only initials.
 */
function mergeSentenceTails(text: string, sentences: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  /** Whether the piece `s` goes on with the sentence `prev` the splitter ended before it. */
  const continues = (prev: { start: number; end: number }, s: { start: number; end: number }): boolean =>
    /[,;)\]]/.test(text[s.start] ?? '') || INITIALS_ONLY.test(text.slice(s.start, s.end))
    || (/[”"’]$/.test(text.slice(prev.start, prev.end)) && /^\p{Ll}/u.test(text[s.start] ?? ''));
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, s) && !text.slice(prev.end, s.start).includes('\n')) {
      prev.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}
