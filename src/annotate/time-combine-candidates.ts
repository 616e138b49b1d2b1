/**
 * Clock times joined to their day: "2:30 p.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 6", "Friday at 3
 * p.m.", "10 a.m. yesterday" become one TIME with the day's date; a weekday before a date ("Saturday, April
 * 25") joins it.
 */
import { CLOCK_THEN_DAY_RE, DAY_THEN_CLOCK_RE, DAY_VALUE_RE, WEEKDAY_DATE_GAP_RE } from '../text/en/time-patterns.ts';
import type { TimeCandidate, TimeContext } from './time-candidate.ts';

/**
 * The candidates plus one combined candidate per adjacent clock/day pair.
 * @param text the document text
 * @param candidates candidates of one window
 * @example timeCombineCandidates('at 10 p.m. Wednesday', [clock, weekday]) // adds "10 p.m. Wednesday"
 */
export function timeCombineCandidates(text: string, candidates: TimeCandidate[]): TimeCandidate[] {
  const out = [...candidates];
  const clocks = candidates.filter((c) => c.role === 'clock' && c.clock);
  const days = candidates.filter((c) => c.role === 'day');
  for (const clock of clocks) {
    for (const day of days) {
      const between = day.start >= clock.end ? text.slice(clock.end, day.start) : day.end <= clock.start ? text.slice(day.end, clock.start) : null;
      if (between === null || between.length > 8) continue;
      const clockFirst = day.start >= clock.end;
      if (!(clockFirst ? CLOCK_THEN_DAY_RE : DAY_THEN_CLOCK_RE).test(between)) continue;
      const c = clock;
      const d = day;
      out.push({
        start: Math.min(c.start, d.start),
        end: Math.max(c.end, d.end),
        priority: 5,
        role: 'point',
        source: 'clock+day',
        resolve: (ctx: TimeContext, self) => {
          const v = d.resolve(ctx, { ...d, start: self.start, end: self.end });
          const cv = c.resolve(ctx, c);
          if (!v || !v.value || !DAY_VALUE_RE.test(v.value)) return v;
          return { type: 'TIME', value: v.value + c.clock, mod: cv?.mod ?? v.mod ?? null };
        },
      });
    }
  }
  // "Saturday, April 25", "Friday Oct. 13": the weekday restates the date; the date gives the value.
  const weekdays = days.filter((d) => d.source === 'weekday');
  const dates = days.filter((d) => d.source === 'chrono-date');
  for (const w of weekdays) {
    for (const d of dates) {
      if (d.start < w.end || !WEEKDAY_DATE_GAP_RE.test(text.slice(w.end, d.start))) continue;
      const date = d;
      out.push({ ...date, start: w.start, end: date.end, priority: 5, source: 'weekday+date',
        resolve: (ctx, self) => date.resolve(ctx, { ...date, start: self.start, end: self.end }) });
    }
  }
  return out;
}
