/**
 * The resolution context of one document: publication day, sentence tense and what was mentioned before.
 */
import { ABBREVIATIONS } from '../text/en/time-patterns.ts';
import type { CalendarDay } from './time-calendar.ts';
import type { TimeContext } from './time-candidate.ts';
import { timeTense } from './time-tense.ts';

/** Whether a sentence ends at `i` (a . ! ? followed by space and a capital, quote or digit; not an abbreviation). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text.slice(i + 1, i + 4);
  if (!/^["'”’)]?\s+["'“‘(]?[A-Z0-9]/.test(next + text.slice(i + 4, i + 6))) return false;
  if (c === '.') {
    const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i));
    if (word && (ABBREVIATIONS.has(word[1].toLowerCase()) || /^[A-Z]$/.test(word[1]))) return false;
  }
  return true;
}

/**
 * The sentence around [start, end): scans at most 400 characters each way for a sentence end.
 * @example sentenceAround('A b. He left Friday. C', 14, 20) // {start: 5, end: 20}
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const sMin = Math.max(0, start - 400);
  while (s > sMin && !endsSentence(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + 400);
  while (e < eMax && !endsSentence(text, e)) e++;
  return { start: s, end: e };
}

/**
 * A fresh context for one document.
 * @param text the document text
 * @param dct the publication day, or null
 * @example createTimeContext('He left Friday.', {y: 1998, m: 2, d: 13})
 */
export function createTimeContext(text: string, dct: CalendarDay | null): TimeContext {
  return {
    text,
    dct,
    tense(start, end) {
      const sent = sentenceAround(text, start, end);
      return timeTense(text, sent.start, sent.end, start, end);
    },
    quarter: null,
    year: null,
    day: null,
  };
}
