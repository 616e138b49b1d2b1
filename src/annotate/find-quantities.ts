/**
 * The quantity extractor: every quantity mention of a text, with its value or range, hedge, bound, vague
 * magnitude and unit. Pure and linear: one pass of an anchor pattern over the text, and from each anchor a
 * bounded look-back (hedges, currency) and look-ahead (range, unit, counted noun).
 */
import type { QuantityAnnotation } from '../model/doc.ts';
import type { Quantity } from '../model/report.ts';
import { DASH_CHAIN, OR_MORE_AT, PHONE_AT, QUANTITY_ANCHOR, RATIO_AT, YEAR_SPAN_AFTER } from '../text/en/quantity-patterns.ts';
import { amountAt, type Amount } from './quantity-amount-at.ts';
import { notAQuantity, yearLike } from './quantity-not-a-quantity.ts';
import { prefixBefore, type Prefix } from './quantity-prefix-before.ts';
import { rangeAfter } from './quantity-range-after.ts';
import { unitAt, type UnitAfter } from './quantity-unit-at.ts';
import { vagueAt } from './quantity-vague-at.ts';
import { matchAt } from './quantity-match-at.ts';

/** "10 or less", "10 or fewer": an upper bound after the figure ("or more" is a lower one). */
const UPPER_AFTER = new Set(['less', 'fewer', 'under', 'below']);

/** Values as written: 4.3 × 1e6 is 4,300,000, not 4,300,000.000000001. */
const tidy = (v: number) => Number(v.toPrecision(12));

/** The scan's own copy of the anchor pattern (its `lastIndex` is the scan position; the function is synchronous). */
const ANCHOR = new RegExp(QUANTITY_ANCHOR.source, QUANTITY_ANCHOR.flags);

/** What reading from one anchor gave: a mention or none, and where the anchor scan resumes. */
interface Reading {
  mention: QuantityAnnotation | null;
  resume: number;
}

/**
 * Every quantity mention in `text`, in text order, spans not overlapping. `text` of each mention equals
 * `text.slice(span.start, span.end)`.
 *
 * @example findQuantities('approximately 12,000 North Korean troops')
 * // [{ span: { start: 0, end: 40 }, text: 'approximately 12,000 North Korean troops',
 * //    quantity: { low: 12000, high: 12000, approximate: true, vague: null, unit: 'troop' } }]
 * @example findQuantities('more than 10,000 soldiers')[0].quantity // { low: 10000, high: null, approximate: false, vague: null, unit: 'soldier' }
 */
export function findQuantities(text: string): QuantityAnnotation[] {
  const out: QuantityAnnotation[] = [];
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  let floor = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const at = m.index;
    const reading = readAt(text, at, floor);
    if (reading.mention) {
      out.push(reading.mention);
      floor = reading.mention.span.end;
    }
    anchor.lastIndex = Math.max(at + m[0].length, reading.resume);
  }
  return out;
}

function mention(text: string, start: number, end: number, quantity: Quantity): QuantityAnnotation {
  return { span: { start, end }, text: text.slice(start, end), quantity };
}

