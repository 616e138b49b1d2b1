/** Singular, lower-case form of a counted noun, for `Quantity.unit`. */
import { ES_PLURAL, IES_PLURAL, IRREGULAR_SINGULARS, NOT_PLURAL_S, PLURALS_WITHOUT_S } from '../text/en/quantity-patterns.ts';

/**
 * The singular of an English noun in lower case: "troops" → "troop", "shells" → "shell", "people" → "person",
 * "boxes" → "box", "batteries" → "battery", "fishermen" → "fisherman"; words that are not plural come back lower-cased.
 *
 * @example singular('Soldiers') // 'soldier'
 */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_SINGULARS[w];
  if (irregular) return irregular;
  if (w.length > 3 && w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.length <= 2 || !w.endsWith('s')) return w;
  if (NOT_PLURAL_S.test(w)) return w;
  if (IES_PLURAL.test(w)) return `${w.slice(0, -3)}y`;
  if (ES_PLURAL.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * True when a word looks plural: it ends in -s (not -ss, -us, -is) or is an irregular plural.
 *
 * @example looksPlural('troops') // true
 */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (PLURALS_WITHOUT_S.has(w)) return true;
  if (w.length > 4 && w.endsWith('men')) return true;
  if (w.length <= 2 || !w.endsWith('s')) return false;
  if (IRREGULAR_SINGULARS[w] === w) return false;
  return !NOT_PLURAL_S.test(w) && !w.endsWith("'s") && !w.endsWith('’s');
}
