/**
 * Values of dates given as an offset from a reference day: "two weeks ago", "a year earlier", "three days later".
 */
import { addDays, addMonths, type CalendarDay, formatDay, pad, weekValue } from './time-calendar.ts';
import { unitKey } from './time-duration-value.ts';

/**
 * The TIMEX3 value `n` units before (dir -1) or after (dir 1) `ref`, at the unit's granularity: years → "1996",
 * months → "1998-01", weeks → "1998-W05", days and hours → "1998-02-11", quarters → "1997-Q4". A vague count
 * gives PAST_REF / FUTURE_REF; no reference day gives a pattern ("XXXX", "XXXX-XX-XX").
 * @param ref the reference day (publication day for "ago", the last mentioned day for "earlier"), or null
 * @param n the count (null: vague, "years ago")
 * @param unit a unit word
 * @param dir -1 for ago/earlier, 1 for later/from now
 * @example timeOffsetValue({y:2025,m:6,d:17}, 2, 'weeks', -1) // "2025-W23"
 */
export function timeOffsetValue(ref: CalendarDay | null, n: number | null, unit: string, dir: -1 | 1): string | null {
  if (n === null) return dir < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const u = unitKey(unit);
  if (!ref) {
    if (u === 'year' || u === 'decade' || u === 'century') return 'XXXX';
    if (u === 'month' || u === 'quarter') return 'XXXX-XX';
    if (u === 'week' || u === 'weekend') return 'XXXX-WXX';
    return 'XXXX-XX-XX';
  }
  const whole = Math.round(n);
  if (Math.abs(n - whole) > 1e-9) {
    // "a year and a half ago": count in months (or days for fractional weeks and days).
    if (u === 'year') return timeOffsetValue(ref, Math.round(n * 12), 'month', dir);
    if (u === 'month' || u === 'week') return timeOffsetValue(ref, Math.round(n * (u === 'month' ? 30 : 7)), 'day', dir);
    return timeOffsetValue(ref, whole, u, dir);
  }
  const k = whole * dir;
  switch (u) {
    case 'year':
      return pad(ref.y + k, 4);
    case 'decade':
      return pad(ref.y + 10 * k, 4);
    case 'century':
      return pad(ref.y + 100 * k, 4);
    case 'month': {
      const m = addMonths(ref.y, ref.m, k);
      return `${pad(m.y, 4)}-${pad(m.m, 2)}`;
    }
    case 'quarter': {
      const m = addMonths(ref.y, ref.m, 3 * k);
      return `${pad(m.y, 4)}-Q${Math.ceil(m.m / 3)}`;
    }
    case 'week':
    case 'weekend':
      return weekValue(addDays(ref, 7 * k));
    case 'fortnight':
      return weekValue(addDays(ref, 14 * k));
    case 'day':
    case 'night':
      return formatDay(addDays(ref, k));
    case 'hour':
    case 'minute':
    case 'second':
      return formatDay(ref);
    default:
      return null;
  }
}
