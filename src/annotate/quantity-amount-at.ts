/**
 * One amount: a written or spelled-out number with its sign, currency and scale ("$3bn", "-5", "1.5 million",
 * "US $58.24", "twelve", "a dozen"), or the finding that the digits there are no figure at all (a time of day,
 * a date, a version, an identifier glued to letters), with where to resume.
 */
import {
  CURRENCY_PREFIXES_NEEDING_MONEY_SHAPE, CURRENCY_SUFFIX_AT, CURRENCY_SUFFIX_UNITS, DIGIT_CHAIN, DIGITS, NUMERIC_DATE,
  ORDINAL_SUFFIX, SCALE_ABBREVIATIONS, SCALE_LETTER_AFTER, SCALE_WORD_AFTER, SCALE_WORDS, SLASH_FRACTION,
  TIME_OF_DAY_AFTER, TIMES_TEN_POWER, UNIT_TOKEN_AT, VULGAR_FRACTIONS,
} from '../text/en/quantity-patterns.ts';
import { isDigit, isLetter, isUpper, skipBlanks } from './quantity-chars.ts';
import { currencyBefore } from './quantity-currency-before.ts';
import { spelledNumberAt } from './quantity-spelled-number-at.ts';
import { unitAlias } from './quantity-unit-alias.ts';
import { wordBefore } from './quantity-word-before.ts';
import { matchAt } from './quantity-match-at.ts';

/** An amount read at a position. */
export interface Amount {
  /** Start including the currency and the sign. */
  start: number;
  /** Start of the number itself. */
  numberStart: number;
  end: number;
  value: number;
  /** Spelled out ("twelve", "a dozen"). */
  spelled: boolean;
  /** The first word when spelled out, lower case. */
  word: string | null;
  /** "a"/"an" stands for one. */
  article: boolean;
  /** "a"/"an" before a unit of time: only a count after a hedge. */
  period: boolean;
  /** Bare digits: no separator, decimal, sign, currency or scale ("2019", "12"). */
  plain: boolean;
  /** Number of digits before the decimal point (0 when spelled out). */
  integerDigits: number;
  /** The multiplier of a scale word or letter (1 when none). */
  scale: number;
  /** Currency unit from a prefix or suffix ("dollar"). */
  currency: string | null;
  negative: boolean;
  fraction: boolean;
  /** "sub-7": an upper bound written as a prefix. */
  bound: 'high' | null;
}

/** Digits that are no figure: resume reading after `skipTo`. */
export interface NotAFigure {
  skipTo: number;
}

/** More integer digits than this are an identifier (and would lose precision anyway). */
const MAX_DIGITS = 15;

/** End of the run of letters and digits from `i` (an identifier such as "9AB8"), bounded by the text. */
function alnumEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isLetter(text[j]) || isDigit(text[j]))) j++;
  return j;
}

/** End of digits glued by dots, commas, colons, slashes from `i` (times, dates, versions). */
function chainEnd(text: string, i: number): number {
  const m = matchAt(DIGIT_CHAIN, text, i);
  return m ? i + m[0].length : i;
}

/**
 * The amount at `pos` (a digit or the first letter of a number word), not reaching before `floor`; a
 * `NotAFigure` when the digits there are a time, a date, a version or an identifier; null when nothing is there.
 *
 * @example amountAt('about $3bn in aid', 7, 0) // { start: 6, value: 3e9, currency: 'dollar', scale: 1e9, ... }
 * @example amountAt('at 10:27 PM', 3, 0) // { skipTo: 11 }
 */
export function amountAt(text: string, pos: number, floor: number): Amount | NotAFigure | null {
  if (isDigit(text[pos]) || (text[pos] === '.' && isDigit(text[pos + 1]))) return digitsAt(text, pos, floor);
  const spelled = spelledNumberAt(text, pos);
  if (!spelled) return null;
  const amount: Amount = {
    start: pos, numberStart: pos, end: spelled.end, value: spelled.value, spelled: true, word: spelled.first,
    article: spelled.article, period: spelled.period, plain: false, integerDigits: 0, scale: 1, currency: null,
    negative: false, fraction: spelled.fraction, bound: null,
  };
  // "five million dollars" is read by the spelled parser; "two bn" is rare enough to ignore.
  return amount;
}

