/**
 * The unit after an amount: a symbol or abbreviation ("%", "km/h", "bhp", "per cent", "square feet"), a hyphen
 * compound ("six-cylinder", "eight-month-long", "6.1-inch"), the amount's currency, or the counted noun
 * ("troops"); then a rate ("per barrel", "a month") when one follows.
 */
import {
  MEASURE_TAILS, NOUN_PHRASE_STOP, RELATIVE_TIME_WORDS, TIME_UNITS, UNIT_ALIASES, UNIT_TOKEN_AT, WORD,
} from '../text/en/quantity-patterns.ts';
import { isBlank, isLetter, isUpper, skipBlanks } from './quantity-chars.ts';
import { countedNounAt } from './quantity-counted-noun-at.ts';
import { singular } from './quantity-singular.ts';
import { unitAlias } from './quantity-unit-alias.ts';
import { matchAt } from './quantity-match-at.ts';

/** The unit found after an amount. */
export interface UnitAfter {
  unit: string | null;
  /** End of the unit (the amount's end when there is none). */
  end: number;
  /** How the unit was written. */
  kind: 'alias' | 'compound' | 'currency' | 'noun' | null;
  /** "-odd", "or so": the amount is approximate. */
  approximate: boolean;
  /** "10,000+", "-plus", "or more": the amount is a lower bound. */
  bound: 'low' | null;
  /** The counted noun is written in the plural ("troops"). */
  plural: boolean;
}

/** What the amount says about its own unit. */
export interface UnitContext {
  /** The amount's currency, if any: it is the unit and no noun is read. */
  currency: string | null;
  /** The amount is one ("one proposal asks"). */
  singularCount: boolean;
  /** "of the …" may come before the noun ("one of the best speakers", "thousands of people"). */
  allowOf: boolean;
  /** Read only symbols and abbreviations (inside a range, before "to"). */
  aliasOnly?: boolean;
}

