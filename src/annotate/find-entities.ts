/**
 * Entity mentions of one text: people, organisations, countries and places, found without a trained
 * recogniser. wink's model has no entity types, so mentions are built from capitalised runs (proper nouns,
 * hyphenated pieces rejoined, "of"/"the"/"'s" kept inside names that take them), all-caps acronyms, the
 * country gazetteer and the alias table, then typed by the words around them (titles, organisation heads,
 * place cues, prepositions). Precision comes first: headline capitals and sentence-initial common words are
 * only names when the body of the text confirms them.
 */
import type { EntityAnnotation } from '../model/doc.ts';
import { tokenize } from '../text/nlp.ts';
import {
  ACRONYM, AREA_CUES, CALENDAR_WORDS, CAPITALISED, COMMON_ACRONYMS, COMPOUND_ADJECTIVE_TAIL, EVENT_HEADS, EVENT_OPENERS, GENERIC_ORG_MAX_WORDS, GENERIC_ORG_PHRASES,
  GROUP_ADJECTIVES, GROUP_PLURAL, HAS_LETTER, HOME_NOUNS,
  MOTION_VERBS, NAME_CONNECTORS, NAME_PARTICLES, NOT_NAMES, OF_TAKING_HEADS, ORG_HEADS, ORG_MEMBER_CUES, ORG_OPENERS,
  PARTY_STATE_TAG, PERSON_CUES, SURNAME_PLACE_CUES, PLACE_CUE_MODIFIERS, PLACE_CUES,
  PLACE_OF_CUES, PLACE_PREFIXES, PLACE_PREPOSITIONS, POSSESSIVE, POSSESSIVE_NAME_WORDS, ROMAN_NUMERAL, SPEECH_VERBS,
  TITLE_HEADS, TITLE_MODIFIERS,
} from '../text/en/entity-patterns.ts';
import { entityCommonWord } from './entity-common-word.ts';
import { entityKey } from './entity-key.ts';
import { entityPhraseTable, type PhraseInfo } from './entity-phrase-table.ts';

/** A token with what the finder needs to know about it. */
interface Tok {
  text: string;
  start: number;
  end: number;
  pos: string;
  lower: string;
  lemma: string;
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  letters: boolean;
  /** Starts with a lower-case letter. */
  lowerStart: boolean;
  /** Has a lower-case letter somewhere. */
  hasLower: boolean;
  /** A line break lies between this token and the previous one (true for the first token). */
  newline: boolean;
  /** First word of a sentence or a line: its capital says nothing. */
  initial: boolean;
  /** Index of its segment (a line, cut at colons). */
  seg: number;
  line: number;
}

/** A stretch of one line: a headline (title case) and shouting (all caps) make capitals weak evidence. */
interface Segment {
  headline: boolean;
  shouting: boolean;
}

/** A name piece: a known phrase (gazetteer, alias table) or a capitalised word (hyphenated pieces joined). */
interface Unit {
  i: number;
  j: number;
  phrase: PhraseInfo | null;
  /** The connector tokens that joined it to the previous unit of its run ("of", "'s"). */
  joinedBy: string | null;
}

/** A mention before it becomes an annotation: token range, the range of the name proper, type. */
interface Found {
  a: number;
  b: number;
  nameA: number;
  nameB: number;
  type: EntityAnnotation['type'];
  demonym?: boolean;
  /** Name to report instead of the span's own words (countries and table entries: their canonical name). */
  name?: string;
  known: boolean;
  /** Typed by a weak cue only: a neighbouring place may retype it. */
  weak?: boolean;
}

/**
 * Finds the entity mentions of `text`, each with a span into it, its type, and the name it stands for
 * (titles, possessives and place cues stripped; countries and alias-table entries by their canonical name).
 * `entity` is left null: corpus-level linking fills it. Never throws; returns [] when nothing can be read.
 *
 * @example findEntities('Russian President Vladimir Putin met Kim Jong-un in Pyongyang.')
 *   // Russian (country, demonym), Vladimir Putin (person), Kim Jong-un (person), Pyongyang (country)
 */
export function findEntities(text: string): EntityAnnotation[] {
  if (typeof text !== 'string' || !/\p{Lu}/u.test(text)) return [];
  try {
    return find(text);
  } catch {
    return [];
  }
}

