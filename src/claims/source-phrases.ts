/**
 * The phrases around a reporting verb: the speaker's noun phrase before it (across lists and appositions) or after
 * it, and the clause it opens or closes. Token indices are into one sentence's tokens (sentence-parts.ts).
 */
import type { EntityAnnotation } from '../model/doc.ts';
import type { Span } from '../model/report.ts';
import type { Tok } from './sentence-parts.ts';
import { insideAny } from '../text/spans.ts';
import { DOCUMENT_SOURCES, GROUP_ADJECTIVES, GROUP_SOURCES } from '../text/en/claim-patterns.ts';
import { MONTHS, WEEKDAYS } from '../text/en/quantity-patterns.ts';

/** Parts of speech a noun phrase is made of. */
export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);

/** Parts of speech of the words before a name in an apposed piece: titles, ages ("spokesman", "81-year-old"). */
const NAME_MODIFIER_POS = new Set(['PROPN', 'DET', 'ADJ', 'NUM', 'NOUN']);

/** A mention that can be a named speaker: a linked person or organisation, not a demonym. */
export const isNamedSpeaker = (e: EntityAnnotation): boolean => !!e.entity && !e.demonym && (e.type === 'person' || e.type === 'organization');

/** A document noun, by its lemma or its singular ("polls", "records", "data"). */
export const isDocumentNoun = (t: Tok): boolean => DOCUMENT_SOURCES.has(t.lemma) || DOCUMENT_SOURCES.has(t.text.toLowerCase().replace(/s$/, ''));

/** Prepositions after a document's noun that name whose or what it is: "a survey by …", "a poll of …". */
const DOCUMENT_PREPOSITION = /^(?:by|of|from|for|on|among|with)$/i;

/**
 * Prepositions after a group of people that say which ("officials from both parties", "insiders in the next two
 * states", "aides to Mr. Sanders", "people close to the vice president", "attendees at the summit").
 */
const GROUP_PREPOSITION = /^(?:of|from|in|at|to|with|for|on|within|inside|across|around)$/i;

/**
 * The index of the noun a preposition at `j` qualifies, when it names a group of people (PEOPLE or one of
 * GROUP_SOURCES) and is not counted ("two of the protesters"); else -1.
 */
function groupBefore(tokens: Tok[], j: number): number {
  if (j < 1 || tokens[j].pos !== 'ADP' || !GROUP_PREPOSITION.test(tokens[j].text)) return -1;
  let h = j - 1;
  if (GROUP_ADJECTIVES.has(tokens[h].text.toLowerCase()) && h > 0) h--;
  const t = tokens[h];
  if (t.pos !== 'NOUN') return -1;
  const word = t.text.toLowerCase();
  if (!(GROUP_SOURCES.has(word) || PEOPLE.test(word)) || isDocumentNoun(t)) return -1;
  // "two of the protesters", "dozens of students": a count, not a group named by where it is from.
  if (/^of$/i.test(tokens[j].text) && h > 0 && tokens[h - 1].pos === 'NUM') return -1;
  return h;
}

/** A word that opens a place or a body after "on", "in" or "at", not a time ("the call", "Kyiv"; not "Monday", "May"). */
const isPlace = (t: Tok | undefined): boolean => !!t && (t.pos === 'DET' || (t.pos === 'PROPN' && !WEEKDAYS.has(t.text) && !MONTHS.has(t.text)));

/**
 * Plurals that name people: agent nouns by their ending ("insiders", "activists", "attendees", "candidates",
 * "representatives", "Republicans") and a few others.
 */
const PEOPLE = /^(?:\p{L}+(?:ers|ors|ists|ants|ents|ees|ans|ives|ates|ats|eys)|people|members|staff|allies|friends|families|relatives|clergy|troops|rabbis|police)$/u;

/** Prepositions that open a time adverbial ("on Sunday", "a poll out this week"). */
const TIME_PREPOSITION = /^(?:on|in|at|during|since|until|by|out|over|throughout|within)$/i;

/**
 * The noun phrase (a coordination of them) that ends just before token index `i`, as a span.
 * @param times spans of time expressions: one between subject and verb is skipped ("Trump on Sunday tweeted",
 *   "a poll released Saturday found"), never taken for the speaker
 */
