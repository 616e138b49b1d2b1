/**
 * The counted noun after a figure: "6,000 North Korean troops" → "troop", "5,000 combat engineers" → "combat
 * engineer", "1,000 of these troops" → "troop", "millions of artillery shells" → "artillery shell". A word-list
 * reading of the noun phrase (no tagger): adjectives and demonyms are skipped, the phrase ends at a function
 * word, at punctuation, or after its first plural noun, and its last word is the head.
 */
import {
  ADJECTIVE_SUFFIX, CURRENCY_NOUNS, ING_NOUNS, IRREGULAR_PARTICIPLES, LY_NOUNS, MEASURE_TAILS, MEASURE_WORDS, NOUN_PHRASE_ADJECTIVES, NOUN_PHRASE_STOP,
  DOTTED_ABBREVIATION, MONTHS, NUMBER_WORDS, SCALE_WORDS, UNIT_ALIASES, WEEKDAYS, WORD,
} from '../text/en/quantity-patterns.ts';
import { isUpper, skipBlanks } from './quantity-chars.ts';
import { matchAt } from './quantity-match-at.ts';
import { looksPlural, singular } from './quantity-singular.ts';
import { unitAlias } from './quantity-unit-alias.ts';

/** The counted noun of a figure. */
export interface CountedNoun {
  /** Singular, lower case: the head, with a noun modifier before it ("artillery shell"). */
  unit: string;
  /** End of the phrase's last word kept. */
  end: number;
  /** The head is written in the plural ("troops"). */
  plural: boolean;
}

/** Words read at most: longer noun phrases are rare after a number, and the scan must stay bounded. */
const MAX_WORDS = 5;
/** Determiners skipped after "of" ("1,000 of these troops", "one of the best speakers"). */
const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all', 'a', 'an']);
/** Pronouns after "of": the figure counts something named elsewhere ("four of them"). */
const OF_PRONOUNS = new Set(['them', 'us', 'which', 'whom', 'you', 'it', 'those', 'these']);

interface Word { text: string; lower: string; start: number; end: number }

function wordAt(text: string, pos: number): Word | null {
  const m = matchAt(WORD, text, pos);
  // "U.S. troops": a dotted abbreviation is one (capitalised) word.
  const dotted = m && m[0].length === 1 ? matchAt(DOTTED_ABBREVIATION, text, pos) : null;
  if (dotted) return { text: dotted[0], lower: dotted[0].toLowerCase(), start: pos, end: pos + dotted[0].length };
  return m ? { text: m[0], lower: m[0].toLowerCase(), start: pos, end: pos + m[0].length } : null;
}

/** The next word after `end` across blanks only (no punctuation, no line break). */
function nextWord(text: string, end: number): Word | null {
  const i = skipBlanks(text, end, 2);
  return i > end ? wordAt(text, i) : null;
}

/** Capitalised or an acronym ("US", "COVID"), but not a unit word in capitals ("11 FEET per century"). */
const capitalised = (w: Word) => isUpper(w.text[0]) && !(w.text.length > 1 && w.text === w.text.toUpperCase() && shouted(w.lower));
const shouted = (lower: string) => MEASURE_WORDS.has(singular(lower)) || CURRENCY_NOUNS.has(singular(lower)) || lower in UNIT_ALIASES;
const adjectiveLike = (lower: string) => NOUN_PHRASE_ADJECTIVES.has(lower) || ADJECTIVE_SUFFIX.test(lower) || IRREGULAR_PARTICIPLES.has(lower);
/** -ed participles and -ing forms that are no nouns ("3,000-4,000 deployed", "the 50 remaining"). */
const verbal = (lower: string) => IRREGULAR_PARTICIPLES.has(lower) ||
  (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed')) || (lower.length > 4 && lower.endsWith('ing') && !ING_NOUNS.has(lower));
const adverb = (lower: string) => lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower);

/**
 * The counted noun after a figure ending at `pos`, or null. `singularCount` (the figure is one) stops the phrase
 * before a plural ("one proposal asks"); `allowOf` lets "of (the|these …)" come first ("thousands of people").
 *
 * @example countedNounAt('6,000 North Korean troops were sent', 5, false, true) // { unit: 'troop', end: 25 }
 */