function find(text: string): EntityAnnotation[] {
  const toks = readTokens(text);
  const n = toks.length;
  if (n === 0) return [];
  const segs = readSegments(toks);
  const lowerSeen = new Set<string>();
  const bodyCaps = new Set<string>();
  const lineLetters = new Map<number, number>();
  for (const t of toks) {
    if (!t.letters) continue;
    lineLetters.set(t.line, (lineLetters.get(t.line) ?? 0) + 1);
    if (t.lowerStart) lowerSeen.add(t.lower);
    else if (t.cap && !t.initial && !segs[t.seg].headline && !segs[t.seg].shouting) bodyCaps.add(t.key);
  }
  const nameish = toks.map((t, i) => isNameWord(toks, i, segs, lowerSeen, bodyCaps));
  const units = readUnits(toks, nameish, segs, lowerSeen);
  const found: Found[] = [];
  const ctx: Ctx = { text, toks, nameish, lowerSeen, found };
  for (const run of readRuns(toks, units)) {
    const before = found.length;
    classifyRun(ctx, run);
    // A lone word filling a whole line is a by-line, a label or a navigation link, not a mention. (The length is
    // set whenever one mention was added: a rarely taken `pop()` made V8 leave this loop's optimised code at every
    // document that took it.)
    if (found.length === before + 1) {
      const only = found[before];
      found.length = before + (!only.known && only.a === only.b && lineLetters.get(toks[only.a].line) === 1 ? 0 : 1);
    }
  }
  findHomeDescriptions(text, toks, found);
  spreadPlaceType(text, toks, found);
  dropCommonWords(toks, found);
  // Headline capitals count only for names the body also uses, or names known beforehand.
  const bodyKeys = new Set<string>();
  for (const f of found) if (!segs[toks[f.a].seg].headline) bodyKeys.add(entityKey(nameOf(text, toks, f)));
  const kept = found.filter((f) => !segs[toks[f.a].seg].headline || f.known || bodyKeys.has(entityKey(nameOf(text, toks, f))));
  kept.sort((x, y) => toks[x.a].start - toks[y.a].start);
  const out: EntityAnnotation[] = [];
  let lastEnd = -1;
  for (const f of kept) {
    const start = toks[f.a].start;
    const end = toks[f.b].end;
    if (start < lastEnd || end <= start) continue;
    lastEnd = end;
    const a: EntityAnnotation = { span: { start, end }, text: text.slice(start, end), entity: null, type: f.type, name: nameOf(text, toks, f) };
    if (f.demonym) a.demonym = true;
    out.push(a);
  }
  return out;
}

/**
 * Names listed with a place are places too: "areas of Aleppo, Hama and Latakia" types Hama and Latakia by
 * Aleppo. Only untyped (`other`) names take the type, and only across ", ", " and ", " or ".
 */
function spreadPlaceType(text: string, toks: Tok[], found: Found[]): void {
  const sorted = [...found].sort((x, y) => x.a - y.a);
  const gap = (x: Found, y: Found) => text.slice(toks[x.b].end, toks[y.a].start);
  const open = (f: Found) => f.type === 'other' || f.weak === true;
  let k = 0;
  while (k < sorted.length) {
    // A list is a chain of names joined by commas that ends with "and"/"or" ("Aleppo, Hama and Latakia");
    // a comma alone proves nothing ("In Tel Aviv, Netanyahu said").
    let e = k;
    let coordinated = false;
    while (e + 1 < sorted.length && /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(gap(sorted[e], sorted[e + 1]))) {
      if (/\b(?:and|or)\b/.test(gap(sorted[e], sorted[e + 1]))) coordinated = true;
      e++;
    }
    const chain = sorted.slice(k, e + 1);
    if (coordinated && chain.some((f) => f.type === 'place')) for (const f of chain) if (open(f)) f.type = 'place';
    k = e + 1;
  }
}

/**
 * A lone capitalised common word with no type ("Peace", "Order", "Surge") is emphasis or a pun, not an
 * entity, unless it is a word of a longer name in the same text ("Trump" after "Donald Trump").
 */
function dropCommonWords(toks: Tok[], found: Found[]): void {
  const inNames = new Set<string>();
  for (const f of found) if (f.type === 'person' && f.nameB > f.nameA) for (let k = f.nameA; k <= f.nameB; k++) inNames.add(toks[k].key);
  let w = 0;
  for (const f of found) {
    const lone = f.type === 'other' && !f.known && f.a === f.b && f.nameA === f.nameB;
    if (lone && !inNames.has(toks[f.a].key) && !ACRONYM.test(toks[f.a].text) && entityCommonWord(toks[f.a].lower)) continue;
    found[w++] = f;
  }
  found.length = w;
}

function nameOf(text: string, toks: Tok[], f: Found): string {
  return f.name ?? text.slice(toks[f.nameA].start, toks[f.nameB].end).replace(/\s+/g, ' ');
}

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/** What the finder reads off a word's spelling alone. */
interface WordFacts {
  lower: string;
  key: string;
  cap: boolean;
  letters: boolean;
  lettersOnly: boolean;
  lowerStart: boolean;
  hasLower: boolean;
}

/** Facts of spellings met before: the same words come back on every page. */
const FACTS = new Map<string, WordFacts>();
const MAX_FACTS = 200_000;

function wordFacts(surface: string): WordFacts {
  let w = FACTS.get(surface);
  if (w) return w;
  w = {
    lower: surface.toLowerCase().replace(/’/g, "'"), key: entityKey(surface), cap: CAPITALISED.test(surface),
    letters: HAS_LETTER.test(surface), lettersOnly: LETTERS_ONLY.test(surface), lowerStart: /^\p{Ll}/u.test(surface),
    hasLower: /\p{Ll}/u.test(surface),
  };
  if (FACTS.size >= MAX_FACTS) FACTS.clear();
  FACTS.set(surface, w);
  return w;
}

