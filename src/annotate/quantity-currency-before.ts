/** Currency signs and codes written before a figure: "$", "US $", "$A", "HK$", "€", "USD", "RM", "PS" (£). */
import { CURRENCY_PREFIXES } from '../text/en/quantity-patterns.ts';
import { isDigit, isLetter } from './quantity-chars.ts';

/** A currency prefix found before a figure. */
export interface CurrencyBefore {
  /** The unit it stands for ("dollar", "australian dollar", "pound sterling"). */
  unit: string;
  /** The prefix as listed ("US$", "PS"). */
  prefix: string;
  start: number;
}

// Longest first, so that "US$" wins over "$" and "HK $" over "$".
const PREFIXES = [...CURRENCY_PREFIXES].sort((a, b) => b[0].length - a[0].length);
/** The characters a prefix can end with: anything else before a number rules a currency out at once. */
const LAST_CHARS = new Set(PREFIXES.map(([p]) => p[p.length - 1]));

/**
 * The currency prefix ending right at `pos` (or one space before it after a symbol: "$ 5"), not reaching
 * before `floor`. A prefix that starts with a letter must not be glued to a word before it ("GPS5" is no "PS").
 *
 * @example currencyBefore('cost US $58.24', 9, 0) // { unit: 'dollar', prefix: 'US $', start: 5 }
 */
export function currencyBefore(text: string, pos: number, floor: number): CurrencyBefore | null {
  for (let end = pos; end >= pos - 1; end--) {
    if (end < pos && text[end] !== ' ') break;
    if (!LAST_CHARS.has(text[end - 1])) continue;
    for (const [prefix, unit] of PREFIXES) {
      const start = end - prefix.length;
      if (start < floor || !text.startsWith(prefix, start)) continue;
      // A letter code with a space after it ("USD 5") is written so; a symbol may be followed by one space.
      if (end < pos && isLetter(prefix[prefix.length - 1])) continue;
      if (isLetter(prefix[0]) && (isLetter(text[start - 1]) || isDigit(text[start - 1]))) continue;
      return { unit, prefix, start };
    }
  }
  return null;
}
