/**
 * Recurring times (TIMEX3 SET): "daily", "every week", "each year", "annually", "twice a month", "$5 billion a
 * year", "weekends".
 */
import { allMatches } from '../text/all-matches.ts';
import { mentionsAny } from '../text/mentions-any.ts';
import type { Span } from '../model/report.ts';
import {
  DAY_PART_CODES,
  OTHER_WORDS,
  PLURAL_DAY_KEYS,
  SEASON_CODES,
  SET_ADVERB_RE,
  SET_ADVERB_VALUES,
  SET_EVERY_RE,
  SET_PER_RE,
  SET_PLURAL_DAY_RE,
} from '../text/en/time-patterns.ts';
import type { TimeCandidate } from './time-candidate.ts';
import { timeDurationValue } from './time-duration-value.ts';
import { timeNumber } from './time-number.ts';

/**
 * SET candidates in a window.
 * @param text the document text
 * @param win the window ([start, end) offsets into `text`)
 * @example timeSetCandidates('It is published weekly.', {start: 0, end: 23}) // "weekly" → P1W
 */
export function timeSetCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  const lower = slice.toLowerCase();
  // A costly pattern runs only over a window that holds one of the words all its matches contain.
  const scan = (re: RegExp, keys: readonly string[]) => (mentionsAny(lower, keys) ? allMatches(re, slice) : []);
  const at = (m: RegExpMatchArray) => win.start + (m.index ?? 0);
  const set = (start: number, end: number, value: string, priority: number, source: string): TimeCandidate => ({
    start, end, priority, role: 'other', source, resolve: () => ({ type: 'SET', value }),
  });

  for (const m of allMatches(SET_ADVERB_RE, slice)) {
    const value = SET_ADVERB_VALUES.get(m[0].toLowerCase());
    if (value) out.push(set(at(m), at(m) + m[0].length, value, 3, 'set-adverb'));
  }

  for (const m of allMatches(SET_EVERY_RE, slice)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const unit = g.unit.toLowerCase();
    const dp = DAY_PART_CODES.get(unit);
    const season = SEASON_CODES.get(unit);
    if (dp) {
      out.push(set(start, end, `XXXX-XX-XXT${dp}`, 3, 'set-every'));
      continue;
    }
    if (season) {
      out.push(set(start, end, `XXXX-${season}`, 3, 'set-every'));
      continue;
    }
    // "each of", "every one": the quantifier must govern the unit directly.
    let n = g.n ? timeNumber(g.n) : 1;
    if (g.other && OTHER_WORDS.has(g.other.toLowerCase())) n = (n ?? 1) * 2;
    const value = timeDurationValue(n, unit);
    if (value && !value.includes('X')) out.push(set(start, end, value, 3, 'set-every'));
  }

  for (const m of allMatches(SET_PER_RE, slice)) {
    const start = at(m);
    const value = timeDurationValue(1, m.groups?.unit ?? '');
    if (value) out.push(set(start, start + m[0].length, value, 5, 'set-per'));
  }

  for (const m of scan(SET_PLURAL_DAY_RE, PLURAL_DAY_KEYS)) {
    const g = m.groups ?? {};
    if (g.wd.toLowerCase() !== 'weekend') continue; // plural weekdays are the weekday pass's
    const start = at(m);
    const dp = g.dp ? DAY_PART_CODES.get(g.dp.toLowerCase()) : undefined;
    out.push(set(start, start + m[0].length, `XXXX-WXX-WE${dp ? `T${dp}` : ''}`, 3, 'set-weekends'));
  }
  return out;
}
