/**
 * Month words: their number, and whether a capitalised "May" or "March" is the month at all.
 */
import { MARCH_NOT_MONTH_NEXT, MAY_MODAL_NEXT, MONTH_NUMBERS } from '../text/en/time-patterns.ts';

/**
 * The month number of a month word, or 0.
 * @example monthNumber('Sept.') // 9
 */
export function monthNumber(word: string): number {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
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
  if (!/^[A-Z]/.test(word)) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (hasMore) return true;
  const next = /^\s*([A-Za-z']+)/.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
  const prev = /([A-Za-z']+)\W*$/.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
  const prepBefore = /^(in|since|until|till|by|of|last|this|next|early|late|mid|from|through|before|after|during|on|to|and|or|between|around|about|for)$/.test(prev);
  if (lower === 'may') {
    if (MAY_MODAL_NEXT.has(next) && !prepBefore) return false;
    // "May" at the start of a sentence without a preposition is usually the modal.
    if (!prepBefore && /(^|[.!?"“]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  }
  if (lower === 'march' && MARCH_NOT_MONTH_NEXT.has(next) && !prepBefore) return false;
  // Abbreviations alone ("Jan", "Dec.") are names or noise without a day or a year.
  if (lower.length <= 4 && lower !== 'may' && lower !== 'june' && lower !== 'july') return false;
  return true;
}
