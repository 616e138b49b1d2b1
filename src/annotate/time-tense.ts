/**
 * Past or future orientation of the words around a temporal expression, from the nearest tense cue in its
 * clause ("will", "expected", "set to" → future; "said", "was", -ed verbs → past).
 */
import { AUXILIARIES, ED_NOT_PAST, FUTURE_CUES, FUTURE_PARTICIPLES, PAST_CUES, TO_FUTURE_HEADS } from '../text/en/time-patterns.ts';
import type { Tense } from './time-candidate.ts';
import type { CueToken } from './time-cue-tokens.ts';

/**
 * The cue a word gives, if any.
 * @param w the word, lower case ("May" the month keeps its capital so as not to read as the modal)
 * @param prev the word before it (lower case, '' at the start)
 * @param before whether the word stands before the expression (-ed verbs count only there and right after it:
 *   further after it they are mostly participles, "markets untouched by")
 */
function cueOf(w: string, prev: string, before: boolean): Tense {
  // "is scheduled to", "was planned for": ahead; "had been scheduled" looks back (the auxiliary decides).
  if (FUTURE_PARTICIPLES.has(w) && AUXILIARIES.has(prev)) return prev === 'been' ? null : 'future';
  // "Protesters planned a demonstration on Saturday": the plan is for later.
  if (before && w === 'planned' && prev !== 'had') return 'future';
  if (w.endsWith("'ll") || w === "won't") return 'future';
  // "set to", "due to", "is to": a plan.
  if (w === 'to' && TO_FUTURE_HEADS.has(prev)) return 'future';
  if (FUTURE_CUES.has(w)) return 'future';
  // "will be held", "is paid": a participle after an auxiliary; the auxiliary carries the tense.
  if (PAST_CUES.has(w) && AUXILIARIES.has(prev) && !AUXILIARIES.has(w) && w !== 'did') return null;
  if (PAST_CUES.has(w)) return 'past';
  if (w === 'has' || w === "hasn't" || w === "didn't" || w === "wasn't" || w === "weren't") return 'past';
  // "will be named", "was completed": the auxiliary carries the tense, not the participle.
  if (before && w.length > 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w) && !AUXILIARIES.has(prev)) return 'past';
  return null;
}

/**
 * The orientation of an expression from the tokens around it: the cue of the nearest word that has one, looking
 * back at most `reach` words within the sentence (a semicolon, colon, bracket or quote also stops the look-back)
 * and ahead at most four words within the clause (up to a comma: in "July, officials said" the saying is not
 * in July); at equal distance the word before wins ("said Tuesday" governs Tuesday).
 * @param tokens the window's cue tokens
 * @param before index of the last token before the expression (-1 when none)
 * @param after index of the first token after the expression (tokens.length when none)
 * @param reach how many words to look back (default 25)
 * @example timeTense(timeCueTokens('He will arrive on Friday.', win), 3, 5) // 'future'
 */
export function timeTense(tokens: CueToken[], before: number, after: number, reach = 25): Tense {
  const left: string[] = [];
  for (let i = before; i >= 0 && left.length < reach; i--) {
    const t = tokens[i];
    if (t.kind === 'sentence' || t.kind === 'stop') break;
    if (t.kind === 'word') left.push(t.word);
  }
  const right: string[] = [];
  for (let i = after; i < tokens.length && right.length < 4; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    right.push(t.word);
  }
  // "effective Feb. 1", "until Tuesday": a word right before the expression that points ahead; but "Until
  // Thursday, they had not…" (sentence-initial) and "not until Tuesday" look back.
  if (left[0] === 'effective') return 'future';
  if ((left[0] === 'until' || left[0] === 'till') && left.length > 1 && left[1] !== 'not' && left[1] !== 'up') return 'future';
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const b = i < left.length ? cueOf(left[i], left[i + 1] ?? '', true) : null;
    if (b) return b;
    const a = i < right.length ? cueOf(right[i], i > 0 ? right[i - 1] : '', i <= 1) : null;
    if (a) return a;
  }
  return null;
}
