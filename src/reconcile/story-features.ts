/**
 * The terms that tell one news event from another, with their in-document weights. Two earthquakes share
 * "earthquake", "magnitude", "killed" and differ in the place, the magnitude and the date, so names (capitalised
 * words that the text never writes in lower case), figures and dates weigh more than common words.
 */
import {
  STORY_CLOCK_TIME,
  STORY_CLOCK_WORDS,
  STORY_MONTHS,
  STORY_NAME_GAP,
  STORY_STOP_WORDS,
  STORY_TOKEN,
  STORY_WEEKDAYS,
  storyTextWithoutUrls,
} from '../text/en/story-words.ts';

/** Weight of a name (a capitalised word never written in lower case in the text) relative to a common word. */
export const NAME_BOOST = 2;
/** Weight of a figure or a date word ("6.1", "2012", "August"): two similar events differ in them. */
export const FIGURE_BOOST = 1.5;
/** Weight of a two-word name ("Betty Page"): it identifies a person or place better than either word. */
export const NAME_PAIR_BOOST = 1;

/**
 * Terms of a text with their weights: sublinear term frequency (1 + ln count) times the term's class boost.
 * Terms are lower-case words, figures, and "first second" pairs of adjacent name words. Links are left out:
 * a page address names a site, not an event. A known publication date adds its year and year-month as figures.
 *
 * @example storyFeatures('Quake hits Chile. The Chile quake killed 12.').get('chile') // (1 + ln 2) * NAME_BOOST
 */
export function storyFeatures(text: string, published: string | null = null): Map<string, number> {
  const clean = storyTextWithoutUrls(text);
  // The words as strings alone (a match object and a token object each cost more than the rest of the work); each
  // word's place is found again below, from the end of the word before, for the gap of a pair of names.
  const raws = clean.match(STORY_TOKEN) ?? [];
  const terms = raws.map(normalise);

  // A capitalised word is a name only when the text never writes it in lower case: "Fire" at the head of a
  // sentence is the word "fire" when "fire" occurs elsewhere; "Palmer" is a name because "palmer" never does.
  const lowerSeen = new Set<string>();
  for (let i = 0; i < raws.length; i++) if (!isCapitalised(raws[i])) lowerSeen.add(terms[i]);

  /** Each term's position in `ns` and `boosts`, its count and its largest boost. */
  const slot = new Map<string, number>();
  const ns: number[] = [];
  const boosts: number[] = [];
  const add = (term: string, boost: number) => {
    const k = slot.get(term);
    if (k === undefined) {
      slot.set(term, ns.length);
      ns.push(1);
      boosts.push(boost);
    } else {
      ns[k]++;
      if (boost > boosts[k]) boosts[k] = boost;
    }
  };
  /** Where the word before ends in `clean` (a word starts with a letter or a digit, which no gap holds). */
  let cursor = 0;
  let previousName: { term: string; end: number } | null = null;
  for (let i = 0; i < raws.length; i++) {
    const term = terms[i];
    let name: string | null = null;
    if (STORY_CLOCK_WORDS.has(term) || (term.includes(':') && STORY_CLOCK_TIME.test(term))) {
      // A page's timestamp, not the event's.
    } else if (isFigure(term)) {
      // "1" and "2" are everywhere; one-digit figures count as words.
      add(term, term.length > 1 ? FIGURE_BOOST : 1);
    } else if (term.length >= 2 && !STORY_STOP_WORDS.has(term) && !STORY_WEEKDAYS.has(term)) {
      if (STORY_MONTHS.has(term)) add(term, FIGURE_BOOST);
      else if (isCapitalised(raws[i]) && !lowerSeen.has(term)) { add(term, NAME_BOOST); name = term; }
      else add(term, 1);
    }
    const start = clean.indexOf(raws[i], cursor);
    cursor = start + raws[i].length;
    if (name && previousName && STORY_NAME_GAP.test(clean.slice(previousName.end, start))) add(`${previousName.term} ${name}`, NAME_PAIR_BOOST);
    previousName = name ? { term: name, end: cursor } : null;
  }
  if (published && /^\d{4}-\d{2}/.test(published)) {
    add(published.slice(0, 4), FIGURE_BOOST);
    add(published.slice(0, 7), FIGURE_BOOST);
  }

  const out = new Map<string, number>();
  for (const [term, k] of slot) out.set(term, (1 + Math.log(ns[k])) * boosts[k]);
  return out;
}

/** A word's lower-case form without its possessive ending, thousands separators out of figures. */
function normalise(raw: string): string {
  let w = raw.toLowerCase();
  if (w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
  return isFigure(w) && w.includes(',') ? w.replaceAll(',', '') : w;
}

/** True when a token is a figure (tokens start with a digit or a letter). */
function isFigure(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c > 127 && /^\p{N}/u.test(w));
}

/** True when a word starts with an upper-case letter. */
function isCapitalised(raw: string): boolean {
  const c = raw[0] ?? '';
  return c !== c.toLowerCase();
}
