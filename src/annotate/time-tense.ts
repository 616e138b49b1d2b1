/**
 * Past or future orientation of the words around a temporal expression, from the nearest tense cue in its
 * sentence ("will", "expected", "set to" → future; "said", "was", -ed verbs → past).
 */
import { AUXILIARIES, CUE_WORD_RE, ED_NOT_PAST, FUTURE_CUES, FUTURE_PARTICIPLES, PAST_CUES, TO_FUTURE_HEADS } from '../text/en/time-patterns.ts';
import type { Tense } from './time-candidate.ts';

/**
 * The cue a word gives, if any.
 * @param w the word, lower case
 * @param prev the word before it (lower case, '' at the start)
 * @param before whether the word stands before the expression (-ed verbs count only there: after it they are
 *   mostly participles, "markets untouched by")
 */
function cueOf(w: string, prev: string, before: boolean): Tense {
  if (FUTURE_PARTICIPLES.has(w) && AUXILIARIES.has(prev)) return 'future';
  // "Protesters planned a demonstration on Saturday": the plan is for later.
  if (before && w === 'planned' && prev !== 'had') return 'future';
  if (w.endsWith("'ll") || w === "won't") return 'future';
  // "set to", "due to", "is to": a plan.
  if (w === 'to' && TO_FUTURE_HEADS.has(prev)) return 'future';
  if (FUTURE_CUES.has(w)) return 'future';
  if (PAST_CUES.has(w)) return 'past';
  if (w === 'has' || w === "hasn't" || w === "didn't" || w === "wasn't" || w === "weren't") return 'past';
  // "will be named", "was completed": the auxiliary carries the tense, not the participle.
  if (before && w.length > 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w) && !AUXILIARIES.has(prev)) return 'past';
  return null;
}

/**
 * The orientation of [start, end) within its sentence [sentStart, sentEnd): the cue of the nearest word that has
 * one (words of the expression itself are skipped), looking at most `reach` words each way; at equal distance
 * the word before wins ("said Tuesday" governs Tuesday more often than a verb after it).
 * @param text the document text
 * @param sentStart start of the sentence
 * @param sentEnd end of the sentence
 * @param start start of the expression
 * @param end end of the expression
 * @param reach how many words to look at on each side (default 25)
 * @example timeTense('He will arrive on Friday.', 0, 25, 17, 23) // 'future'
 */
export function timeTense(text: string, sentStart: number, sentEnd: number, start: number, end: number, reach = 25): Tense {
  const from = Math.max(sentStart, start - 400);
  const beforeWords = [...text.slice(from, start).matchAll(CUE_WORD_RE)].map((m) => m[0].toLowerCase());
  const afterWords = [...text.slice(end, Math.min(sentEnd, end + 400)).matchAll(CUE_WORD_RE)].map((m) => m[0].toLowerCase());
  // "effective Feb. 1", "until Tuesday": a word right before the expression that points ahead; but "Until
  // Thursday, they had not…" and "not until Tuesday" look back.
  const last = beforeWords[beforeWords.length - 1] ?? '';
  if (last === 'effective') return 'future';
  if (last === 'until' || last === 'till') {
    const prev = beforeWords[beforeWords.length - 2] ?? '';
    if (beforeWords.length > 1 && prev !== 'not' && prev !== 'up') return 'future';
  }
  for (let i = 0; i < reach; i++) {
    const bi = beforeWords.length - 1 - i;
    const b = bi >= 0 ? cueOf(beforeWords[bi], beforeWords[bi - 1] ?? '', true) : null;
    if (b) return b;
    // After the expression only the next few words count, and a -ed verb only right after it ("Thursday
    // condemned"); further on they belong to other clauses.
    const a = i < afterWords.length && i < 4 ? cueOf(afterWords[i], i > 0 ? afterWords[i - 1] : '', i <= 1) : null;
    if (a) return a;
    if (bi < 0 && i >= afterWords.length) break;
  }
  return null;
}