/** Tokens with their case, line and sentence-start facts. */
function readTokens(text: string): Tok[] {
  const { tokens, sentences } = tokenize(text);
  const toks: Tok[] = [];
  let line = 0;
  let prevEnd = 0;
  // The first line break at or after `prevEnd` (-1: none left).
  let nextBreak = text.indexOf('\n');
  for (const t of tokens) {
    const { start, end } = t.span;
    if (end <= start || start < prevEnd) continue;
    const gapless = prevEnd === start;
    if (nextBreak >= 0 && nextBreak < prevEnd) nextBreak = text.indexOf('\n', prevEnd);
    const newline = toks.length === 0 || (nextBreak >= 0 && nextBreak < start);
    if (newline && toks.length > 0) line++;
    prevEnd = end;
    // wink's token strings come from its lexicon, one string per spelling: the cheapest key for `wordFacts`.
    const surface = t.text.length === end - start && text.startsWith(t.text, start) ? t.text : text.slice(start, end);
    // wink cuts words at letters outside Latin-1 ("Erdo|ğ|an", "Ł|ód|ź"): glue letter pieces that touch.
    const last = toks[toks.length - 1];
    const w = wordFacts(surface);
    if (last && gapless && w.lettersOnly && LETTERS_ONLY.test(last.text)) {
      last.end = end;
      last.text = text.slice(last.start, end);
      last.lower = last.text.toLowerCase();
      last.key = entityKey(last.text);
      last.hasLower = /\p{Ll}/u.test(last.text);
      if (t.pos === 'PROPN') last.pos = 'PROPN';
      continue;
    }
    toks.push({
      text: surface, start, end, pos: t.pos, lower: w.lower, lemma: t.lemma, key: w.key, cap: w.cap, letters: w.letters,
      lowerStart: w.lowerStart, hasLower: w.hasLower, newline, initial: false, seg: 0, line,
    });
  }
  // The first word of each sentence and of each line carries a capital whatever it is.
  let k = 0;
  for (const s of sentences) {
    while (k < toks.length && toks[k].start < s.start) k++;
    let m = k;
    while (m < toks.length && toks[m].start < s.end && !toks[m].letters) m++;
    if (m < toks.length && toks[m].start < s.end) toks[m].initial = true;
  }
  let lineFirst = true;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].newline) lineFirst = true;
    if (lineFirst && toks[i].letters) {
      toks[i].initial = true;
      lineFirst = false;
    } else if (toks[i].letters) lineFirst = false;
  }
  return toks;
}

