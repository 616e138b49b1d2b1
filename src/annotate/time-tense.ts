/**
 * Past or future orientation of the words around a temporal expression, from the nearest tense cue in its
 * sentence ("will", "expected", "until" → future; "said", "was", -ed verbs → past).
 */
import { CUE_WORD_RE, ED_NOT_PAST, FUTURE_CUES, PAST_CUES } from '../text/en/time-patterns.ts';
import type { Tense } from './time-candidate.ts';

/** The cue a single word gives, if any. */
function cueOf(word: string): Tense {
  const w = word.toLowerCase();
  if (w.endsWith("'ll") || w === "won't") return 'future';
  if (FUTURE_CUES.has(w)) return 'future';
  if (PAST_CUES.has(w)) return 'past';
  if (w === 'has' || w === "hasn't" || w === "didn't" || w === "wasn't" || w === "weren't") return 'past';
  if (w.length > 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w)) return 'past';
  return null;
}

/**
 * The orientation of [start, end) within its sentence [sentStart, sentEnd): the cue of the nearest word that has
 * one (words of the expression itself are skipped), looking at most `reach` words each way.
 * @param text the document text
 * @param sentStart start of the sentence
 * @param sentEnd end of the sentence
 * @param start start of the expression
 * @param end end of the expression
 * @param reach how many words to look at on each side (default 25)
 * @example timeTense('He will arrive on Friday.', 0, 25, 17, 23) // 'future'
 */
export function timeTense(text: string, sentStart: number, sentEnd: number, start: number, end: number, reach = 25): Tense {
  const before = [...text.slice(Math.max(sentStart, start - 400), start).matchAll(CUE_WORD_RE)].map((m) => m[0]).reverse();
  const after = [...text.slice(end, Math.min(sentEnd, end + 400)).matchAll(CUE_WORD_RE)].map((m) => m[0]);
  for (let i = 0; i < reach; i++) {
    // The word before is checked first: "said Tuesday" governs Tuesday more often than a verb after it.
    const b = i < before.length ? cueOf(before[i]) : null;
    if (b) return b;
    const a = i < after.length ? cueOf(after[i]) : null;
    if (a) return a;
    if (i >= before.length && i >= after.length) break;
  }
  return null;
}