/** The quantity starting at the anchor `at`, if any. */
function readAt(text: string, at: number, floor: number): Reading {
  const vague = vagueAt(text, at);
  if (vague) return readVague(text, vague, floor);

  if (text[at - 1] === '+' || text[at - 1] === '(') {
    const phone = matchAt(PHONE_AT, text, at - 1);
    if (phone) return { mention: null, resume: at - 1 + phone[0].length };
  }

  const first = amountAt(text, at, floor);
  if (!first) return { mention: null, resume: at + 1 };
  if ('skipTo' in first) return { mention: null, resume: first.skipTo };

  // "9-9-9", "555-123-4567": digit groups glued by two dashes or more are an identifier or a score line.
  if (!first.spelled) {
    const chain = matchAt(DASH_CHAIN, text, first.end);
    if (chain && chain[0].length > 1 && countDashes(chain[0]) >= 2) return { mention: null, resume: first.end + chain[0].length };
    // "2018-19", "2014-2017": a span of years.
    const span = yearLike(first) ? matchAt(YEAR_SPAN_AFTER, text, first.end) : null;
    if (span) return { mention: null, resume: first.end + span[0].length };
  }

  const prefix = prefixBefore(text, first.start, floor);
  const range = rangeAfter(text, first, prefix);
  const second = range?.second ?? null;
  const last = second ?? first;
  const currency = last.currency ?? first.currency;
  // "10 or more people": the bound may come between the figure and its noun.
  let more = matchAt(OR_MORE_AT, text, last.end);
  let unit = unitAt(text, more ? last.end + more[0].length : last.end, { currency, singularCount: !second && first.value === 1 && !first.fraction, allowOf: !currency });
  if (second && !unit.unit && range?.firstUnit) unit = { ...unit, unit: range.firstUnit.unit, kind: 'alias' };

  // "one out of three Germans", "1 in 5 adults": a proportion.
  let ratio: Amount | null = null;
  if (!second && !unit.unit && !first.currency) {
    ratio = ratioAfter(text, first);
    if (ratio) unit = unitAt(text, ratio.end, { currency: null, singularCount: false, allowOf: true });
  }

  const figure = { first, second, prefix, unit };
  if (notAQuantity(text, figure)) return { mention: null, resume: last.end };

  more ??= matchAt(OR_MORE_AT, text, Math.max(unit.end, (ratio ?? last).end));
  const moreWord = (more?.[1] ?? more?.[2])?.toLowerCase();
  const approximate = prefix.approximate || unit.approximate || moreWord === 'so';
  // "from up to 252 miles to 287 miles": a range opened by "from" or "between" is no bound.
  const bound = first.bound ?? (second && prefix.opener ? null : prefix.bound) ?? unit.bound
    ?? (moreWord && moreWord !== 'so' ? (UPPER_AFTER.has(moreWord) ? 'high' : 'low') : null);

  let low = first.value;
  let high = first.value;
  if (ratio) low = high = first.value / ratio.value;
  if (second) {
    low = Math.min(first.value, second.value);
    high = Math.max(first.value, second.value);
  }
  const quantity: Quantity = {
    low: bound === 'high' ? null : tidy(low),
    high: bound === 'low' ? null : tidy(high),
    approximate,
    vague: null,
    unit: unit.unit,
  };
  const start = Math.max(floor, prefix.start);
  const end = Math.max(unit.end, (ratio ?? last).end, more ? more.index + more[0].length : 0);
  return { mention: mention(text, start, end, quantity), resume: end };
}

function countDashes(s: string): number {
  let n = 0;
  for (const c of s) if (c === '-' || c === '–') n++;
  return n;
}

/** The denominator of "one out of three", "1 in 5": a whole number above the numerator, at most 1,000. */
function ratioAfter(text: string, first: Amount): Amount | null {
  if (first.fraction || first.value < 1 || !Number.isInteger(first.value)) return null;
  const m = matchAt(RATIO_AT, text, first.end);
  if (!m) return null;
  const second = amountAt(text, first.end + m[0].length, first.end + m[0].length);
  if (!second || 'skipTo' in second || second.article || second.fraction || second.currency) return null;
  const isIn = m[1].toLowerCase() === 'in';
  if (!Number.isInteger(second.value) || second.value <= first.value || second.value > (isIn ? 100 : 1000)) return null;
  return second;
}

/** A vague magnitude with its hedge and counted noun: "thousands of additional military personnel". */
function readVague(text: string, vague: { vague: string; start: number; end: number }, floor: number): Reading {
  const prefix: Prefix = prefixBefore(text, vague.start, floor);
  const unit: UnitAfter = unitAt(text, vague.end, { currency: null, singularCount: false, allowOf: true });
  const start = Math.max(floor, prefix.start);
  const end = Math.max(vague.end, unit.end);
  const quantity: Quantity = { low: null, high: null, approximate: prefix.approximate, vague: vague.vague, unit: unit.unit };
  return { mention: mention(text, start, end, quantity), resume: end };
}
