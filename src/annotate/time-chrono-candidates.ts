/**
 * Calendar dates and clock times read by chrono-node: "June 17, 2025", "17 June 2025", "Aug. 7", "2025-06-17",
 * "12/05/2021", "June 2024", "2:30 p.m.", "1998-02-13T14:26". Only chrono's explicit-date and clock parsers are
 * used (relative words, weekdays and ranges are ours, with TimeML conventions); chrono's certain components give
 * the granularity, and the year of a date without one is chosen by the publication day and the sentence tense.
 */
import type * as chrono from 'chrono-node';
import { chronoNode } from '../text/chrono.ts';
import type { Span } from '../model/report.ts';
import {
  CHRONO_PARSERS,
  CHRONO_REFINERS,
  CHRONO_TRIGGER_RE,
  CLOCK_MARK_RE,
  ISO_LIKE_RE,
  RANGE_CONNECTOR_RE,
  RANGE_DASH_RE,
  EXPLICIT_YEAR_RE,
  LEADING_PREPOSITION_RE,
  MONTH_WORD_RE,
  TRAILING_SHORT_NUMBER_RE,
} from '../text/en/time-patterns.ts';
import { formatDay, pad } from './time-calendar.ts';
import type { TimeCandidate } from './time-candidate.ts';
import { clockCandidate } from './time-clock-candidates.ts';
import { isMonthWord, monthNumber } from './time-month-word.ts';
import { monthDayYear } from './time-nearest.ts';

let parser: chrono.Chrono | null = null;

/** The chrono instance (built once). */
function chronoParser(): chrono.Chrono {
  if (!parser) {
    const { en, Chrono } = chronoNode();
    const base = en.casual.clone();
    parser = new Chrono({
      parsers: base.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name)),
      refiners: base.refiners.filter((r) => CHRONO_REFINERS.has(r.constructor.name)),
    });
  }
  return parser;
}

/**
 * chrono candidates in a window.
 * @param text the document text
 * @param win the window ([start, end) offsets into `text`)
 * @example timeChronoCandidates('on Aug. 7, 1998', {start: 0, end: 15}) // "Aug. 7, 1998" → 1998-08-07
 */
export function timeChronoCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  // chrono is the slow part: only windows with something its kept parsers can read go to it.
  if (!CHRONO_TRIGGER_RE.test(slice)) return out;
  const parse = (s: string): chrono.ParsedResult[] => {
    try {
      return chronoParser().parse(s, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
    } catch {
      return [];
    }
  };
  const results = parse(slice);
  // TimeML annotates the two ends of a range separately ("9 a.m. to 5 p.m."): the end is parsed on its own.
  const items: Array<{ index: number; text: string; start: chrono.ParsedComponents }> = [];
  for (const r of results) {
    const joint = !r.end ? null : RANGE_CONNECTOR_RE.exec(r.text) ?? (ISO_LIKE_RE.test(r.text) ? null : RANGE_DASH_RE.exec(r.text));
    if (!joint) {
      items.push({ index: r.index, text: r.text, start: r.start });
      continue;
    }
    items.push({ index: r.index, text: r.text.slice(0, joint.index), start: r.start });
    const restIndex = r.index + joint.index + joint[0].length;
    for (const e of parse(slice.slice(restIndex, r.index + r.text.length))) {
      if (!e.end) items.push({ index: restIndex + e.index, text: e.text, start: e.start });
    }
  }
  for (const r of items) {
    let start = win.start + r.index;
    let rtext = r.text;
    // Leading prepositions are outside TimeML extents.
    const lead = LEADING_PREPOSITION_RE.exec(rtext);
    if (lead) {
      start += lead[0].length;
      rtext = rtext.slice(lead[0].length);
    }
    // Trailing spaces and commas are outside the extent.
    let trim = rtext.length;
    while (trim > 0 && (rtext[trim - 1] === ',' || rtext[trim - 1] === ' ' || rtext[trim - 1] === '\n' || rtext[trim - 1] === '\t')) trim--;
    rtext = rtext.slice(0, trim);
    const c = r.start;
    const has = (k: chrono.Component) => c.isCertain(k);
    let year = has('year') ? c.get('year') : null;
    const month = has('month') ? c.get('month') : null;
    const day = has('day') ? c.get('day') : null;
    const hour = has('hour') ? c.get('hour') : null;
    const minute = has('minute') ? c.get('minute') ?? 0 : 0;
    // A two-digit "year" after a day is usually something else: "Nov. 6, 10 p.m.".
    if (year !== null && month !== null && !EXPLICIT_YEAR_RE.test(rtext)) {
      const cut = TRAILING_SHORT_NUMBER_RE.exec(rtext);
      if (!cut) continue;
      rtext = rtext.slice(0, cut.index);
      year = null;
    }
    const monthWord = MONTH_WORD_RE.exec(rtext);
    if (monthWord) {
      const ms = start + monthWord.index;
      if (!isMonthWord(text, ms, ms + monthWord[0].length, day !== null || year !== null)) continue;
      if (monthNumber(monthWord[0]) !== month) continue;
    } else if (month !== null && (year === null || day === null)) continue; // "1/2" is a fraction
    const end = start + rtext.length;
    if (end <= start) continue;
    const clock = hour !== null ? `T${pad(hour, 2)}:${pad(minute, 2)}` : null;
    if (month === null) {
      // A clock time alone: needs a colon, a.m./p.m. (chrono reads "at 5" too).
      if (clock && CLOCK_MARK_RE.test(rtext)) out.push(clockCandidate(start, end, clock, null, 'chrono-clock'));
      continue;
    }
    if (day === null) {
      if (year === null) continue; // a bare month is the month pass's
      out.push({ start, end, priority: 3, role: 'point', source: 'chrono-month', resolve: () => ({ type: 'DATE', value: `${pad(year!, 4)}-${pad(month, 2)}` }) });
      continue;
    }
    const y = year;
    out.push({
      start, end, priority: 3, role: clock ? 'point' : 'day', source: 'chrono-date',
      resolve: (ctx, self) => {
        const yy = y ?? (ctx.dct ? monthDayYear(ctx.dct, month, day, ctx.tense(self.start, self.end)) : null);
        const date = yy === null ? `XXXX-${pad(month, 2)}-${pad(day, 2)}` : formatDay({ y: yy, m: month, d: day });
        return clock ? { type: 'TIME', value: date + clock } : { type: 'DATE', value: date };
      },
    });
  }
  return out;
}
