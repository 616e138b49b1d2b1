/**
 * Numbers that read as figures but are not quantities in context: years ("in 2019"), calendar days ("August 6",
 * "6 August"), list markers ("1." at a line start), identifiers after a name or a numbering noun ("Section 427",
 * "Big 12", "BBC One"), house numbers ("575 Wilbraham Road"), clock times with a zone ("1500 GMT"), "one" as a
 * pronoun ("each one"), and "a month" without a hedge.
 */
import {
  IDENTIFIER_NOUNS, MONTHS, NOUN_PHRASE_STOP, PRONOUN_ONE_AFTER, PRONOUN_ONE_BEFORE, STREET_WORDS, TIME_UNITS, TIME_ZONES, UNIT_ALIASES, WORD,
  YEAR_PREPOSITIONS,
} from '../text/en/quantity-patterns.ts';
import type { Amount } from './quantity-amount-at.ts';
import { isBlank, isDigit, isLetter, isUpper, skipBlanks } from './quantity-chars.ts';
import { matchAt } from './quantity-match-at.ts';
import type { Prefix } from './quantity-prefix-before.ts';
import type { UnitAfter } from './quantity-unit-at.ts';

/** A figure read so far, with what stands around it. */
export interface FigureInContext {
  first: Amount;
  /** The second end of a range. */
  second: Amount | null;
  prefix: Prefix;
  unit: UnitAfter;
}

/** Words before a bare number that make it stand for things named elsewhere ("the two", "the bottom three"). */
const BARE_NUMBER_DETERMINERS = new Set(['the', 'these', 'those', 'all', 'both', 'top', 'bottom', 'other', 'first', 'last', 'next', 'final']);
/** Words before "half" that name a part ("the first half", "the other half"). */
const HALF_BEFORE = new Set(['the', 'first', 'second', 'last', 'other', 'latter', 'former', 'back', 'front', 'top', 'bottom', 'better']);
/** Words before a bare "one" after which it still counts ("of one that was", "only one", "more than one"). */
const ONE_COUNTED_AFTER = new Set(['of', 'only', 'just', 'exactly', 'than', 'least', 'most', 'even', 'to', 'from', 'by']);

/** Every unit an abbreviation stands for ("kilometre", "percent"). */
const ALIASED_UNITS = new Set(Object.values(UNIT_ALIASES));

function wordAt(text: string, pos: number): string | null {
  const m = matchAt(WORD, text, pos);
  return m ? m[0] : null;
}

/** The word after `end` (across blanks and one comma), or null. */
function wordAfter(text: string, end: number): { text: string; start: number } | null {
  let i = skipBlanks(text, end);
  if (text[i] === ',' && i === end) i = skipBlanks(text, i + 1);
  if (i === end) return null;
  const w = wordAt(text, i);
  return w ? { text: w, start: i } : null;
}

/**
 * A plain four-digit number that reads as a year: 1000–2100, without a unit, unless a plural counted noun
 * follows it outside a date phrase ("2000 people" but "in 2018 sales rose", "the 2019 elections").
 *
 * @example yearLike(amountAt('in 2019', 3, 0)) // true
 */
export function yearLike(a: Amount): boolean {
  return a.plain && a.integerDigits === 4 && a.value >= 1000 && a.value <= 2150;
}

function isYear(f: FigureInContext): boolean {
  if (!yearLike(f.first) || (f.second && !yearLike(f.second))) return false;
  if (f.unit.kind === 'alias' || f.unit.kind === 'compound') return false;
  // "more than 1500", "up to 2000": a bound counts; "around 2020" is still a year.
  if (f.prefix.bound) return false;
  if (f.unit.kind !== 'noun' || !f.unit.unit) return true;
  if (f.prefix.approximate) return false;
  // "the 2019 season", "for 2019 Ballon dOr": a year before a noun; "2000 people" is a count, but not in
  // "in 2018 sales rose" or "Keytruda's 2018 sales".
  if (!f.unit.plural) return true;
  const prev = f.prefix.previous;
  if (!prev) return false;
  return YEAR_PREPOSITIONS.has(prev.text.toLowerCase()) || isUpper(prev.text[0]) || MONTHS.has(prev.text);
}

/** "August 6", "Oct. 31", "6 August 2024", "the 6 of August" is rare enough to leave. */
function isCalendarDay(text: string, f: FigureInContext): boolean {
  const a = f.first;
  if (!a.plain || a.value < 1 || a.value > 31 || a.integerDigits > 2) return false;
  const prev = f.prefix.previous;
  if (prev && MONTHS.has(prev.text) && f.prefix.start === a.start) return true;
  const next = wordAfter(text, (f.second ?? a).end);
  return !!next && MONTHS.has(next.text) && f.unit.kind !== 'alias';
}

