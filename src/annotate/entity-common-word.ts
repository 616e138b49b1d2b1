/**
 * Whether a word is in the English lexicon of the shared wink model: a capital at the start of a sentence or
 * in a headline says nothing, so "Reports indicate …" and "Concerns have been raised …" must not yield the
 * names "Reports" and "Concerns", while "Shoigu said …" may. Uses the one shared wink instance (a second
 * instance breaks custom patterns); the look-up reads the lexicon and adds nothing to it.
 */
import { nlp } from '../text/nlp.ts';

let probe: { isOOV(text: string): boolean } | null = null;

/**
 * True when the lower-cased word is in the model's vocabulary (a common word, or a very common name).
 * @example entityCommonWord('reports') // true
 * @example entityCommonWord('shoigu') // false
 */
export function entityCommonWord(lower: string): boolean {
  try {
    probe ??= nlp().readDoc('') as unknown as { isOOV(text: string): boolean };
    return !probe.isOOV(lower);
  } catch {
    return false;
  }
}
