/**
 * The second end of a range after an amount: "10,000-12,000", "25 – 40min", "between 3,000 and 4,000",
 * "3,000 to 4,000", "from 4.7 to 4.8", "$89 to $93 billion", "5 per cent to 20 per cent", "three or four years".
 * "X to Y" after a word of change ("rose 4% to $13.60", "by $43.6 billion to $419.2 billion") is a change and
 * a level, not a range.
 */
import { RANGE_DASH_AT, RANGE_WORD_AT } from '../text/en/quantity-patterns.ts';
import { amountAt, type Amount } from './quantity-amount-at.ts';
import { isBlank, isDigit, skipBlanks } from './quantity-chars.ts';
import { yearLike } from './quantity-not-a-quantity.ts';
import type { Prefix } from './quantity-prefix-before.ts';
import { aliasAt } from './quantity-unit-at.ts';
import { countedNounAt } from './quantity-counted-noun-at.ts';
import { matchAt } from './quantity-match-at.ts';

/** A range's second end, with the unit written after the first end, if any ("5 per cent to 20 per cent"). */
export interface RangeEnd {
  second: Amount;
  /** The unit between the two ends ("per cent" in "5 per cent to 20 per cent"), or null. */
  firstUnit: { unit: string; end: number } | null;
}

/** Currency signs that may start the second end ("$62 and $68"), skipped to reach the digits. */
const MAX_CURRENCY_PREFIX = 4;

/** The amount at `pos` as the second end: after its currency, if any; a sign only when written ("-5 to -10"). */
function secondAt(text: string, pos: number): Amount | null {
  let d = pos;
  if (text[d] === '-' || text[d] === '−') d += 1;
  else while (d < text.length && d - pos < MAX_CURRENCY_PREFIX && !isDigit(text[d]) && text[d] !== ' ' && !/* letters start a word number */ (text[d] >= 'a' && text[d] <= 'z')) d++;
  const a = amountAt(text, d, pos);
  if (!a || 'skipTo' in a || a.period || a.fraction) return null;
  return a;
}

/**
 * The second end of a range after `first` (whose prefix is `prefix`), or null when no range follows.
 *
 * @example rangeAfter('10,000-12,000 troops', first, prefix)?.second.value // 12000
 */
export function rangeAfter(text: string, first: Amount, prefix: Prefix): RangeEnd | null {
  if (first.period || first.fraction) return null;
  // "10,000-12,000", "25 – 40min": digits right after a dash.
  const dash = first.spelled ? null : matchAt(RANGE_DASH_AT, text, first.end);
  if (dash) {
    const at = first.end + dash[0].length;
    if (!isDigit(text[at]) && !(text[at] === '$' && isDigit(text[at + 1]))) return null;
    const second = secondAt(text, at);
    return second && !second.spelled ? { second: scaled(first, second), firstUnit: null } : null;
  }
  // "10%-15%", "5km-10km": the unit written on both ends.
  const glued = first.spelled || first.currency ? null : aliasAt(text, first.end);
  const unitDash = glued && glued.end > first.end && !isBlank(text[first.end]) ? matchAt(RANGE_DASH_AT, text, glued.end) : null;
  if (glued && unitDash && isDigit(text[glued.end + unitDash[0].length])) {
    const second = secondAt(text, glued.end + unitDash[0].length);
    const secondUnit = second ? aliasAt(text, second.end) : null;
    if (second && !second.spelled && secondUnit?.unit === glued.unit) return { second: scaled(first, second), firstUnit: glued };
  }

  // "5 per cent to 20 per cent", "from 208 pounds to 193": a unit may stand between the ends.
  let firstUnit: { unit: string; end: number } | null = first.currency ? null : aliasAt(text, first.end);
  if (!firstUnit && !first.currency && prefix.opener) {
    const noun = countedNounAt(text, first.end, first.value === 1, false);
    if (noun) firstUnit = { unit: noun.unit, end: noun.end };
  }
  const p = firstUnit ? firstUnit.end : first.end;
  const word = matchAt(RANGE_WORD_AT, text, p);
  if (!word) return prefix.opener === 'from' ? distantTo(text, first, firstUnit, p) : null;
  const connector = word[1].toLowerCase();
  const second = secondAt(text, p + word[0].length);
  if (!second) return null;
  // "2008 to 29 mpg": a year and a figure are no range.
  if (yearLike(first) !== yearLike(second) && !firstUnit) return null;
  if (connector === 'and' && prefix.opener !== 'between') return null;
  // "rose 4% to $13.60", "by $43.6 billion to $419.2 billion": a change, then a level; but "dropped by 1 to 1.5
  // degrees" is a range of change.
  if (connector === 'to' && !prefix.opener && (prefix.bound || first.bound || (prefix.change && (firstUnit || first.currency)))) return null;
  if (connector === 'or') {
    // "three or four years", "one or two": small counts, in order.
    if (prefix.bound || firstUnit || second.value <= first.value || second.value > first.value * 10 || first.spelled !== second.spelled || first.currency) return null;
  }
  if (first.currency && second.currency && first.currency !== second.currency) return null;
  if (!prefix.opener) {
    if (!first.currency && second.currency) return null;
    if (firstUnit) {
      // "rose 8.15% to 3.65": without "from", a unit on the first end must be repeated on the second.
      const secondUnit = aliasAt(text, second.end) ?? countedNounAt(text, second.end, second.value === 1, false);
      if (!secondUnit || secondUnit.unit !== firstUnit.unit) return null;
    }
  }
  return { second: scaled(first, second), firstUnit };
}

/** Words between the end of "from X" and a distant "to": "from $36,040 at 10.45pm last night to $34,935". */
const MAX_GAP_WORDS = 6;

/**
 * "from X … to Y" with a few words between (a time, a place, a qualifier): a range when Y is written in X's
 * currency or unit, as news writes changes ("from 20 miles per gallon in 2008 to 29 mpg").
 */
function distantTo(text: string, first: Amount, firstUnit: { unit: string; end: number } | null, pos: number): RangeEnd | null {
  if (!first.currency && !firstUnit) return null;
  let i = pos;
  for (let k = 0; k <= MAX_GAP_WORDS; k++) {
    const next = skipBlanks(text, i, 2);
    if (next === i) return null;
    i = next;
    const start = i;
    while (i < text.length && !isBlank(text[i]) && text[i] !== '\n' && i - start < 20) i++;
    const token = text.slice(start, i);
    if (token === 'to') {
      const second = secondAt(text, skipBlanks(text, i, 2));
      if (!second || yearLike(second)) return null;
      if (first.currency) return second.currency === first.currency ? { second, firstUnit } : null;
      const secondUnit = aliasAt(text, second.end);
      return !second.currency && (!secondUnit || secondUnit.unit === firstUnit!.unit) ? { second, firstUnit } : null;
    }
    // A clause or sentence ends: no range across it.
    const last = token[token.length - 1];
    if (last === ',' || last === ';' || last === ':' || last === '!' || last === '?' || last === ')' || (last === '.' && token.indexOf('.') === token.length - 1)) return null;
  }
  return null;
}

/** "$89 to $93 billion", "1 to 2 thousand": the scale written on the second end also applies to the first. */
function scaled(first: Amount, second: Amount): Amount {
  if (second.scale > 1 && first.scale === 1 && !first.spelled && first.value <= second.value / second.scale) {
    first.value *= second.scale;
    first.scale = second.scale;
    first.plain = false;
  }
  return second;
}