/** "1." or "2)" at the start of a line, or "(3)" standing alone. */
function isListMarker(text: string, f: FigureInContext): boolean {
  const a = f.first;
  if (!a.plain || f.second || a.integerDigits > 3) return false;
  const after = text[a.end];
  if (after === ')' && text[a.start - 1] === '(' && !f.unit.unit) return true;
  if (after !== '.' && after !== ')') return false;
  const next = text[a.end + 1];
  if (next !== undefined && !isBlank(next) && next !== '\n' && next !== '\r') return false;
  let i = a.start;
  while (i > 0 && a.start - i < 8 && isBlank(text[i - 1])) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

/** "Section 427", "Big 12", "Game 7", "BBC One", "category 4 hurricane": a number naming, not counting. */
function isIdentifier(text: string, f: FigureInContext): boolean {
  const a = f.first;
  const capitalSpelled = a.spelled && !a.article && isUpper(text[a.numberStart]);
  if (!a.plain && !capitalSpelled && !(a.spelled && f.prefix.previous && IDENTIFIER_NOUNS.has(f.prefix.previous.text.toLowerCase()))) return false;
  if (f.prefix.start !== a.start || f.unit.kind === 'alias' || f.unit.kind === 'currency' || f.unit.kind === 'compound') return false;
  const prev = f.prefix.previous;
  if (!f.unit.unit) {
    // "11 Pro Max", "the 90049 ZIP Code", "9 E 71st St": a bare number before a name is part of the name.
    const next = wordAfter(text, a.end);
    if (a.plain && next && next.start === skipBlanks(text, a.end) && next.start > a.end && isUpper(next.text[0]) && !MONTHS.has(next.text)) return true;
  }
  if (!prev || prev.gap === 0 || (prev.text.length === 1 && !isLetter(prev.text))) return false;
  const lower = prev.text.toLowerCase();
  if (IDENTIFIER_NOUNS.has(lower) && (!prev.dotted || lower === 'no' || lower === 'nos' || lower === 'p' || lower === 'pp' || lower === 'vol' || lower === 'fig')) return true;
  if (f.unit.unit) return false;
  // A capitalised word right before a bare number with nothing counted after it ("Big 12", "BBC One"), unless it
  // starts the sentence ("At 2-0 down") or is a function word.
  if (prev.dotted || prev.text === prev.text.toLowerCase() || MONTHS.has(prev.text) || NOUN_PHRASE_STOP.has(prev.text.toLowerCase())) return false;
  return !sentenceStart(text, prev.start);
}

/** True when only blanks and sentence punctuation (or nothing) stand before `pos` on its line. */
function sentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 4 && isBlank(text[i - 1])) i--;
  if (i === 0) return true;
  const c = text[i - 1];
  return c === '\n' || c === '\r' || ((c === '.' || c === '!' || c === '?' || c === '"' || c === '“') && i < pos);
}

/** "575 Wilbraham Road", "16-18 Industrial Avenue", "22 Ave Foch": a house number. */
function isAddress(text: string, f: FigureInContext): boolean {
  if (!f.first.plain || (f.second && !f.second.plain)) return false;
  let pos = (f.second ?? f.first).end;
  for (let k = 0; k < 4; k++) {
    const w = wordAfter(text, pos);
    if (!w || !isUpper(w.text[0]) || text[pos] === ',') return false;
    if (STREET_WORDS.has(w.text)) return true;
    pos = w.start + w.text.length;
  }
  return false;
}

/** "1500 GMT", "0900 ET". */
function isClockTime(text: string, f: FigureInContext): boolean {
  if (!f.first.plain || f.second) return false;
  const w = wordAfter(text, f.first.end);
  return !!w && w.start <= f.first.end + 1 && TIME_ZONES.has(w.text);
}

/** "each one", "the same one", "one another", "one 52,000 barrel refinery", "one-off". */
function isPronounOne(text: string, f: FigureInContext): boolean {
  const a = f.first;
  if (!a.spelled || a.article) return false;
  // A spelled number right before digits is not the figure: "one 52,000 barrel-a-day refinery".
  if (isDigit(text[skipBlanks(text, a.end)]) && !f.second) return true;
  if (f.second) return false;
  const prev = f.prefix.previous;
  const prevWord = prev && f.prefix.start === a.start ? prev.text.toLowerCase() : null;
  const next = wordAfter(text, a.end);
  const nextWord = next && next.start <= a.end + 1 ? next.text.toLowerCase() : null;
  // "the two are vying", "the bottom three": a number standing for things named before, not a count of a unit.
  if (!f.unit.unit && prevWord && BARE_NUMBER_DETERMINERS.has(prevWord) && nextWord !== 'of') return true;
  // "the first half of the century", "the other half": a part, not a figure.
  if (a.word === 'half' && prevWord && HALF_BEFORE.has(prevWord)) return true;
  if (a.word !== 'one' || a.value !== 1) return false;
  if (prevWord && PRONOUN_ONE_BEFORE.has(prevWord)) return true;
  if (text[a.end] === "'" || text[a.end] === '’') return true;
  if (f.unit.kind === 'compound' && f.unit.unit && !TIME_UNITS.has(f.unit.unit) && !ALIASED_UNITS.has(f.unit.unit)) return true;
  if (nextWord && PRONOUN_ONE_AFTER.has(nextWord)) return true;
  // A bare "one" ("a tactical one", "for one,", "especially one that") is a pronoun, unless it counts: "one of
  // nine", "of one that was", "only one".
  return !f.unit.unit && nextWord !== 'of' && !(prevWord && ONE_COUNTED_AFTER.has(prevWord));
}

/**
 * True when the figure read is not a quantity in its context.
 *
 * @example notAQuantity('on August 6 the', figure) // true (a calendar day)
 */
export function notAQuantity(text: string, f: FigureInContext): boolean {
  if (f.first.period && !f.prefix.approximate && !f.prefix.bound) return true;
  return isYear(f) || isCalendarDay(text, f) || isListMarker(text, f) || isIdentifier(text, f) || isAddress(text, f)
    || isClockTime(text, f) || isPronounOne(text, f);
}