export function phraseBefore(tokens: Tok[], i: number, times: readonly Span[] = []): Span | null {
  let j = i - 1;
  const inTime = (t: Tok) => insideAny(times, t.span);
  // Skip auxiliaries, negation, adverbs and time adverbials between subject and verb ("has not", "today did not",
  // "later Thursday told").
  while (j >= 0) {
    const t = tokens[j];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || /^(?:today|yesterday|also|further|then)$/i.test(t.text)) {
      j--;
      continue;
    }
    if (!inTime(t)) break;
    while (j >= 0 && inTime(tokens[j])) j--;
    if (j >= 0 && TIME_PREPOSITION.test(tokens[j].text)) j--;
    // A participle dating the subject: "a poll released Saturday", "the report published Tuesday".
    if (j > 0 && tokens[j].pos === 'VERB' && /(?:ed|en)$/i.test(tokens[j].text) && /^(?:NOUN|PROPN)$/.test(tokens[j - 1].pos)) j--;
  }
  // An adverb set off by commas: "Experts and officials, however, said".
  if (tokens[j]?.text === ',' && tokens[j - 1]?.pos === 'ADV' && tokens[j - 2]?.text === ',') j -= 3;
  // An apposition closed by a comma before the verb: "Rep. Chris Collins, R-NY, says" → "Rep. Chris Collins".
  if (tokens[j]?.text === ',') {
    let k = j - 1;
    while (k >= 0 && j - k <= 6 && tokens[k].text !== ',') k--;
    if (k > 0 && tokens[k].text === ',' && tokens[k - 1].pos === 'PROPN') j = k - 1;
  }
  const end = j;
  // The end of the list the walk is in: a group's qualifier ("the cities of Blackpool and Liverpool") is not one.
  let listEnd = end;
  for (let hops = 0; ; hops++) {
  while (j >= 0) {
    const t = tokens[j];
    // A bracketed acronym belongs to the phrase: "Ukraine's Defense Intelligence Agency (GUR) stated".
    if (t.text === ')') {
      let k = j - 1;
      while (k >= 0 && tokens[k].text !== '(' && j - k < 8) k--;
      if (k >= 0 && tokens[k].text === '(') { j = k - 1; continue; }
      break;
    }
    if (NP_POS.has(t.pos) || t.text === "'s" || t.text === '’s') { j--; continue; }
    // A hyphen inside a word ("the Sun-Times"), and "of" inside a name ("the University of Michigan", "the Council of
    // the Great City Schools").
    if (t.text === '-' && j > 0 && j < end && tokens[j - 1].span.end === t.span.start && t.span.end === tokens[j + 1].span.start) { j--; continue; }
    if (/^(?:of|for)$/i.test(t.text) && j > 0 && j < end && tokens[j - 1].pos === 'PROPN' && (tokens[j + 1].pos === 'PROPN' || (tokens[j + 1].pos === 'DET' && tokens[j + 2]?.pos === 'PROPN'))) { j--; continue; }
    // A plural's possessive apostrophe on its own: "Bernie Sanders’ campaign".
    if ((t.text === '’' || t.text === "'") && j > 0 && j < end && /s$/i.test(tokens[j - 1].text) && /^(?:PROPN|NOUN)$/.test(tokens[j - 1].pos)) { j--; continue; }
    // A noun in -ing the tagger took for a verb, right before the reporting verb and after a name or noun:
    // "Exit polling showed".
    if (j === end && t.pos === 'VERB' && /ing$/i.test(t.text) && j > 0 && /^(?:PROPN|NOUN|ADJ)$/.test(tokens[j - 1].pos)) { j--; continue; }
    // A participle before the noun it describes: "A Reuters rolling poll shows", "the governing party said".
    if (j < end && t.pos === 'VERB' && /(?:ing|ed)$/i.test(t.text) && /^(?:NOUN|PROPN)$/.test(tokens[j + 1].pos) && j > 0 && /^(?:DET|PROPN|ADJ)$/.test(tokens[j - 1].pos)) { j--; continue; }
    // A list: "South Korea, the U.S., and Ukraine"; an apposition: "Rep. Chris Collins, R-NY, says".
    if ((t.text === ',' || t.pos === 'CCONJ') && j > 0 && (NP_POS.has(tokens[j - 1].pos) || tokens[j - 1].text === ',')) {
      // A comma joins list items when a conjunction closes the list after it, or when the item before it follows
      // a comma or a conjunction itself: else it ends the phrase ("… among the passengers, spokesman X said").
      // (Nor when the item before it closed a list with its conjunction: "… and 10 servers, the congressional report
      // said".)
      if (t.text === ',' && !tokens.slice(j + 1, listEnd + 1).some((x) => x.pos === 'CCONJ') && listMarkBefore(tokens, j - 1) !== ',') break;
      // A comma before the conjunction closes a list of three or more; after a clause ("… at the PGA Championship in
      // Louisville, and Nicklaus said") it joins clauses, not names.
      if (t.pos === 'CCONJ' && tokens[j - 1].text === ',' && (j < 2 || listMarkBefore(tokens, j - 2) === null)) break;
      j--;
      continue;
    }
    if (t.pos === 'PRON' && /^(?:he|she|they|it|we|i)$/i.test(t.text) && j === end) { j--; break; }
    // A possessive determiner opens the phrase: "her friend said", "his spokesman told".
    if (t.pos === 'PRON' && /^(?:his|her|their|its|our|my)$/i.test(t.text) && j < end) { j--; break; }
    break;
  }
  // A group qualified by a preposition belongs to the phrase: "elected officials from both parties say".
  const group = j < end && j >= 0 ? groupBefore(tokens, j) : -1;
  if (group < 0 || hops >= 2) break;
  j = listEnd = group;
  }
  let first = j + 1;
  if (first > end || end < 0) return null;
  // A document's modifiers before the phrase found: "a survey by the organization", "a study by the Council of …",
  // "a random survey conducted by the network", "a poll of likely voters".
  for (let hops = 0; hops < 3 && first > 1 && DOCUMENT_PREPOSITION.test(tokens[first - 1].text); hops++) {
    let k = first - 2;
    if (tokens[k].pos === 'VERB' && /ed$/i.test(tokens[k].text)) k--;
    if (k < 0 || !isDocumentNoun(tokens[k]) || tokens[k].pos === 'VERB') break;
    let s = k;
    while (s > 0 && NP_POS.has(tokens[s - 1].pos)) s--;
    first = s;
  }
  // Trim leading list punctuation.
  let f = first;
  while (f <= end && (tokens[f].text === ',' || tokens[f].pos === 'CCONJ')) f++;
  return f <= end ? { start: tokens[f].span.start, end: tokens[end].span.end } : null;
}

