/**
 * Month words: their number, and whether a capitalised "May" or "March" is the month at all.
 */
import {
  CAPITALISED_RE,
  MARCH_NOT_MONTH_NEXT,
  MAY_MODAL_NEXT,
  MONTH_NUMBERS,
  MONTH_PREPOSITIONS,
  NEXT_WORD_RE,
  PREV_WORD_RE,
  SENTENCE_START_BEFORE_RE,
  TRAILING_DOT_RE,
} from '../text/en/time-patterns.ts';

/**
 * The month number of a month word, or 0.
 * @example monthNumber('Sept.') // 9
 */
export function monthNumber(word: string): number {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(TRAILING_DOT_RE, '')) ?? 0;
}

/**
 * Whether the month word at [start, end) reads as the month: capitalised, and not "May" the modal ("May I…",
 * "May be") or "March" the verb ("March on Washington"), unless a preposition or a day/year makes it a date.
 * Abbreviations alone ("Jan", "Dec.") are names or noise without a day or a year.
 * @param text the document text
 * @param hasMore whether a day, year or relation word comes with it ("May 5", "last May")
 * @example isMonthWord('May I ask?', 0, 3, false) // false
 */
export function isMonthWord(text: string, start: number, end: number, hasMore: boolean): boolean {
  const word = text.slice(start, end);
  if (!CAPITALISED_RE.test(word)) return false;
  const lower = word.toLowerCase().replace(TRAILING_DOT_RE, '');
  if (hasMore) return true;
  const next = NEXT_WORD_RE.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
  const prev = PREV_WORD_RE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
  const prepBefore = MONTH_PREPOSITIONS.has(prev);
  if (lower === 'may') {
    if (MAY_MODAL_NEXT.has(next) && !prepBefore) return false;
    // "May" at the start of a sentence without a preposition is usually the modal.
    if (!prepBefore && SENTENCE_START_BEFORE_RE.test(text.slice(Math.max(0, start - 3), start))) return false;
  }
  if (lower === 'march' && MARCH_NOT_MONTH_NEXT.has(next) && !prepBefore) return false;
  // Abbreviations alone ("Jan", "Dec.") are names or noise without a day or a year.
  if (lower.length <= 4 && lower !== 'may' && lower !== 'june' && lower !== 'july') return false;
  return true;
}
