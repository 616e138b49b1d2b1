/**
 * Picks the calendar day, month or season an expression without a year means, relative to the publication day:
 * news convention is the nearest one, in the past unless the sentence looks ahead.
 */
import { type CalendarDay, addDays, compareDays, dayNumber, daysInMonth, isoWeekday } from './time-calendar.ts';
import type { Tense } from './time-candidate.ts';

/** An explicit direction word: "last Friday", "next July", "this September". */
export type Relation = 'last' | 'next' | 'this' | null;

/**
 * The day a weekday name refers to.
 * @param dct publication day
 * @param weekday ISO weekday (Monday 1 … Sunday 7)
 * @param rel "last" (strictly before), "next" (strictly after), "this" (the nearest, today included) or null
 * @param tense sentence orientation for a bare weekday: the same weekday as publication is the publication day;
 *   otherwise the nearest past one, or the nearest future one when the sentence looks ahead
 * @example nearestWeekday({y:2025,m:6,d:17}, 2, null, 'past') // 2025-06-17 (a Tuesday)
 */
export function nearestWeekday(dct: CalendarDay, weekday: number, rel: Relation, tense: Tense): CalendarDay {
  const today = isoWeekday(dct);
  const back = (today - weekday + 7) % 7; // days back to the last such weekday (0 = today)
  const ahead = (weekday - today + 7) % 7;
  if (rel === 'last') return addDays(dct, -(back || 7));
  if (rel === 'next') return addDays(dct, ahead || 7);
  if (back === 0) return dct;
  if (rel === 'this') return tense === 'past' || (tense === null && back < ahead) ? addDays(dct, -back) : addDays(dct, ahead);
  return tense === 'future' ? addDays(dct, ahead) : addDays(dct, -back);
}

/**
 * The year of a month named without one.
 * @param dct publication day
 * @param month 1–12
 * @param rel "last" (the most recent one before the publication month), "next" (the next one after), "this" (the
 *   publication year), or null: the publication month itself, else the nearest past one, or future one when the
 *   sentence looks ahead
 * @example monthYear({y:2025,m:6,d:17}, 7, 'last', null) // 2024
 */
export function monthYear(dct: CalendarDay, month: number, rel: Relation, tense: Tense): number {
  if (rel === 'this') return dct.y;
  if (rel === 'last') return month < dct.m ? dct.y : dct.y - 1;
  if (rel === 'next') return month > dct.m ? dct.y : dct.y + 1;
  if (month === dct.m) return dct.y;
  if (tense === 'future') return month > dct.m ? dct.y : dct.y + 1;
  return month < dct.m ? dct.y : dct.y - 1;
}

/**
 * The year of a month and day named without one ("Aug. 7"): the nearest such day to publication, moved a year
 * back (or ahead) when it lies on the wrong side for the sentence's tense by more than a few days and the other
 * choice is within about nine months.
 * @example monthDayYear({y:1998,m:8,d:10}, 8, 7, 'past') // 1998
 */
export function monthDayYear(dct: CalendarDay, month: number, day: number, tense: Tense): number {
  const at = (y: number): CalendarDay => ({ y, m: month, d: Math.min(day, daysInMonth(y, month)) });
  let best = dct.y;
  for (const y of [dct.y - 1, dct.y + 1]) {
    if (Math.abs(compareDays(at(y), dct)) < Math.abs(compareDays(at(best), dct))) best = y;
  }
  const diff = dayNumber(at(best)) - dayNumber(dct);
  if (tense === 'past' && diff > 7 && dayNumber(dct) - dayNumber(at(best - 1)) < 280) return best - 1;
  if (tense === 'future' && diff < -7 && dayNumber(at(best + 1)) - dayNumber(dct) < 280) return best + 1;
  return best;
}

/**
 * The year of a season named without one. Winter belongs to the year it starts in (December).
 * @param season SP, SU, FA or WI
 * @param rel as for months ("last fall" in June 2025 → 2024-FA)
 * @example seasonYear({y:2025,m:6,d:19}, 'FA', 'last', null) // 2024
 */
export function seasonYear(dct: CalendarDay, season: string, rel: Relation, tense: Tense): number {
  // The season the publication day falls in, and its year.
  const cur = dct.m >= 3 && dct.m <= 5 ? 'SP' : dct.m >= 6 && dct.m <= 8 ? 'SU' : dct.m >= 9 && dct.m <= 11 ? 'FA' : 'WI';
  const curYear = cur === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  const order = ['SP', 'SU', 'FA', 'WI'];
  const ci = order.indexOf(cur);
  const si = order.indexOf(season);
  if (si < 0) return dct.y;
  // "this spring" in January is the coming spring; "this winter" in January the one under way.
  if (rel === 'this') return season === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  if (rel === 'last' || (rel === null && tense !== 'future' && si !== ci)) return si < ci ? curYear : curYear - 1;
  if (rel === 'next' || tense === 'future') return si > ci ? curYear : curYear + 1;
  return curYear;
}
