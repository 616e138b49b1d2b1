/** Unit abbreviations and unit words: "km" → "kilometre", "%" → "percent", "45g" → "gram". */
import { CASED_UNIT_ALIASES, GLUED_UNIT_ALIASES, UNIT_ALIASES } from '../text/en/quantity-patterns.ts';
import { isUpper } from './quantity-chars.ts';

/**
 * The unit a token stands for, or null. `glued` says the token touches the number ("45g"): one-letter and other
 * ambiguous abbreviations count only then. Case matters for the ambiguous ones ("W" watt, "m" metre) and is
 * ignored otherwise ("GB", "gb"), except that a short capitalised word ("Ms", "Min", "Pc") is no abbreviation.
 *
 * @example unitAlias('km/h', false) // 'kilometre per hour'
 * @example unitAlias('m', true) // 'metre'
 */
export function unitAlias(token: string, glued: boolean): string | null {
  if (glued && token in GLUED_UNIT_ALIASES) return GLUED_UNIT_ALIASES[token];
  if (token in CASED_UNIT_ALIASES) return CASED_UNIT_ALIASES[token];
  const lower = token.toLowerCase();
  if (!(lower in UNIT_ALIASES)) return null;
  const capitalised = token.length > 1 && isUpper(token[0]) && token.slice(1) === lower.slice(1);
  if (capitalised && token.length <= 3) return null;
  return UNIT_ALIASES[lower];
}
