/**
 * Clock times joined to their day: "2:30 p.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 6", "Friday at 3
 * p.m.", "10 a.m. yesterday" become one TIME with the day's date; a weekday before a date ("Saturday, April
 * 25") joins it.
 */
import type { TimeCandidate, TimeContext } from './time-candidate.ts';

/** Text allowed between a clock time and the day after it. */
const CLOCK_THEN_DAY = /^(?:,? |,? on | (?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC),? )$/;
/** Text allowed between a day and the clock time after it. */
const DAY_THEN_CLOCK = /^(?:,? at |, | )$/;
/** A day value a clock time can be appended to. */
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-[1-7]|\d{2}-XX)$/;

/**
 * The candidates plus one combined candidate per adjacent clock/day pair.
 * @param text the document text
 * @param candidates candidates of one window
 * @example combineCandidates('at 10 p.m. Wednesday', [clock, weekday]) // adds "10 p.m. Wednesday"
 */
export function combineCandidates(text: string, candidates: TimeCandidate[]): TimeCandidate[] {
  const out = [...candidates];
  const clocks = candidates.filter((c) => c.role === 'clock' && c.clock);
  const days = candidates.filter((c) => c.role === 'day');
  for (const clock of clocks) {
    for (const day of days) {
      const between = day.start >= clock.end ? text.slice(clock.end, day.start) : day.end <= clock.start ? text.slice(day.end, clock.start) : null;
      if (between === null || between.length > 8) continue;
      const clockFirst = day.start >= clock.end;
      if (!(clockFirst ? CLOCK_THEN_DAY : DAY_THEN_CLOCK).test(between)) continue;
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
          if (!v || !v.value || !DAY_VALUE.test(v.value)) return v;
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
      if (d.start < w.end || !/^,? $/.test(text.slice(w.end, d.start))) continue;
      const date = d;
      out.push({ ...date, start: w.start, end: date.end, priority: 5, source: 'weekday+date',
        resolve: (ctx, self) => date.resolve(ctx, { ...date, start: self.start, end: self.end }) });
    }
  }
  return out;
}
