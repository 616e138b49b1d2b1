/**
 * Calendar arithmetic on plain days (no time zones, no Date objects leaking out): the proleptic Gregorian
 * calendar as TIMEX3 values use it. All functions are pure and total.
 */
import { DCT_RE } from '../text/en/time-patterns.ts';

/** A calendar day. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

/** Zero-padded decimal: `pad(7, 2)` → "07". */
export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/** Days in a month (1–12): `daysInMonth(2024, 2)` → 29. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day as an ISO date string: `formatDay({y:2025,m:6,d:17})` → "2025-06-17". */
export function formatDay(day: CalendarDay): string {
  return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

/** Days since 1970-01-01 (negative before): used for differences and weekday arithmetic. */
export function dayNumber(day: CalendarDay): number {
  return Math.round(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

/** The day `n` days after `day` (before when negative): `addDays({y:2025,m:1,d:1}, -1)` → 2024-12-31. */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `n` months after (y, m): `addMonths(2025, 1, -2)` → {y: 2024, m: 11}. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 };
}

/** ISO weekday, Monday 1 … Sunday 7: `isoWeekday({y:2025,m:6,d:17})` → 2 (a Tuesday). */
export function isoWeekday(day: CalendarDay): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week of a day: `isoWeek({y:2025,m:6,d:17})` → {year: 2025, week: 25}. */
export function isoWeek(day: CalendarDay): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

/** The TIMEX3 week value of a day: `weekValue({y:2025,m:6,d:17})` → "2025-W25". */
export function weekValue(day: CalendarDay): string {
  const w = isoWeek(day);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

/** The Monday of an ISO week: `mondayOfWeek(2025, 25)` → 2025-06-16. */
export function mondayOfWeek(year: number, week: number): CalendarDay {
  // 4 January is always in week 1.
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/**
 * The publication date as a day, or null: accepts "2025-06-17", "1998-02-13T14:26:00", "19980213" (other forms
 * give null, so that nothing is resolved against a guess).
 */
export function parseDct(published: string | null | undefined): CalendarDay | null {
  if (!published) return null;
  const m = DCT_RE.exec(published.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysInMonth(day.y, day.m)) return null;
  return day;
}

/** Compares two days: negative when a is earlier. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return dayNumber(a) - dayNumber(b);
}
