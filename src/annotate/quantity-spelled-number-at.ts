/**
 * Spelled-out numbers: "four", "twenty-five", "one hundred and fifty", "three thousand", "a dozen", "half a
 * million", "one and a half", "two-thirds", "a third of", and "a"/"an" before a period ("about a month").
 */
import { FRACTION_WORDS, NUMBER_WORDS, SCALE_WORDS, TIME_UNITS } from '../text/en/quantity-patterns.ts';
import { isLetter } from './quantity-chars.ts';

/** A spelled-out number read at a position. */
export interface SpelledNumber {
  value: number;
  /** End of the last word that belongs to the number. */
  end: number;
  /** The first word, lower case ("one", "a", "half"). */
  first: string;
  /** Starts with "a"/"an" standing for one ("a dozen", "a third"). */
  article: boolean;
  /** "a"/"an" before a unit of time ("a month"): a count only after a hedge ("about a month"). */
  period: boolean;
  /** A fraction ("two-thirds", "half of"). */
  fraction: boolean;
}

interface Part { w: string; start: number; end: number; hyphen: boolean }

/** Longest part read: longer letter runs are no number words. */
const MAX_PART = 20;

/** The letters at `i` (one part of a hyphenated word), or null. */
function partAt(text: string, i: number, hyphen: boolean): Part | null {
  if (!isLetter(text[i]) || isLetter(text[i - 1])) return null;
  let j = i;
  while (j < text.length && j - i <= MAX_PART && isLetter(text[j])) j++;
  if (j - i > MAX_PART) return null;
  return { w: text.slice(i, j).toLowerCase(), start: i, end: j, hyphen };
}

/** The part after the one ending at `end`: across one hyphen, or across spaces (at most three). */
function nextPart(text: string, end: number): Part | null {
  if (text[end] === '-') return partAt(text, end + 1, true);
  let i = end;
  while (i < text.length && i - end < 3 && (text[i] === ' ' || text[i] === '\t')) i++;
  return i > end ? partAt(text, i, false) : null;
}

const SCALE_ABOVE_HUNDRED = new Set(['thousand', 'million', 'billion', 'trillion']);

/**
 * The spelled-out number starting at `pos`, or null when the words there are no number.
 *
 * @example spelledNumberAt('twenty-five troops', 0) // { value: 25, end: 11, first: 'twenty', ... }
 * @example spelledNumberAt('half a dozen', 0)?.value // 6
 */
export function spelledNumberAt(text: string, pos: number): SpelledNumber | null {
  const head = partAt(text, pos, false);
  if (!head) return null;
  if (head.w === 'half') return halfAt(text, head);

  let total = 0;
  let group = 0;
  let have = false;
  let article = false;
  let last: 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and' = 'none';
  let end = head.start;
  let part: Part | null = head;

  if (head.w === 'a' || head.w === 'an') {
    const next = nextPart(text, head.end);
    if (!next || next.hyphen) return null;
    if (TIME_UNITS.has(next.w)) return result(head, 1, head.end, { article: true, period: true });
    if (!(next.w in SCALE_WORDS) && !(next.w in FRACTION_WORDS)) return null;
    article = true;
    group = 1;
    end = head.end;
    part = next;
  }

  while (part) {
    const w = part.w;
    if (w in NUMBER_WORDS) {
      const v = NUMBER_WORDS[w];
      if (last === 'ten' && v > 0 && v < 10) { group += v; last = 'unit'; }
      else if (last === 'none' && !article || last === 'scale' || last === 'hundred' || last === 'and') {
        // "one two three" is a list, not a number: a word number only follows a scale or a ten.
        group += v;
        last = v >= 20 ? 'ten' : v >= 10 ? 'teen' : 'unit';
      } else break;
      have = true;
      end = part.end;
    } else if (w === 'hundred') {
      if (!have && !article) break;
      if (last === 'hundred' || (group >= 100)) break;
      group = (group || 1) * 100;
      last = 'hundred';
      end = part.end;
      have = true;
    } else if (SCALE_ABOVE_HUNDRED.has(w)) {
      if (!have && !article) break;
      total += (group || 1) * SCALE_WORDS[w];
      group = 0;
      last = 'scale';
      end = part.end;
      have = true;
    } else if (w === 'dozen') {
      if (!have && !article) break;
      group = (group || 1) * 12;
      last = 'scale';
      end = part.end;
      have = true;
    } else if (w === 'and') {
      const next = nextPart(text, part.end);
      if (next && next.w === 'a' && (last === 'unit' || last === 'teen' || last === 'ten')) {
        const half = nextPart(text, next.end);
        if (half && half.w === 'half' && half.hyphen === next.hyphen) {
          // "one and a half", "two and a half million"
          group += 0.5;
          end = half.end;
          last = 'unit';
          part = nextPart(text, half.end);
          if (part && (SCALE_ABOVE_HUNDRED.has(part.w) || part.w === 'dozen')) continue;
          break;
        }
      }
      if (!next || !(next.w in NUMBER_WORDS) || (last !== 'hundred' && last !== 'scale')) break;
      last = 'and';
    } else if (w in FRACTION_WORDS) {
      // "two-thirds", "three quarters", "a third of", "one fifth of"
      const numerator = article ? 1 : group;
      if (total !== 0 || numerator < 1 || numerator > 10 || (last !== 'unit' && last !== 'teen' && last !== 'none')) break;
      const plural = w.endsWith('s');
      if (plural ? numerator < 2 : numerator !== 1) break;
      if (numerator === 1 && w !== 'half' && nextPart(text, part.end)?.w !== 'of') break;
      return result(head, numerator / FRACTION_WORDS[w], part.end, { article, fraction: true });
    } else break;
    part = nextPart(text, part.end);
  }
  if (!have) return null;
  return result(head, total + group, end, { article });
}

function result(head: Part, value: number, end: number, extra: Partial<SpelledNumber> = {}): SpelledNumber {
  return { value, end, first: head.w, article: false, period: false, fraction: false, ...extra };
}

/** "half": 0.5 before "of" or "a"/"an" + noun; "half a dozen" 6, "half a million" 500,000. */
function halfAt(text: string, head: Part): SpelledNumber | null {
  const next = nextPart(text, head.end);
  if (!next || next.hyphen) return null;
  if (next.w === 'of') return result(head, 0.5, head.end, { fraction: true });
  if (next.w !== 'a' && next.w !== 'an') return null;
  const noun = nextPart(text, next.end);
  if (!noun || noun.hyphen) return null;
  if (noun.w in SCALE_WORDS) return result(head, 0.5 * SCALE_WORDS[noun.w], noun.end);
  // "half an hour": the number ends after the article, so that the unit reader finds "hour".
  return result(head, 0.5, next.end, { fraction: true });
}
