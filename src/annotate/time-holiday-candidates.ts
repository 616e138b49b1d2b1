/**
 * Holidays as dates: "Thanksgiving", "Election Day", "Christmas", "Easter week", "Victory Day". The year is the
 * one that puts the holiday nearest the publication day.
 */
import { allMatches } from '../text/all-matches.ts';
import type { Span } from '../model/report.ts';
import { HOLIDAYS, HOLIDAY_RE } from '../text/en/time-patterns.ts';
import { addDays, type CalendarDay, dayNumber, daysInMonth, formatDay, isoWeekday, weekValue } from './time-calendar.ts';
import type { TimeCandidate } from './time-candidate.ts';

/** Easter Sunday of a year (anonymous Gregorian algorithm). */
function easter(y: number): CalendarDay {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/**
 * The day of a holiday in a year, or null for an unknown name.
 * @param name the holiday's name, lower case ("thanksgiving")
 * @example holidayDay('thanksgiving', 1999) // 1999-11-25
 */
export function holidayDay(name: string, y: number): CalendarDay | null {
  const rule = HOLIDAYS.get(name);
  if (!rule) return null;
  if (rule.easter) return addDays(easter(y), rule.offset ?? 0);
  if (rule.d !== undefined && rule.m !== undefined) return { y, m: rule.m, d: rule.d };
  if (rule.m === undefined || rule.wd === undefined || rule.nth === undefined) return null;
  let day: CalendarDay;
  if (rule.nth > 0) {
    const first = { y, m: rule.m, d: 1 };
    day = addDays(first, ((rule.wd - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1));
  } else {
    const last = { y, m: rule.m, d: daysInMonth(y, rule.m) };
    day = addDays(last, -((isoWeekday(last) - rule.wd + 7) % 7));
  }
  return addDays(day, rule.offset ?? 0);
}

/**
 * Holiday candidates in a window.
 * @param text the document text
 * @param win the window ([start, end) offsets into `text`)
 * @example timeHolidayCandidates('on Thanksgiving Day', {start: 0, end: 19}) // "Thanksgiving Day"
 */
export function timeHolidayCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  for (const m of allMatches(HOLIDAY_RE, slice)) {
    const g = m.groups ?? {};
    const name = g.h.toLowerCase();
    const start = win.start + (m.index ?? 0);
    const end = start + m[0].length;
    const week = (g.week ?? '').trim().toLowerCase();
    const before = text.slice(Math.max(0, start - 5), start).toLowerCase();
    const rel = before.endsWith('last ') ? -1 : before.endsWith('next ') ? 1 : 0;
    const s = rel !== 0 ? start - 5 : start;
    out.push({
      start: s, end, priority: 3, role: week ? 'point' : 'day', source: 'holiday',
      resolve: (ctx) => {
        if (!ctx.dct) return { type: 'DATE', value: null };
        const dct = ctx.dct;
        const options = [dct.y - 1, dct.y, dct.y + 1].map((y) => holidayDay(name, y)).filter((d): d is CalendarDay => !!d);
        if (options.length === 0) return null;
        const diff = (d: CalendarDay) => dayNumber(d) - dayNumber(dct);
        let pick: CalendarDay;
        if (rel < 0) pick = options.filter((d) => diff(d) < 0).pop() ?? options[0];
        else if (rel > 0) pick = options.find((d) => diff(d) > 0) ?? options[options.length - 1];
        else pick = options.reduce((a, b) => (Math.abs(diff(b)) < Math.abs(diff(a)) ? b : a));
        if (week === 'week') return { type: 'DATE', value: weekValue(pick) };
        if (week === 'weekend') return { type: 'DATE', value: `${weekValue(pick)}-WE` };
        return { type: 'DATE', value: formatDay(pick) };
      },
    });
  }
  return out;
}