/** Cuts lines at colons and judges each piece: title case without a final full stop is a headline. */
function readSegments(toks: Tok[]): Segment[] {
  const segs: Segment[] = [];
  const lines = toks.length > 0 ? toks[toks.length - 1].line + 1 : 0;
  let from = 0;
  const phrases = entityPhraseTable().byKey;
  const close = (to: number, byColon: boolean) => {
    let caps = 0;
    let commonCaps = 0;
    let lower = 0;
    let upper = 0;
    let letters = 0;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      if (!t.letters) continue;
      letters++;
      if (t.text.length >= 2 && !t.hasLower) upper++;
      if (t.cap) {
        if (!NOT_NAMES.has(t.lower)) caps++;
        if (!NOT_NAMES.has(t.lower) && !TITLE_HEADS.has(t.lower) && t.text.length >= 3 && entityCommonWord(t.lower) && !phrases.has(t.key)) commonCaps++;
      } else if (!NOT_NAMES.has(t.lower) && t.text.length >= 3) lower++;
    }
    let last = to - 1;
    while (last >= from && /^[\p{Pi}\p{Pf}"')\]]+$/u.test(toks[last].text)) last--;
    const prose = !byColon && last >= from && /^[.…]+$/.test(toks[last].text);
    const shouting = upper >= 3 && upper >= 0.6 * letters;
    // A title line may end with a full stop; the first line counts as one when its capitals are common words.
    // Some sources end every line, titles too, with a full stop: a line whose capitals are mostly common words
    // with hardly a lower-case word among them is a title all the same.
    const titleLike = !prose || (lines > 1 && caps >= 3 && commonCaps >= 2 && commonCaps * 2 > caps && lower <= 1)
      || (toks[from].line === 0 && lines > 1 && commonCaps >= 2 && commonCaps * 2 > caps);
    const headline = !shouting && titleLike && caps >= 2 && caps >= 1.5 * lower;
    segs.push({ headline, shouting });
    for (let i = from; i < to; i++) toks[i].seg = segs.length - 1;
    from = to;
  };
  for (let i = 0; i < toks.length; i++) {
    if (i > from && toks[i].newline) close(i, false);
    if (toks[i].text === ':') close(i + 1, true);
  }
  if (from < toks.length) close(toks.length, false);
  return segs;
}

/** Could this token be (part of) a name, judging its capital by where it stands? */
function isNameWord(toks: Tok[], i: number, segs: Segment[], lowerSeen: Set<string>, bodyCaps: Set<string>): boolean {
  const t = toks[i];
  if (!t.letters || !t.cap) return false;
  // "Mrs. May": a calendar word right after a title is a name.
  if (CALENDAR_WORDS.has(t.lower) && !(i > 0 && TITLE_HEADS.has(toks[i - 1].lower) && toks[i - 1].cap)) return false;
  if (NOT_NAMES.has(t.lower)) return false;
  const seg = segs[t.seg];
  if (seg.shouting) return false;
  if (ROMAN_NUMERAL.test(t.text)) return i > 0 && toks[i - 1].cap && !toks[i].newline;
  // An all-caps common word ("BREAKING", "NEWS") is emphasis, not an acronym; so are common words in a row
  // of capitals ("FULL TEXT").
  if (t.text.length >= 2 && !t.hasLower) {
    if (lowerSeen.has(t.lower)) return false;
    const shout = (k: number) => toks[k] !== undefined && toks[k].letters && toks[k].text.length >= 2 && !toks[k].hasLower;
    if (t.text.length >= 3 && entityCommonWord(t.lower) && ((shout(i - 1) && !t.newline) || (shout(i + 1) && !toks[i + 1].newline))) return false;
  }
  const acronym = ACRONYM.test(t.text) && !lowerSeen.has(t.lower);
  if (seg.headline) {
    if (bodyCaps.has(t.key) || acronym) return true;
    // A place cue or organisation head right after a confirmed name belongs to it ("Kursk Region").
    const prev = toks[i - 1];
    return prev !== undefined && !t.newline && (PLACE_CUES.has(t.lower) || ORG_HEADS.has(t.lower)) && bodyCaps.has(prev.key);
  }
  if (t.initial) {
    if (bodyCaps.has(t.key) || acronym) return true;
    const next = toks[i + 1];
    if (TITLE_HEADS.has(t.lower) && next && next.cap && !next.newline) return true;
    // A common word that opens an organisation's name ("Federal Reserve", "Apple Inc.", "National Guard").
    for (let k = i + 1; k < toks.length && k <= i + 4 && toks[k].cap && !toks[k].newline; k++) if (ORG_HEADS.has(toks[k].lower)) return true;
    if (t.pos !== 'PROPN' || lowerSeen.has(t.lower)) return false;
    if (!entityCommonWord(t.lower)) return true;
    // A common word that opens a longer name ("Donald Trump") is part of it when the next word is a clear name.
    return next !== undefined && !next.newline && next.cap && next.letters && !NOT_NAMES.has(next.lower) && !CALENDAR_WORDS.has(next.lower)
      && !entityCommonWord(next.lower) && !lowerSeen.has(next.lower);
  }
  return true;
}

const PHRASE_CONNECTORS = new Set(['of', 'the', 'and', '-', '&', "'s", 'de', 'du', 'la', 'da', 'del', 'des', 'for', 'in', 'on']);

/**
 * Known phrases (longest match first) and capitalised words, hyphenated pieces joined ("Jong-un",
 * "Seong-kweun"). Returns, per token index, the unit that starts there.
 */
function readUnits(toks: Tok[], nameish: boolean[], segs: Segment[], lowerSeen: Set<string>): Array<Unit | null> {
  const table = entityPhraseTable();
  const n = toks.length;
  const at: Array<Unit | null> = new Array(n).fill(null);
  const joined = (k: number) => k > 0 && k < n && toks[k].start === toks[k - 1].end;
  let i = 0;
  while (i < n) {
    const t = toks[i];
    let best: { j: number; info: PhraseInfo } | null = null;
    if (t.cap && t.letters) {
      let acc = '';
      for (let j = i; j < n && j < i + table.maxWords; j++) {
        const tj = toks[j];
        if (j > i && tj.newline) break;
        const conn = PHRASE_CONNECTORS.has(tj.lower);
        const afterHyphen = j > i && toks[j - 1].text === '-' && joined(j);
        if (j > i && !tj.cap && !conn && !afterHyphen) break;
        acc += tj.key;
        if (!tj.letters && !/\p{N}/u.test(tj.text)) continue;
        const info = table.byKey.get(acc);
        if (!info) continue;
        if (info.caps && toks.slice(i, j + 1).some((x) => x.hasLower)) continue;
        if (segs[t.seg].shouting && info.caps && (NOT_NAMES.has(acc) || lowerSeen.has(acc))) continue;
        best = { j, info };
      }
    }
    if (best && keepPhrase(toks, i, best.j, best.info, nameish, table.byKey)) {
      at[i] = { i, j: best.j, phrase: best.info, joinedBy: null };
      i = best.j + 1;
      continue;
    }
    // "al-Assad", "bin-Laden": a lower-case particle hyphened to a capitalised name is part of it.
    if (NAME_PARTICLES.has(t.text) && i + 2 < n && toks[i + 1].text === '-' && joined(i + 1) && joined(i + 2) && toks[i + 2].cap && toks[i + 2].letters) {
      at[i] = { i, j: i + 2, phrase: null, joinedBy: null };
      i += 3;
      continue;
    }
    if (nameish[i]) {
      let j = i;
      // "Kim Jong-un", "Agence France-Presse": a hyphen with no space on either side continues the word.
      while (j + 2 < n && toks[j + 1].text === '-' && joined(j + 1) && joined(j + 2) && toks[j + 2].letters
        && !COMPOUND_ADJECTIVE_TAIL.test(toks[j + 2].text)) j += 2;
      at[i] = { i, j, phrase: null, joinedBy: null };
      i = j + 1;
      continue;
    }
    i++;
  }
  return at;
}

/**
 * Whether a matched phrase stands on its own. A single-word country or capital inside a longer capitalised
 * name is part of that name ("New Mexico", "Jordan Peterson", "Seoul National University"), and a country
 * hyphened to a capitalised word is a compound ("France-Presse"), unless both halves are countries.
 */
function keepPhrase(toks: Tok[], i: number, j: number, info: PhraseInfo, nameish: boolean[], byKey: Map<string, PhraseInfo>): boolean {
  const n = toks.length;
  const joined = (k: number) => k > 0 && k < n && toks[k].start === toks[k - 1].end;
  if (j + 2 < n && toks[j + 1].text === '-' && joined(j + 1) && joined(j + 2) && toks[j + 2].cap) {
    if (byKey.get(toks[j + 2].key)?.source !== 'country') return false;
  }
  if (i >= 2 && toks[i - 1].text === '-' && joined(i) && joined(i - 1) && toks[i - 2].cap && byKey.get(toks[i - 2].key)?.source !== 'country') return false;
  // Abbreviations ("U.S.", "UK") modify the names after them ("U.S. Customs"); only written-out names are absorbed.
  if (info.source !== 'country' || info.kind === 'demonym' || j !== i || !toks[i].hasLower) return true;
  const prev = toks[i - 1];
  if (prev && !toks[i].newline && nameish[i - 1] && !TITLE_HEADS.has(prev.lower) && !byKey.has(prev.key)) return false;
  const next = toks[j + 1];
  if (next && !next.newline && nameish[j + 1] && !TITLE_HEADS.has(next.lower) && !TITLE_MODIFIERS.has(next.lower) && !ORG_HEADS.has(next.lower)
    && !PLACE_CUES.has(next.lower) && !EVENT_HEADS.has(next.lower) && !byKey.has(next.key)) return false;
  return true;
}

/** Units joined into runs: adjacent on one line, or across the connectors that names take ("of", "'s"). */
function readRuns(toks: Tok[], at: Array<Unit | null>): Unit[][] {
  const runs: Unit[][] = [];
  const n = toks.length;
  let k = 0;
  while (k < n) {
    const first = at[k];
    if (!first) {
      k++;
      continue;
    }
    const run: Unit[] = [first];
    let e = first.j;
    for (;;) {
      const m = e + 1;
      if (m >= n || toks[m].newline) break;
      const next = at[m];
      if (next) {
        run.push(next);
        e = next.j;
        continue;
      }
      let c = m;
      while (c < n && c - m < 2 && !toks[c].newline && isConnector(toks[c])) c++;
      const after = c < n && c > m && !toks[c].newline ? at[c] : null;
      if (!after) break;
      const conn = joinedTokens(toks, m, c - 1, 'lower', ' ');
      const last = toks[e].lower;
      const ok = POSSESSIVE.test(conn)
        ? POSSESSIVE_NAME_WORDS.has(last)
        : /^(?:of|for|on)(?: the)?$/.test(conn)
          ? OF_TAKING_HEADS.has(last) || TITLE_HEADS.has(last)
          : conn !== 'the' && !after.phrase && !run[run.length - 1].phrase;
      if (!ok) break;
      after.joinedBy = conn;
      run.push(after);
      e = after.j;
    }
    runs.push(run);
    k = e + 1;
  }
  return runs;
}

function isConnector(t: Tok): boolean {
  return NAME_CONNECTORS.has(t.lower) || POSSESSIVE.test(t.text);
}

interface Ctx {
  text: string;
  toks: Tok[];
  nameish: boolean[];
  lowerSeen: Set<string>;
  found: Found[];
}

const lowerOf = (ctx: Ctx, u: Unit) => (u.i === u.j ? ctx.toks[u.i].lower : joinedTokens(ctx.toks, u.i, u.j, 'lower'));

/**
 * The `field` of tokens i..j joined by `sep`. (By a loop, not `slice(…).map(…).join(…)`: a `map` result's hidden
 * class differed between optimised and unoptimised code, and V8 recompiled the functions reading it again and again.)
 */
function joinedTokens(toks: Tok[], i: number, j: number, field: 'lower' | 'text', sep = ''): string {
  let s = toks[i][field];
  for (let k = i + 1; k <= j; k++) s += sep + toks[k][field];
  return s;
}
const isWord = (ctx: Ctx, u: Unit, set: Set<string>) => !u.phrase && set.has(lowerOf(ctx, u));
/** A title, hyphenated ones included ("Secretary-General", "Commander-in-Chief"). */
const isTitle = (ctx: Ctx, u: Unit) => !u.phrase && (TITLE_HEADS.has(lowerOf(ctx, u))
  || (u.j > u.i && ctx.toks.slice(u.i, u.j + 1).some((t) => t.cap && TITLE_HEADS.has(t.lower))));

/** Types a run and adds its mentions: a title splits off a person, a country prefix splits off or qualifies. */
function classifyRun(ctx: Ctx, run: Unit[]): void {
  // The last title head with a name after it: "Russian Security Council Secretary Sergey Shoigu".
  let t = -1;
  for (let q = 0; q < run.length; q++) if (isTitle(ctx, run[q])) t = q;
  // A title word that is the complement of a name ("International Court of Justice") is no title.
  if (t >= 0 && t === run.length - 1 && run[t].joinedBy !== null) t = -1;
  if (t >= 0) {
    let after = run.slice(t + 1);
    // "Secretary of State Antony Blinken": the portfolio after "of" is part of the title.
    if (after.length > 1 && after[0].joinedBy?.startsWith('of')) after = after.slice(1);
    const orgLike = after.some((u) => u.phrase || isWord(ctx, u, ORG_HEADS) || isWord(ctx, u, EVENT_HEADS));
    if (!orgLike) {
      if (after.length > 0 && after.length <= 5) {
        pushWords(ctx, after, 'person');
      }
      let prefix = run.slice(0, t);
      const titleish = (u: Unit) => isWord(ctx, u, TITLE_MODIFIERS) || isTitle(ctx, u);
      while (prefix.length > 0 && titleish(prefix[prefix.length - 1])) prefix = prefix.slice(0, -1);
      // "Former Florida Gov. Jeb Bush": "Former" qualifies the title, "Florida" is the office's place.
      while (prefix.length > 0 && titleish(prefix[0])) prefix = prefix.slice(1);
      if (prefix.length > 0) classifyPlain(ctx, prefix);
      return;
    }
  }
  classifyPlain(ctx, run);
}

/** A run without a title split: known phrases, country-qualified organisations, then plain words. */
function classifyPlain(ctx: Ctx, run: Unit[]): void {
  const f = run.findIndex((u) => u.phrase !== null);
  if (f < 0) {
    classifyWords(ctx, run);
    return;
  }
  if (f > 0) {
    // "Bank of Russia", "Security Service of Ukraine": the country is the complement of an organisation.
    const head = run.slice(0, f);
    if (run[f].joinedBy?.match(/^(?:of|for)\b/) && head.some((u) => isWord(ctx, u, ORG_HEADS) || isWord(ctx, u, EVENT_HEADS))) {
      const type = head.some((u) => isWord(ctx, u, ORG_HEADS)) ? 'organization' : 'other';
      ctx.found.push({ a: run[0].i, b: run[run.length - 1].j, nameA: run[0].i, nameB: run[run.length - 1].j, type, known: false });
      return;
    }
    classifyWords(ctx, head);
    classifyPlain(ctx, run.slice(f));
    return;
  }
  const p = run[0];
  const rest = run.slice(1);
  const info = p.phrase!;
  // "Russian State Duma", "South Korean National Intelligence Service": an organisation of that country;
  // "United Nations Interim Force": a body of a known organisation.
  if ((info.source === 'country' || info.type === 'organization') && rest.length > 0 && rest.some((u) => isWord(ctx, u, ORG_HEADS)) && !rest.some((u) => u.phrase)) {
    const last = rest[rest.length - 1];
    ctx.found.push({ a: p.i, b: last.j, nameA: p.i, nameB: last.j, type: 'organization', known: false });
    return;
  }
  pushPhrase(ctx, p, rest.length === 0);
  if (rest.length > 0) classifyPlain(ctx, rest);
}

/** A known phrase as a mention; a demonym (or a country's possessive) before a generic organisation word becomes that description. */
function pushPhrase(ctx: Ctx, u: Unit, runEnd: boolean): void {
  const info = u.phrase!;
  if (info.source === 'table') {
    ctx.found.push({ a: u.i, b: u.j, nameA: u.i, nameB: u.j, type: info.type, name: info.name, known: true });
    return;
  }
  if (runEnd) {
    const d = descriptionAfter(ctx, u);
    if (d !== null) {
      ctx.found.push({ a: u.i, b: d, nameA: u.i, nameB: d, type: 'organization', known: true });
      return;
    }
  }
  const m: Found = { a: u.i, b: u.j, nameA: u.i, nameB: u.j, type: 'country', name: info.country, known: true };
  if (info.kind === 'demonym') m.demonym = true;
  ctx.found.push(m);
}

/**
 * "the nation's intelligence agency", "the country's defence ministry": the nation is the last country named
 * before it in the same paragraph, so the mention stands for that country's body ("South Korea's
 * intelligence agency") and links like any other description.
 */
function findHomeDescriptions(text: string, toks: Tok[], found: Found[]): void {
  const countries = found.filter((f) => f.type === 'country').sort((x, y) => x.a - y.a);
  let c = -1;
  const added: Found[] = [];
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!HOME_NOUNS.has(toks[k].lower) || toks[k - 1].lower !== 'the' || !POSSESSIVE.test(toks[k + 1].text)) continue;
    let best: number | null = null;
    let words = '';
    for (let m = k + 2; m < toks.length && m < k + 2 + GENERIC_ORG_MAX_WORDS; m++) {
      if (toks[m].newline || !toks[m].lowerStart) break;
      words = words === '' ? toks[m].lower : `${words} ${toks[m].lower}`;
      if (GENERIC_ORG_PHRASES.has(words)) best = m;
    }
    if (best === null) continue;
    while (c + 1 < countries.length && countries[c + 1].b < k) c++;
    const home = c >= 0 ? countries[c] : null;
    if (!home || toks[home.a].line !== toks[k].line || !home.name) continue;
    const phrase = text.slice(toks[k + 2].start, toks[best].end).replace(/\s+/g, ' ');
    added.push({ a: k, b: best, nameA: k, nameB: best, type: 'organization', name: `${home.name}'s ${phrase}`, known: false });
  }
  found.push(...added);
}