/**
 * Whether a cue after `before` (the sentence's text up to it) opens its clause: nothing but punctuation before it,
 * since the sentence's start or a colon, semicolon or dash, but for a leading conjunction or linking adverb ("But
 * according to interviews …, he", "It has not gone unnoticed: according to recent polls, …").
 */
export function opensClause(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf('–')) + 1);
  const words = clause.replace(/[^\p{L}\p{N}\s'’]/gu, ' ').trim();
  return words === '' || CLAUSE_LINKS.test(words);
}

const CLAUSE_LINKS = /^(?:and|but|yet|so|still|however|meanwhile|now|also|moreover|indeed|instead|in fact|in addition|at the same time)$/i;

/**
 * Whether what a reporting verb at token index `i` says comes after it: a colon right after the verb opens it
 * ("X said: …"), and so does anything in the verb's clause (up to a semicolon, colon or dash) but its own
 * adverbials ("…, X said on Monday."; "…, analysts say; in 2012, …").
 */
export function contentFollows(tokens: Tok[], i: number): boolean {
  if (tokens[i + 1]?.text === ':') return true;
  const rest = tokens.slice(i + 1);
  const stop = rest.findIndex((x) => /^(?:[;:—–]|--)$/.test(x.text));
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  return !clause.every((x) => x.pos === 'PUNCT' || x.pos === 'ADV' || x.pos === 'ADP' || NP_POS.has(x.pos));
}

/**
 * The speaker of a reporting verb at token index `i` named before appositions: "Marley Anderson, 21, a junior from
 * Las Vegas, said", "Jason Furman, who leads the council, said", "Kevin Brady, chairman of the Ways and Means
 * Committee, said". Walking back from the comma before the verb over comma-separated pieces with no verb of their
 * own (but in a relative clause: who/which/whose), the first piece that is a person's or an organisation's name
 * (titles and an age before it, a home state or party after it allowed), or a name of capitalised words no entity
 * was made of. Null when the verb has no such appositions before it.
 */
export function apposedSpeaker(tokens: Tok[], i: number, entities: EntityAnnotation[], times: readonly Span[] = []): Span | null {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  if (tokens[k]?.text !== ',') return null;
  for (let pieces = 0; pieces < 5 && k > 0; pieces++) {
    let s = k - 1;
    while (s >= 0 && tokens[s].text !== ',' && k - s <= 30) s--;
    if (s >= 0 && tokens[s].text !== ',') return null;
    const piece = tokens.slice(s + 1, k);
    // (A quotation closed after its comma: "…,” Richard Hasen, a law professor, wrote".)
    while (piece.length && /^[”"’']$/.test(piece[0].text)) piece.shift();
    if (!piece.length) return null;
    // A person named with where they are from, set off after the subject they name: "One pastor supporting Mr.
    // Cruz, Darran Whiting of Liberty Baptist Church in Marion, said".
    if (pieces === 0 && s >= 0) {
      const person = entities.find((e) => isNamedSpeaker(e) && e.type === 'person' && e.span.start === piece[0].span.start);
      if (person && nameTail(piece.filter((t) => t.span.start >= person.span.end))) return { start: person.span.start, end: person.span.end };
    }
    if (pieces > 0) {
      const last = piece[piece.length - 1];
      // The name ends the piece, or a home state or party follows it: "Senator John Cornyn of Texas", "Rep. Elijah
      // Cummings (D-Md.)".
      const name = entities.find((e) => isNamedSpeaker(e) && e.span.start >= piece[0].span.start && (e.span.end === last.span.end || nameTail(piece.filter((t) => t.span.start >= e.span.end))));
      // (Titles and modifiers before the name: "former President Bill Clinton", "81-year-old Parker Eaton".)
      if (name && piece.every((t) => t.span.start >= name.span.start || NAME_MODIFIER_POS.has(t.pos) || t.text === '-')) return { start: name.span.start, end: name.span.end };
      // A name no entity was made of ("Stein, a physician from Massachusetts and longtime Green Party activist,
      // accused"), but a date ("Monday, a spokesman said").
      const span = { start: piece[0].span.start, end: last.span.end };
      if (!name && piece.length <= 4 && piece.every((t) => t.pos === 'PROPN') && !insideAny(times, span)) return span;
    }
    // (A word of a name is no verb, whatever its tag: "the House Ways and Means/VERB Committee"; nor is one of a
    // relative clause inside the piece, "a nominal Republican who voted for JFK", nor a participial aside, "Judge
    // David McKeague, writing for the majority, said".)
    const relative = piece.findIndex((t) => /^(?:who|which|whose)$/i.test(t.text));
    const aside = pieces === 0 && piece[0].pos === 'VERB' && /ing$/i.test(piece[0].text);
    const verb = !aside && piece.slice(0, relative < 0 ? piece.length : relative).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !entities.some((e) => e.span.start <= t.span.start && t.span.end <= e.span.end));
    if (verb) return null;
    if (s < 0) return null;
    k = s;
  }
  return null;
}

/**
 * Words after a name that tell where the person is from or their party: "of Texas", "from Ohio", "(D-Md.)", "of
 * Liberty Baptist Church in Marion".
 */
function nameTail(rest: Tok[]): boolean {
  if (!rest.length) return false;
  if (rest[0].text === '(') return rest[rest.length - 1].text === ')' && rest.length <= 8;
  const last = rest[rest.length - 1];
  return /^(?:of|from)$/i.test(rest[0].text) && rest.length > 1 && rest.length <= 8 && (last.pos === 'PROPN' || last.text === '.')
    && rest.slice(1).every((t) => t.pos === 'PROPN' || t.text === '.' || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text)) || /^(?:in|of|the)$/.test(t.text));
}