/** First words of the multi-word units ("per" of "per cent", "square" of "square feet"). */
const MULTI_WORD_STARTS = new Set(Object.keys(UNIT_ALIASES).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

function wordAt(text: string, pos: number): { text: string; end: number } | null {
  const m = matchAt(WORD, text, pos);
  return m ? { text: m[0], end: pos + m[0].length } : null;
}

/**
 * A unit written with words or symbols at `pos` (one to three tokens: "%", "per cent", "sq m", "miles per
 * hour", "degrees Celsius"), or null.
 *
 * @example aliasAt('15 miles per hour', 2) // { unit: 'mile per hour', end: 17 }
 */
export function aliasAt(text: string, pos: number): { unit: string; end: number } | null {
  const token = matchAt(UNIT_TOKEN_AT, text, pos);
  if (!token) return null;
  const glued = !isBlank(token[0][0]);
  const first = { text: token[1], end: pos + token[0].length };
  // Multi-word units, longest first: "miles per hour", "per cent", "square feet".
  const words = [first];
  for (let k = 0; k < 2 && MULTI_WORD_STARTS.has(first.text.toLowerCase()); k++) {
    const last = words[words.length - 1];
    const i = skipBlanks(text, last.end, 1);
    if (i === last.end || !isLetter(text[i])) break;
    const w = wordAt(text, i);
    if (!w) break;
    words.push(w);
  }
  for (let n = words.length; n >= 2; n--) {
    // (Joined by a loop: `map(…).join` deoptimised this function again and again, see classifyWords.)
    let key = words[0].text.toLowerCase();
    for (let k = 1; k < n; k++) key += ' ' + words[k].text.toLowerCase();
    if (key in UNIT_ALIASES) return { unit: UNIT_ALIASES[key], end: words[n - 1].end };
  }
  const unit = unitAlias(first.text, glued);
  if (unit) return { unit, end: first.end };
  // "A/cm2", "mg/kg": a rate of two abbreviations (each read as if glued: the slash leaves no doubt).
  const slash = first.text.indexOf('/');
  if (slash > 0) {
    const top = unitAlias(first.text.slice(0, slash), true);
    const bottom = unitAlias(first.text.slice(slash + 1), true);
    if (top && bottom) return { unit: `${top} per ${bottom}`, end: first.end };
  }
  return null;
}

/** A rate after a unit: "per barrel", "/kg", "a month", "a year"; returns the rate unit and its end. */
function rateAt(text: string, pos: number, money: boolean): { per: string; end: number } | null {
  let i = skipBlanks(text, pos, 1);
  if (text[i] === '/' && isLetter(text[i + 1])) i += 1;
  else {
    const w = wordAt(text, i);
    if (!w || i === pos) return null;
    const lw = w.text.toLowerCase();
    const next = skipBlanks(text, w.end, 1);
    if (next === w.end) return null;
    if (lw === 'per') i = next;
    else if (lw === 'a' || lw === 'an' || lw === 'each' || lw === 'every') {
      // "$3500 a month", "four flights a week", "$27 a share"; not "$10 million a year ago".
      const t = wordAt(text, next);
      if (!t || !(TIME_UNITS.has(singular(t.text)) || (money && !NOUN_PHRASE_STOP.has(t.text.toLowerCase()) && !isUpper(t.text[0])))) return null;
      const after = wordAt(text, skipBlanks(text, t.end, 1));
      if (after && RELATIVE_TIME_WORDS.has(after.text.toLowerCase())) return null;
      return { per: singular(t.text), end: t.end };
    } else return null;
  }
  const alias = aliasAt(text, i);
  if (alias) return { per: alias.unit, end: alias.end };
  const w = wordAt(text, i);
  return w ? { per: singular(w.text), end: w.end } : null;
}

/**
 * The unit after the amount that ends at `pos`.
 *
 * @example unitAt('10,000 troops were', 6, { currency: null, singularCount: false, allowOf: true }) // { unit: 'troop', end: 13, kind: 'noun', ... }
 * @example unitAt('$3500 a month', 5, { currency: 'dollar', singularCount: false, allowOf: false }).unit // 'dollar per month'
 */
export function unitAt(text: string, pos: number, ctx: UnitContext): UnitAfter {
  const none: UnitAfter = { unit: null, end: pos, kind: null, approximate: false, bound: null, plural: false };
  let p = pos;
  let bound: 'low' | null = null;
  let approximate = false;
  if (text[p] === '+' && !isLetter(text[p + 1]) && !(text[p + 1] >= '0' && text[p + 1] <= '9')) { bound = 'low'; p += 1; }

  let unit: string | null = null;
  let end = p;
  let kind: UnitAfter['kind'] = null;
  let plural = false;
  if (text[p] === '-' && isLetter(text[p + 1])) {
    // "six-cylinder", "eight-month-long", "6.1-inch", "10,000-strong force", "40-odd years".
    const w = wordAt(text, p + 1);
    if (w) {
      const parts = w.text.split('-');
      const first = parts[0].toLowerCase();
      if (MEASURE_TAILS.has(first)) {
        if (first === 'odd' || first === 'something' || first === 'ish') approximate = true;
        if (first === 'plus') bound = 'low';
        p = end = w.end;
      } else {
        const rate = parts.length === 3 && (parts[1] === 'a' || parts[1] === 'per');
        const two = parts.slice(0, 2).join('-').toLowerCase();
        unit = rate ? `${unitAlias(first, false) ?? singular(first)} per ${singular(parts[2])}`
          : (two in UNIT_ALIASES ? UNIT_ALIASES[two] : unitAlias(first, true) ?? singular(first));
        end = w.end;
        kind = 'compound';
      }
    }
  }
  if (!kind && !ctx.currency) {
    const alias = aliasAt(text, p);
    if (alias) { unit = alias.unit; end = alias.end; kind = 'alias'; }
  }
  if (!kind && ctx.currency) { unit = ctx.currency; end = p; kind = 'currency'; }
  if (!kind && !ctx.aliasOnly) {
    const noun = countedNounAt(text, p, ctx.singularCount, ctx.allowOf);
    if (noun) { unit = noun.unit; end = noun.end; kind = 'noun'; plural = noun.plural; }
  }
  if (!kind) return bound || approximate ? { ...none, end: p, bound, approximate } : none;

  if (kind !== 'compound') {
    const rate = rateAt(text, end, kind === 'currency' || unit === 'cent' || unit === 'pence');
    if (rate && !unit!.includes(' per ')) { unit = `${unit} per ${rate.per}`; end = rate.end; }
  }
  return { unit, end, kind, approximate, bound, plural };
}