/**
 * The end token of a description such as "South Korean intelligence agency" or "Ukraine's defence ministry"
 * after a country phrase, or null. Not when a name follows ("state news agency KCNA"): the name is the mention.
 */
function descriptionAfter(ctx: Ctx, u: Unit): number | null {
  const { toks } = ctx;
  const info = u.phrase!;
  if (info.source !== 'country') return null;
  let k = u.j + 1;
  if (info.kind !== 'demonym') {
    if (!(k < toks.length && POSSESSIVE.test(toks[k].text) && toks[k].start === toks[k - 1].end)) return null;
    k++;
  }
  let best: number | null = null;
  let words = '';
  for (let m = k; m < toks.length && m < k + GENERIC_ORG_MAX_WORDS; m++) {
    const t = toks[m];
    if (t.newline || !t.lowerStart) break;
    words = words === '' ? t.lower : `${words} ${t.lower}`;
    if (GENERIC_ORG_PHRASES.has(words)) best = m;
  }
  if (best === null) return null;
  const next = toks[best + 1];
  // "state news agency KCNA": the name that follows is the mention. "military operations": an adjective.
  if (next && !next.newline && ((next.cap && next.letters) || /^(?:NOUN|PROPN|NUM)$/.test(next.pos))) return null;
  return best;
}