/** Characters glued before digits that make them part of an identifier, a URL or markup ("#1", "/2019/", "id=7"). */
const GLUED_BEFORE = new Set(['_', '#', '@', '/', '\\', '=', '&', '^', '|']);

/** A minus sign right before `i`, not before `floor`. */
function signAt(text: string, i: number, floor: number): boolean {
  return (text[i - 1] === '-' || text[i - 1] === '−') && i - 1 >= floor;
}

function digitsAt(text: string, pos: number, floor: number): Amount | NotAFigure | null {
  let ns = pos;
  // ".001 per cent": a leading decimal point, not the end of "No." or a sentence.
  if (text[pos] !== '.' && text[pos - 1] === '.' && pos - 1 >= floor && !isLetter(text[pos - 2]) && !isDigit(text[pos - 2])) ns = pos - 1;
  if (text[ns] === '.' && !isDigit(text[ns + 1])) return null;

  const date = matchAt(NUMERIC_DATE, text, ns);
  if (date) return { skipTo: ns + date[0].length };

  const fraction = matchAt(SLASH_FRACTION, text, ns);
  const m = matchAt(DIGITS, text, ns);
  if (!m) return null;
  let end = ns + m[0].length;
  let value: number;
  let isFraction = false;
  if (fraction) {
    // "1/16 of a pint", "1⁄32 of a quart": a fraction only where something is measured by it; else "24/7", "9/11".
    const after = skipBlanks(text, ns + fraction[0].length);
    const of = text.startsWith('of', after) && !isLetter(text[after + 2]);
    const den = +fraction[2];
    if (!of || den === 0 || +fraction[1] >= den) return { skipTo: chainEnd(text, ns + fraction[0].length) };
    value = +fraction[1] / den;
    end = ns + fraction[0].length;
    isFraction = true;
  } else {
    const intPart = m[0].split('.')[0].replaceAll(',', '');
    if (intPart.length > MAX_DIGITS) return { skipTo: chainEnd(text, alnumEnd(text, end)) };
    // Dots, colons, slashes, commas between digit groups: a time, a date, a version, a list without spaces.
    const chain = chainEnd(text, end);
    if (chain > end) return { skipTo: chain };
    value = parseFloat(m[0].replaceAll(',', ''));
  }
  const integerDigits = isFraction ? 0 : m[0].split('.')[0].replaceAll(',', '').length;

  const time = matchAt(TIME_OF_DAY_AFTER, text, end);
  if (time && !isFraction) return { skipTo: end + time[0].length };
  const ordinal = matchAt(ORDINAL_SUFFIX, text, end);
  if (ordinal && !isFraction) return { skipTo: end + ordinal[0].length };

  // Sign, "minus", "sub-", and the currency before the number.
  let start = ns;
  let negative = false;
  let bound: 'high' | null = null;
  if (signAt(text, start, floor)) {
    const before = text[start - 2];
    if (isLetter(before)) {
      // A hyphen compound: "minus-130", "sub-7"; otherwise a name or a label ("F-16", "COVID-19", "last-32").
      const w = wordBefore(text, start - 1, floor);
      const lw = w?.text.toLowerCase();
      if (lw === 'minus') { negative = true; start = w!.start; }
      else if (lw === 'sub') { bound = 'high'; start = w!.start; }
      else return { skipTo: chainEnd(text, alnumEnd(text, end)) };
    } else if (!isDigit(before) && before !== '-' && before !== '–') {
      // "COVID -19": an identifier in capitals, spaced from its number (read past the floor: it only decides).
      const w = wordBefore(text, start - 1, 0);
      if (w && w.text.length > 1 && w.text === w.text.toUpperCase() && isLetter(w.text[0]) && !currencyBefore(text, start - 1, floor)) {
        return { skipTo: end };
      }
      negative = true;
      start -= 1;
    }
  } else {
    const w = wordBefore(text, start, floor);
    if (w && w.gap > 0 && w.text.toLowerCase() === 'minus') { negative = true; start = w.start; }
  }
  let currency: string | null = null;
  const cur = currencyBefore(text, start, floor);
  if (cur) {
    currency = cur.unit;
    start = cur.start;
    // "-$5": the sign before the currency.
    if (!negative && signAt(text, start, floor) && !isLetter(text[start - 2]) && !isDigit(text[start - 2])) { negative = true; start -= 1; }
  } else if (start === ns && (isLetter(text[ns - 1]) || GLUED_BEFORE.has(text[ns - 1]) || (text[ns - 1] === '"' && text[ns - 2] === '='))) {
    // "MH17", "G7", "XC40", "#1", "/2019/", 'id="1465401600"': letters, URL or markup characters glued before the digits.
    return { skipTo: chainEnd(text, alnumEnd(text, end)) };
  }

  // "1.99×10−30"
  const power = isFraction ? null : matchAt(TIMES_TEN_POWER, text, end);
  if (power) {
    value = Number((value * 10 ** +power[1].replace('−', '-')).toPrecision(12));
    end += power[0].length;
  }
  // "2½", "3 1/2 years"
  const vulgar = VULGAR_FRACTIONS[text[end]];
  if (vulgar !== undefined && !isFraction) { value += vulgar; end += 1; }
  else if (!isFraction && !power && text[end] === ' ' && !m[0].includes('.')) {
    const mixed = matchAt(SLASH_FRACTION, text, end + 1);
    if (mixed && +mixed[1] < +mixed[2]) { value += +mixed[1] / +mixed[2]; end += 1 + mixed[0].length; }
  }

  // Scales: "1.5 million", "4 hundred million", "$3bn", "10k", "4.3M" ("m", "b", "K" only after a currency).
  let scale = 1;
  for (let k = 0; k < 3; k++) {
    const word = matchAt(SCALE_WORD_AFTER, text, end);
    if (word) {
      const w = word[1].toLowerCase();
      const s = SCALE_WORDS[w] ?? SCALE_ABBREVIATIONS[w];
      // A scale multiplies only a smaller one before it ("4 hundred million", not "million hundred").
      if (s === undefined || (scale > 1 && s <= scale)) break;
      scale *= s;
      end += word[0].length;
      continue;
    }
    if (scale > 1 || isFraction) break;
    const letter = matchAt(SCALE_LETTER_AFTER, text, end);
    if (letter) {
      const l = letter[1];
      if (l === 'k' || l === 'M' || currency) {
        scale = SCALE_ABBREVIATIONS[l.toLowerCase()];
        end += 1;
      }
    }
    break;
  }
  value *= scale;

  // Currency after the number: "1,200€", "110 JPY", "$31.20 US".
  const suffix = matchAt(CURRENCY_SUFFIX_AT, text, end);
  if (suffix) {
    const unit = CURRENCY_SUFFIX_UNITS[suffix[1]];
    if (unit && !currency) { currency = unit; end += suffix[0].length; }
    else if (unit === '' && currency === 'dollar') end += suffix[0].length;
  }

  // Letters glued after the digits that are neither a scale nor a unit: "5G", "4K", "9AB8", "3D".
  if (isLetter(text[end]) && !isFraction) {
    const token = matchAt(UNIT_TOKEN_AT, text, end);
    if (!token || !unitAlias(token[1], true)) return { skipTo: chainEnd(text, alnumEnd(text, end)) };
  }

  if (cur && CURRENCY_PREFIXES_NEEDING_MONEY_SHAPE.has(cur.prefix) && scale === 1 && !m[0].includes(',') && !m[0].includes('.')) {
    // "PS5" is a games console, "PS2.7m" and "PS21,700" are pounds.
    return { skipTo: end };
  }

  const plain = !isFraction && !negative && !currency && scale === 1 && !power && !m[0].includes(',') && !m[0].includes('.');
  return {
    start, numberStart: ns, end, value: negative ? -value : value, spelled: false, word: null, article: false,
    period: false, plain, integerDigits, scale, currency, negative, fraction: isFraction, bound,
  };
}
