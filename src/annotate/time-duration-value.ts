/**
 * TIMEX3 duration values: "P2Y", "PT24H", "P2Y6M", "PXM".
 */
import { UNIT_CODES } from '../text/en/time-patterns.ts';

/** Singular lower-case unit key of a unit word: "Centuries" → "century", "years" → "year". */
export function unitKey(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  if (w.startsWith('millenni')) return 'millennium';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** How a fractional amount of a unit is written in the next smaller one. */
const SMALLER: Record<string, { code: string; clock: boolean; times: number }> = {
  Y: { code: 'M', clock: false, times: 12 },
  Q: { code: 'M', clock: false, times: 3 },
  M: { code: 'D', clock: false, times: 30 },
  W: { code: 'D', clock: false, times: 7 },
  D: { code: 'H', clock: true, times: 24 },
  H: { code: 'M', clock: true, times: 60 },
  'T-M': { code: 'S', clock: true, times: 60 },
};

/**
 * The TIMEX3 value of `n` units.
 * @param n the count, or null for a vague one ("several years" → PXY)
 * @param unit a unit word ("years", "hour", "decade", "weekend")
 * @example timeDurationValue(2.5, 'years') // "P2Y6M"
 * @example timeDurationValue(24, 'hours') // "PT24H"
 * @example timeDurationValue(1, 'decade') // "P10Y"
 */
export function timeDurationValue(n: number | null, unit: string): string | null {
  const info = UNIT_CODES.get(unitKey(unit));
  if (!info) return null;
  const t = info.clock ? 'T' : '';
  if (n === null) return `P${t}X${info.code === 'WE' ? 'WE' : info.code}`;
  const amount = n * info.factor;
  if (!(amount >= 0) || amount > 1e6) return null;
  const whole = Math.floor(amount);
  const frac = amount - whole;
  if (frac < 1e-9 || info.code === 'WE') return `P${t}${Math.round(amount)}${info.code}`;
  const smaller = SMALLER[info.clock && info.code === 'M' ? 'T-M' : info.code];
  if (!smaller) return `P${t}${Math.round(amount)}${info.code}`;
  const rest = Math.round(frac * smaller.times);
  const head = whole > 0 ? `${whole}${info.code}` : '';
  // "2 1/2 years" → P2Y6M; "5 1/2 hours" → PT5H30M; "1.5 days" → P1DT12H.
  if (!info.clock && smaller.clock) return `P${head}T${rest}${smaller.code}`;
  return `P${t}${head}${rest}${smaller.code}`;
}