/** The comma or conjunction the noun-phrase words that end at token index `k` follow (',' for a comma), or null. */
function listMarkBefore(tokens: Tok[], k: number): string | null {
  while (k >= 0 && (NP_POS.has(tokens[k].pos) || tokens[k].text === "'s" || tokens[k].text === '’s')) k--;
  if (k < 0) return null;
  return tokens[k].text === ',' ? ',' : tokens[k].pos === 'CCONJ' ? tokens[k].text : null;
}

/** The noun phrase starting at token index `i` (after a cue), up to a clause boundary; `object`: the object of a preposition. */
export function phraseAfter(tokens: Tok[], i: number, limit: number, object = false): Span | null {
  let j = i;
  while (j < tokens.length && tokens[j].span.start < limit) {
    const t = tokens[j];
    // (But a group of people placed by "on", "in" or "at": "according to a source on the call", "officials in Kyiv".)
    const placed = /^(?:on|in|at)$/i.test(t.text) && groupBefore(tokens, j) >= 0 && isPlace(tokens[j + 1]);
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || (/^(?:that|who|which|on|in|at|after|before|during|as|while|when)$/i.test(t.text) && !placed)) break;
    // A verb ends the phrase, unless it is a noun the tagger misread ("state news agency KCNA") or a capitalised
    // word of a name ("The Associated Press"). After a preposition (`object`) the phrase is a noun phrase, so its
    // first word is no verb ("according to state/VERB corporate records"), nor a plural noun or a participle after
    // a noun or adjective ("according to media buying/VERB sources", "… corporate records/VERB").
    const compound = tokens[j - 1]?.text === '-' && tokens[j - 1].span.end === t.span.start;
    const misread = object && (j === i || (/(?:s|ing)$/i.test(t.text) && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[j - 1].pos)));
    // (Nor a participle between a determiner and its noun: "according to an archived version of …", "a leaked memo".)
    const attributive = tokens[j - 1]?.pos === 'DET' && /(?:ed|en)$/i.test(t.text) && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[j + 1]?.pos ?? '');
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !compound && !misread && !attributive && !/^\p{Lu}/u.test(t.text) && !(tokens[j + 1] && (tokens[j + 1].pos === 'NOUN' || tokens[j + 1].pos === 'PROPN') && j === i)) break;
    j++;
  }
  if (j === i) return null;
  return { start: tokens[i].span.start, end: tokens[j - 1].span.end };
}