export function countedNounAt(text: string, pos: number, singularCount: boolean, allowOf: boolean): CountedNoun | null {
  let w = nextWord(text, pos);
  if (!w) return null;
  let countFromOf = false;
  if (w.lower === 'of') {
    if (!allowOf) return null;
    let after = nextWord(text, w.end);
    if (!after) return null;
    if (OF_PRONOUNS.has(after.lower) && !OF_DETERMINERS.has(after.lower)) return null;
    if (OF_DETERMINERS.has(after.lower)) {
      const noun = nextWord(text, after.end);
      // "1,000 of these troops" but "280 million of the 1.5 billion": a number after "of the" is another figure.
      if (!noun) return null;
      after = noun;
    }
    if (after.lower in NUMBER_WORDS || after.lower in SCALE_WORDS) return null;
    w = after;
    countFromOf = true;
  }

  const words: Word[] = [];
  for (let k = 0; w && k < MAX_WORDS; k++) {
    const lower: string = w.lower;
    if (WEEKDAYS.has(w.text) || MONTHS.has(w.text)) break;
    if ((NOUN_PHRASE_STOP.has(lower) && !(capitalised(w) && w.text.length > 1 && w.text === w.text.toUpperCase())) || lower in NUMBER_WORDS || lower in SCALE_WORDS || adverb(lower)) {
      // "digital and physical sales", "Kia and Hyundai vehicles": coordination of modifiers.
      const last: Word | undefined = words[words.length - 1];
      const coordinated: boolean = (lower === 'and' || lower === 'or') && !!last && (capitalised(last) || ADJECTIVE_SUFFIX.test(last.lower));
      const next: Word | null = coordinated ? nextWord(text, w.end) : null;
      if (!next || NOUN_PHRASE_STOP.has(next.lower) || next.lower in NUMBER_WORDS) break;
      w = next;
      continue;
    }
    // A proper noun after a common noun starts a new phrase ("3 points Lakers"); after adjectives it may be
    // the noun ("eight straight World Cups").
    if (capitalised(w) && words.some((x) => !capitalised(x) && !adjectiveLike(x.lower))) break;
    const parts = lower.split('-');
    if (words.length === 0) {
      // "a 50 year-old man", "18 month-old daughter": the measure, not the noun after it.
      if (parts.length > 1 && MEASURE_TAILS.has(parts[parts.length - 1])) return { unit: unitWord(parts[0]), end: w.end, plural: false };
      // "barrel-a-day": a rate.
      if (parts.length === 3 && (parts[1] === 'a' || parts[1] === 'per')) return { unit: `${unitWord(parts[0])} per ${unitWord(parts[2])}`, end: w.end, plural: false };
      // "a million dollar house", "ten euro note": the currency is the unit; "a 30 degree homer", "the 40 yard
      // dash": so is a unit of measure.
      if (CURRENCY_NOUNS.has(singular(lower)) || MEASURE_WORDS.has(singular(lower))) return { unit: unitWord(lower), end: w.end, plural: looksPlural(lower) };
    }
    if (singularCount && !countFromOf && words.length > 0 && looksPlural(lower)) break;
    words.push(w);
    if (looksPlural(lower) && !(singularCount && !countFromOf)) break;
    if (text[w.end] !== ' ') break;
    w = nextWord(text, w.end);
  }
  // The head is a noun: drop trailing adjectives and verb forms ("thousands more", "3,000 deployed").
  while (words.length && (NOUN_PHRASE_ADJECTIVES.has(words[words.length - 1].lower) || verbal(words[words.length - 1].lower))) words.pop();
  if (!words.length) return null;
  // Names only ("787 Dreamliner", "the 90049 ZIP Code"): no counted noun, unless a plural ("millions of Americans")
  // or an acronym of a unit ("0.5 WAR").
  const acronym = words.length === 1 && words[0].text.length >= 2 && words[0].text.length <= 4 && words[0].text === words[0].text.toUpperCase();
  if (words.every(capitalised) && !looksPlural(words[words.length - 1].lower) && !acronym) return null;
  const head = words[words.length - 1];
  let unit = unitWord(head.lower);
  const mod = words[words.length - 2];
  if (mod && !capitalised(mod) && !adjectiveLike(mod.lower) && !mod.lower.includes('-')) {
    unit = `${mod.lower} ${unit}`;
  }
  return { unit, end: head.end, plural: looksPlural(head.lower) };
}

/** A unit word in its reported form: an alias ("mpg" → "mile per gallon") or the singular ("inches" → "inch"). */
function unitWord(word: string): string {
  return unitAlias(word, false) ?? singular(word);
}
