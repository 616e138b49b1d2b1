/**
 * The calendar interval a TIMEX3 DATE/TIME value denotes.
 */
import {
  VALUE_CENTURY_RE,
  VALUE_DAY_RE,
  VALUE_DECADE_RE,
  VALUE_HALF_RE,
  VALUE_MONTH_RE,
  VALUE_QUARTER_RE,
  VALUE_SEASON_RE,
  VALUE_WEEK_RE,
  VALUE_YEAR_RE,
} from '../text/en/time-patterns.ts';
import type { ClaimTime } from '../model/report.ts';
import { addDays, daysInMonth, formatDay, mondayOfWeek, pad } from './time-calendar.ts';

interface Bounds {
  start: string;
  end: string;
}

const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

function monthSpan(y: number, m1: number, y2: number, m2: number): Bounds {
  return { start: `${pad(y, 4)}-${pad(m1, 2)}-01`, end: `${pad(y2, 4)}-${pad(m2, 2)}-${pad(daysInMonth(y2, m2), 2)}` };
}

/** The bounds of one value (no range), or null for patterns (X), references and durations. */
function bounds(value: string): Bounds | null {
  let m: RegExpExecArray | null;
  if ((m = VALUE_DAY_RE.exec(value))) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day };
  }
  if ((m = VALUE_MONTH_RE.exec(value))) return monthSpan(+m[1], +m[2], +m[1], +m[2]);
  if ((m = VALUE_YEAR_RE.exec(value))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = VALUE_DECADE_RE.exec(value))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  if ((m = VALUE_CENTURY_RE.exec(value))) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  if ((m = VALUE_QUARTER_RE.exec(value))) {
    const q = +m[2];
    return monthSpan(+m[1], q * 3 - 2, +m[1], q * 3);
  }
  if ((m = VALUE_HALF_RE.exec(value))) return m[2] === '1' ? monthSpan(+m[1], 1, +m[1], 6) : monthSpan(+m[1], 7, +m[1], 12);
  if ((m = VALUE_SEASON_RE.exec(value))) {
    const [a, b] = SEASONS[m[2]];
    // Winter runs from December into the next year.
    return monthSpan(+m[1], a, b < a ? +m[1] + 1 : +m[1], b);
  }
  if ((m = VALUE_WEEK_RE.exec(value))) {
    const monday = mondayOfWeek(+m[1], +m[2]);
    return m[3]
      ? { start: formatDay(addDays(monday, 5)), end: formatDay(addDays(monday, 6)) }
      : { start: formatDay(monday), end: formatDay(addDays(monday, 6)) };
  }
  return null;
}

/**
 * The interval of a DATE/TIME value, as `{value, start, end}` with ISO dates, or null when the value is not a
 * calendar interval (durations, sets, `PRESENT_REF`, patterns with X). A range `a/b` spans from a's start to b's
 * end.
 * @param value a TIMEX3 value
 * @example timeResolvedInterval('2024-FA') // {value: '2024-FA', start: '2024-09-01', end: '2024-11-30'}
 */
export function timeResolvedInterval(value: string | null): ClaimTime | null {
  if (!value) return null;
  const parts = value.split('/');
  if (parts.length > 2) return null;
  const a = bounds(parts[0]);
  const b = parts.length === 2 ? bounds(parts[1]) : a;
  if (!a || !b || a.start > b.end) return null;
  return { value, start: a.start, end: b.end };
}