/** Adds a mention over word units with a known type. */
function pushWords(ctx: Ctx, words: Unit[], type: EntityAnnotation['type']): void {
  const a = words[0].i;
  const b = words[words.length - 1].j;
  ctx.found.push({ a, b, nameA: a, nameB: b, type, known: false });
}

/** Whether a part of a hyphened word is in `set` ("Journal-Constitution"). */
function hyphenPartIn(w: string, set: Set<string>): boolean {
  let from = 0;
  for (let at = w.indexOf('-'); at >= 0; from = at + 1, at = w.indexOf('-', from)) if (set.has(w.slice(from, at))) return true;
  return from > 0 && set.has(w.slice(from));
}

/**
 * Types a run of plain capitalised words by its head, its neighbours and its shape. (Its arrays are built by
 * loops, see joinedTokens.)
 */
function classifyWords(ctx: Ctx, words: Unit[]): void {
  const { toks, lowerSeen } = ctx;
  // "Floridians Jeb Bush": a plural group noun before a name is not part of it.
  if (words.length >= 2 && words[0].i === words[0].j && GROUP_PLURAL.test(toks[words[0].i].text)) words = words.slice(1);
  // Title modifiers and heads at the edges are not part of a name ("Defense" of "Defense Minister").
  while (words.length > 0 && isTitle(ctx, words[0])) words = words.slice(1);
  if (words.length === 0) return;
  const lowers: string[] = [];
  for (const u of words) lowers.push(lowerOf(ctx, u));
  const nW = words.length;
  const first = lowers[0];
  const last = lowers[nW - 1];
  const a = words[0].i;
  const b = words[nW - 1].j;
  const push = (type: EntityAnnotation['type'], extra: Partial<Found> = {}) =>
    ctx.found.push({ a, b, nameA: a, nameB: b, type, known: false, ...extra });
  if (nW === 1 && (TITLE_MODIFIERS.has(first) || TITLE_HEADS.has(first) || GROUP_ADJECTIVES.has(first) || COMMON_ACRONYMS.has(first))) return;
  // A lone capital letter or initial ("S.", a list label) or a party tag ("R-Ala") names nothing.
  const lone = joinedTokens(toks, a, b, 'text');
  if (nW === 1 && (/^\p{Lu}\.?$/u.test(lone) || PARTY_STATE_TAG.test(lone))) return;
  const prevTok = a > 0 && !toks[a].newline ? toks[a - 1] : undefined;
  const surnameCue = SURNAME_PLACE_CUES.has(last) && !entityCommonWord(lowers[nW - 2]) && !(prevTok && PLACE_PREPOSITIONS.has(prevTok.lower));
  // Capitalised "State" ends names of bodies and movements ("Islamic State"), not of places.
  if (nW >= 2 && PLACE_CUES.has(last) && last !== 'state' && !surnameCue && !ORG_HEADS.has(lowers[nW - 2])) {
    if (!AREA_CUES.has(last)) return void push('place');
    let nb = words[nW - 2].j;
    if (nW >= 3 && PLACE_CUE_MODIFIERS.has(lowers[nW - 2])) nb = words[nW - 3].j;
    push('place', { nameB: nb });
    return;
  }
  // Heads count in hyphened words too ("Atlanta Journal-Constitution").
  if (lowers.some((w) => ORG_HEADS.has(w) || hyphenPartIn(w, ORG_HEADS))
    || (nW >= 2 && ORG_OPENERS.has(first) && !EVENT_HEADS.has(last))) return void push('organization');
  if (EVENT_HEADS.has(last) || (nW >= 2 && (EVENT_OPENERS.has(first) || (EVENT_HEADS.has(first) && words[1].joinedBy !== null)))) return void push('other');
  // A lower-case place cue after the name: "the Kursk region", "Kursk border region".
  let c = b + 1;
  if (c < toks.length && PLACE_CUE_MODIFIERS.has(toks[c].lower) && !toks[c].newline) c++;
  if (c < toks.length && !toks[c].newline && toks[c].lowerStart && PLACE_CUES.has(toks[c].lower)) {
    ctx.found.push({ a, b: c, nameA: a, nameB: b, type: 'place', known: false });
    return;
  }
  const prev = a > 0 && !toks[a].newline ? toks[a - 1] : undefined;
  const next = b + 1 < toks.length && !toks[b + 1].newline ? toks[b + 1] : undefined;
  // A dateline ("ISTANBUL (AP) —", "JERUSALEM, Israel —") names the place the report was filed from.
  if (nW === 1 && toks[a].newline && toks[a].text.length >= 5 && !toks[a].hasLower && next && /^[(,\u2013\u2014-]$/.test(next.text)) {
    return void push('place');
  }
  const acronym = nW === 1 && words[0].i === words[0].j && ACRONYM.test(toks[a].text);
  if (acronym) return void push('organization');
  if (prev && prev.lowerStart && PERSON_CUES.has(prev.lower)) return void push('person');
  const possessed = next !== undefined && POSSESSIVE.test(next.text);
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && !possessed) return void push('place');
  if (prev && prev.lower === 'to' && a >= 2 && MOTION_VERBS.has(toks[a - 2].lemma)) return void push('place');
  if (prev && prev.lower === 'of' && a >= 2 && PLACE_OF_CUES.has(toks[a - 2].lower)) return void push('place');
  if (nW >= 2 && PLACE_PREFIXES.has(first)) return void push('place');
  // A word right after a capitalised sentence opener that was not a name is the tail of a capitalised phrase.
  // ("Federal Reserve" with "Federal" judged a common word); not after an adverb or conjunction ("Meanwhile Putin").
  if (nW === 1 && prev && prev.cap && prev.initial && !ctx.nameish[a - 1] && !toks[a].newline && !NOT_NAMES.has(prev.lower)
    && /^(?:PROPN|NOUN|ADJ)$/.test(prev.pos) && !ACRONYM.test(toks[a].text)) return;
  // "Goldman Sachs economists", "JPMorgan Chase chief executive": a company, not a person.
  const after = next && /^(?:chief|top|senior|lead|former)$/.test(next.lower) && b + 2 < toks.length ? toks[b + 2] : next;
  if (after && after.lowerStart && ORG_MEMBER_CUES.has(after.lower)) return void push('organization');
  // People take no article: "the White Helmets", "the Elysee" are not people.
  const article = prev !== undefined && /^(?:the|a|an)$/.test(prev.lower);
  if (nW >= 2) {
    const common = lowers.filter((w) => lowerSeen.has(w)).length;
    if (common === nW) return;
    // "Tallahassee GOP", "BBC Radio": an acronym inside the name makes it an organisation.
    if (words.some((u) => u.i === u.j && ACRONYM.test(toks[u.i].text) && !toks[u.i].text.includes('.'))) return void push('organization');
    // "Florida Republican", "Indiana Democrat": a description of a person, not a name.
    if (lowers.some((w) => GROUP_ADJECTIVES.has(w))) return void push('other');
    if (nW <= 5 && common * 2 <= nW && !article) {
      // "Marco Rubio Responds", "Rand Paul Scores Direct Hit": a sub-headline's verb and object trail the name.
      let k = nW;
      while (k > 1 && lowerSeen.has(lowers[k - 1]) && entityCommonWord(lowers[k - 1])) k--;
      if (k === nW) return void push('person');
      if (k >= 2) return void ctx.found.push({ a, b: words[k - 1].j, nameA: a, nameB: words[k - 1].j, type: 'person', known: false });
      return;
    }
    return void push('other');
  }
  // "Zelensky said" names a person (weakly: "Iowa indicated" does too).
  if (next && SPEECH_VERBS.has(next.lemma) && next.pos === 'VERB' && !article && prev?.pos !== 'ADP') return void push('person', { weak: true });
  push('other');
}
