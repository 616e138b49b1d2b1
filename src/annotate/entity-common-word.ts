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
  let known = seen.get(lower);
  if (known === undefined) {
    try {
      probe ??= nlp().readDoc('') as unknown as { isOOV(text: string): boolean };
      known = !probe.isOOV(lower);
    } catch {
      return false;
    }
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(lower, known);
  }
  return known;
}

/**
 * Answers already given. The model's own lexicon never changes (words wink meets later are added after it and
 * stay out of vocabulary), so an answer holds for the life of the process.
 */
const seen = new Map<string, boolean>();
const MAX_SEEN = 200_000;
