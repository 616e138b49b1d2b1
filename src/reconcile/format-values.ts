/** Human-readable renderings of figures and times for explanations ("July 2024", "10,000–12,000"). */
import type { ClaimTime, Quantity } from '../model/report.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** @example formatTimeValue('2024-07') // 'July 2024' */
export function formatTimeValue(value: string | null): string {
  if (!value) return 'an unknown time';
  if (value.includes('/')) return value.split('/').map(formatTimeValue).join(' to ');
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  return value;
}

/** @example formatTime({ value: '2024-06', start: '2024-06-01', end: '2024-06-30' }) // 'June 2024' */
export function formatTime(t: ClaimTime | null): string {
  return formatTimeValue(t?.value ?? null);
}

// One formatter for every call: toLocaleString builds a new one each time, which is slow over many claims.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const n = (x: number) => NUMBER.format(x);

/** @example formatQuantity({ low: 10000, high: 12000, approximate: true, vague: null, unit: 'troop' }) // 'about 10,000–12,000' */
export function formatQuantity(q: Quantity | null): string {
  if (!q) return '?';
  if (q.low === null && q.high === null) return q.vague ?? 'an unstated number';
  const approx = q.approximate ? 'about ' : '';
  if (q.low !== null && q.high === null) return `more than ${n(q.low)}`;
  if (q.low === null && q.high !== null) return `up to ${n(q.high)}`;
  return q.low === q.high ? `${approx}${n(q.low!)}` : `${approx}${n(q.low!)}–${n(q.high!)}`;
}
