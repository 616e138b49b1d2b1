/**
 * The speakers a sentence names, each with its cue and where it applies: "according to X", "X said that …",
 * "…, said X", "X informed lawmakers that", "citing X", "a report from X", "a briefing by X". A source phrase
 * resolves to entities where they fit (all of a coordination: "South Korea, the U.S., and Ukraine"), to a person
 * through a title used earlier ("a South Korean lawmaker" → "lawmaker Lee …"), to an organisation through its
 * head noun ("the agency"), or stays free text ("analysts"); bare hearsay ("reports indicate") names nobody.
 */
import type { Doc, EntityAnnotation } from '../model/doc.ts';
import type { Span } from '../model/report.ts';
import { ADDRESSEE_VERBS, DOCUMENT_INTRO, DOCUMENT_SOURCES, GROUP_ADJECTIVES, GROUP_SOURCES, LISTENER_THEN, PERSONAL_PRONOUN, POLL_IN, SPECIFIC_POLL, QUOTE_ONLY_VERBS, REPORTING_VERBS, SOURCE_BEFORE, SOURCE_LEADING_WORDS, SPEECH_VERBS, UNNAMED_SOURCES, UPSTREAM_VERBS } from '../text/en/claim-patterns.ts';
import { isNameWordInside, isVerbLike, type SentenceParts, type Tok } from './sentence-parts.ts';
import { apposedSpeaker, contentFollows, isDocumentNoun, isNamedSpeaker, NP_POS, opensClause, phraseAfter, phraseBefore } from './source-phrases.ts';
import { insideAny, within } from '../text/spans.ts';

/** One resolved source: an entity id, or free text where no entity fits. */
export interface Source {
  source: string;
  entity: boolean;
}

export interface SourceCue {
  cue: string;
  /** Where the cue sits; `applies` says on which side of it the reported content lies. */
  at: number;
  applies: 'after' | 'before' | 'sentence';
  /** The cue's verb token (for verbs), so that a claim about the speech act itself is not attributed to it. */
  verb: Tok | null;
  /** The reporting verb's lemma ("estimate", "believe"), for the modality. */
  lemma?: string;
  /** `via`: an upstream cue ("citing", "a briefing by"): its source stands behind the sentence's speaker. */
  upstream: boolean;
  sources: Source[];
  /**
   * True for a cue the rest of its clause goes on under: one that opens it ("According to X, …") or an aside set off
   * by commas ("Since November, according to X, security forces have killed …").
   */
  coversAfter?: boolean;
  /** True when the cue names nobody ("reports indicate"). */
  unnamed: boolean;
  phrase: Span;
  /** The quotation the cue stands in, if any: it reports only inside it. */
  quote?: Span;
}


const PRONOUN_PERSON = /^(?:he|she)$/i;
/** Words between a name and the person it qualifies: a title ("campaign manager"), no list or preposition. */
const TITLE_BETWEEN = /^(?:['’]s)?(?:\s+(?!(?:and|or|for|of|at|from|with|in|on|by|to)\b)[\p{L}.-]+)*\s+$/u;
const TITLE_HEADS = /^(?:lawmaker|legislator|president|minister|secretary|spokesman|spokeswoman|spokesperson|senator|governor|mayor|chief|director|general|commander|ambassador|envoy|official|leader|chairman|head|prime minister|premier|chancellor|king|queen|prince|adviser|advisor|analyst|expert|professor|researcher|judge|prosecutor)s?$/i;

/** Words after a source phrase's head noun: "a poll of …", "data from …", "a study by …". */
const HEAD_PREPOSITIONS = new Set(['of', 'from', 'by', 'at', 'in', 'for', 'with', 'on', 'to']);

/** Head nouns of a description that may name an organisation of the document ("the agency", "the institute"). */
const ORG_HEADS = /^(?:agency|service|ministry|council|committee|office|department|intelligence|command|army|police|court|commission|parliament|government|military|institute|university|college|foundation|center|centre|group|company|firm|campaign|bureau|organization|organisation|association|network|newspaper|magazine|party|board|administration|coalition|union|bank|fund)$/i;

/** Free text of a source phrase without leading determiners and possessive tails. */
function cleanPhrase(s: string): string {
  return s.replace(/\s+/g, ' ').replace(SOURCE_LEADING_WORDS, '').replace(/['’]s$/, '').trim();
}

/**
 * Resolves the source phrase `span` of `doc` to sources.
 * @param parts the sentence around it
 * @param before entity mentions of the document before the sentence (for pronouns and titles)
 * @param fallback what a phrase no rule resolves is: nobody (`unnamed`); a speaker described by a noun and its
 *   determiner (`described`: the speaker of a verb of speech, "the airline said", "said her friend"), or also by a
 *   plural as its subject (`subject`: "former employees said"); or the phrase
 *   itself (`phrase`: what "according to" names, "according to one global index")
 */
export function resolvePhrase(doc: Doc, span: Span, parts: SentenceParts, before: EntityAnnotation[], upstream = false, typeOf?: (entity: string) => string | undefined, fallback: 'unnamed' | 'described' | 'subject' | 'phrase' = 'unnamed'): { sources: Source[]; unnamed: boolean } {
  const isPossessive = (e: EntityAnnotation) => /^['’]s\b/.test(doc.text.slice(e.span.end, e.span.end + 3));
  // Behind "citing"/"referencing", a possessor is not what is cited ("citing Shoigu's visit").
  const inside = parts.entities.filter((e) => e.span.start >= span.start && e.span.end <= span.end && e.entity && !(upstream && isPossessive(e)));
  const phrase = cleanPhrase(doc.text.slice(span.start, span.end));
  // The head of "a poll of Indiana voters" is "poll": the last word before "of".
  const words = phrase.toLowerCase().split(' ');
  // "data from comScore", "a study by economists": the word before the first preposition; "officials involved",
  // "a person close to …": not a trailing participle or adjective.
  const prepAt = words.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w));
  let headAt = prepAt > 0 ? prepAt - 1 : words.length - 1;
  while (headAt > 0 && (/ed$/.test(words[headAt]) || GROUP_ADJECTIVES.has(words[headAt]))) headAt--;
  const head = words[headAt] ?? '';
  // "Ukraine's Defense Intelligence Agency": the possessor is not the speaker when a named head follows.
  const possessor = (e: EntityAnnotation) => isPossessive(e) && inside.some((x) => x.span.start > e.span.end && !x.demonym);
  const named = inside.filter((e) => !e.demonym && !possessor(e));
  const pick = (list: EntityAnnotation[]) => ({ sources: unique(list.map((e) => ({ source: e.entity!, entity: true }))), unnamed: false });
  // "U.S. Secretary of State John Kerry", "Priorities USA chief strategist Guy Cecil": the person the phrase ends
  // with, not the country before.
  const person = named.find((e) => (e.type === 'person' || typeOf?.(e.entity!) === 'person') && e.span.end === span.end);
  if (person && named.some((e) => e.type === 'country')) return pick(named.filter((e) => e.type !== 'country'));
  // "Clinton campaign manager Robby Mook": a name before the person's title qualifies it (but "Trump and Clinton").
  if (person && named.length > 1 && named.every((e) => e === person || TITLE_BETWEEN.test(doc.text.slice(e.span.end, person.span.start)))) return pick([person]);
  // "U.S. Census data", "U.S. lobbying records": a country naming whose documents they are is not their source.
  if (named.length && named.every((e) => e.type === 'country') && words.length > 1 && DOCUMENT_SOURCES.has(head.replace(/s$/, ''))) return freeText(phrase);
  if (named.length) return pick(named);
  // Title coreference: "a South Korean lawmaker" → the person this document introduced as "lawmaker X".
  if (TITLE_HEADS.test(head)) {
    const person = titledPerson(doc, head.replace(/s$/, ''));
    if (person) return pick([person]);
  }
  // A description by head noun: "the agency", "the nation's intelligence agency" → an organisation of the document named so.
  for (const w of [...words].reverse()) {
    if (!ORG_HEADS.test(w)) continue;
    const org = orgByHead(doc, w, inside);
    if (org) return pick([org]);
  }
  if (inside.length && (GROUP_SOURCES.has(head) || TITLE_HEADS.test(head))) return pick(inside); // "Ukrainian officials" → Ukraine
  if (inside.length) return pick(inside);
  // Pronouns: "he"/"she" → the first person the sentence names before it outside a quotation ("Bill Taylor, an
  // organizer, said he expected …", "Roffman … drew Trump's ire after he told …"), else the last person named
  // before; "they" → the last organisation or country named before.
  if (PRONOUN_PERSON.test(phrase)) {
    const isPerson = (e: EntityAnnotation) => !!e.entity && (e.type === 'person' || typeOf?.(e.entity) === 'person');
    const subject = parts.entities.find((e) => isPerson(e) && e.span.start >= parts.sentence.start && e.span.end <= span.start && !/["“”]/.test(doc.text.slice(parts.sentence.start, span.start)));
    if (subject) return pick([subject]);
    const last = [...before].reverse().find(isPerson);
    return last ? pick([last]) : { sources: [], unnamed: true };
  }
  /** The last body of one of `types` named before, within 600 characters. */
  const lastBody = (types: RegExp) => {
    const last = [...before].reverse().find((e) => e.entity && !e.demonym && types.test(typeOf?.(e.entity) ?? e.type));
    return last && span.start - last.span.end < 600 ? pick([last]) : { sources: [], unnamed: true };
  };
  // "…,” it said", "it stated": a body speaks; the last organisation named before (not a thing: "it was", "it shows").
  if (/^it$/i.test(phrase) && (fallback === 'subject' || fallback === 'described')) return lastBody(/^organization$/);
  if (/^they$/i.test(phrase)) return lastBody(/^(?:organization|country)$/);
  // (With a contraction too: "What I’m always reminding people is …".)
  if (!phrase || /^(?:it|they|we|i|you|this|that|which|who|him|her|them)(?:['’](?:m|re|ve|ll|d))?$/i.test(phrase)) return { sources: [], unnamed: true };
  // A specific document is a source ("the report published Tuesday", "new filings", "the survey"); bare hearsay
  // ("reports indicate", "sources say") names nobody.
  const raw = doc.text.slice(span.start, span.end).trim();
  // (Plural documents are: "records show", "polls show", "several polls show"; but for "reports", hearsay.)
  const specific = words.length > 1 || /^(?:the|a|an|this|that|its|their|his|her|new|recent|latest)\s/i.test(raw) || (/(?:[^s]s|data)$/.test(head) && !UNNAMED_SOURCES.has(head));
  if (DOCUMENT_SOURCES.has(head.replace(/s$/, '')) && specific) return freeText(phrase);
  // (After "according to", hearsay of more than two words is named as written: "multiple sources familiar with …".)
  if (UNNAMED_SOURCES.has(head) && !(fallback === 'phrase' && words.length > 2)) return { sources: [], unnamed: true };
  if (GROUP_SOURCES.has(head) || /^\p{Lu}/u.test(phrase)) return freeText(phrase);
  // "The bank said", "the company says": an organisation the document names no other way.
  if (ORG_HEADS.test(head) && /^the\s/i.test(raw)) return freeText(phrase);
  // "the airline said", "her friend said", "the governor said" (no governor named before): a speaker described by a
  // noun and its determiner, whom the document names no other way; or, as the subject, by a plural ("other senators
  // said", "former employees said", "company executives said").
  if ((fallback === 'described' || fallback === 'subject') && headAt <= 3) {
    const noun = parts.tokens.find((t) => t.pos === 'NOUN' && t.span.start >= span.start && t.span.end <= span.end && t.text.toLowerCase() === head);
    if (noun && DESCRIBED.test(raw)) return freeText(phrase);
    // A plural only as the subject: its noun phrase opens the sentence or a clause ("…, while other voters said"), so
    // not the people a figure counts ("28 percent of Democratic registered voters said", "about 40 rabbis have
    // said"), an object ("executives who run news organizations say"), "what voters confirmed", nor a bare
    // document ("polls saying").
    let k = parts.tokens.findIndex((t) => t.span.start >= span.start) - 1;
    const npWord = (t: Tok) => /^(?:ADJ|PROPN|NOUN|DET)$/.test(t.pos) || /(?:ed|ing)$/.test(t.text) || t.text === '-';
    while (k >= 0 && npWord(parts.tokens[k])) k--;
    // (The second of two coordinated phrases opens where the first does: "31% of Republicans and Republican-leaning voters".)
    if (k > 0 && parts.tokens[k].pos === 'CCONJ' && npWord(parts.tokens[k - 1])) for (k--; k >= 0 && npWord(parts.tokens[k]); k--);
    const opens = k < 0 || /^(?:CCONJ|SCONJ|ADV)$/.test(parts.tokens[k].pos) || /^[,;:“”"—]$/.test(parts.tokens[k].text);
    const plural = noun && ((/s$/i.test(noun.text) && noun.lemma !== head) || head === 'people') && !DOCUMENT_SOURCES.has(noun.lemma) && !/^(?:what|which|whose)\s/i.test(raw)
      && !parts.tokens.some((t) => t.pos === 'NUM' && t.span.start >= span.start && t.span.end <= noun.span.start);
    if (fallback === 'subject' && plural && opens) return freeText(phrase);
  }
  if (fallback === 'phrase' && !(words.length <= 2 && words.some((w) => UNNAMED_SOURCES.has(w)))) return freeText(phrase);
  return { sources: [], unnamed: true };
}

/** A determiner opening a described speaker: "the airline", "her friend", "a spokesperson". */
const DESCRIBED = /^(?:the|a|an|one|his|her|their|its|our|my)\s/i;

/** A source named only by its phrase ("analysts", "the new poll"). */
const freeText = (phrase: string) => ({ sources: [{ source: phrase, entity: false }], unnamed: false });

function unique(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(s.source) ? false : (seen.add(s.source), true)));
}

/** The person whose mention follows the title word (or whose title is the word) in this document. */
function titledPerson(doc: Doc, title: string): EntityAnnotation | null {
  const re = new RegExp(`\\b${title}s?\\s+$`, 'i');
  for (const e of doc.entities) {
    if (e.type !== 'person' || !e.entity) continue;
    const pre = doc.text.slice(Math.max(0, e.span.start - 40), e.span.start);
    if (re.test(pre)) return e;
  }
  return null;
}

/** The organisation of the document whose name contains `head`, the most mentioned one. */
function orgByHead(doc: Doc, head: string, inside: EntityAnnotation[]): EntityAnnotation | null {
  const counts = new Map<string, { n: number; e: EntityAnnotation }>();
  const h = head.toLowerCase();
  for (const e of doc.entities) {
    if (e.type !== 'organization' || !e.entity) continue;
    const name = (e.name ?? e.text).toLowerCase();
    if (!name.includes(h) && !(h === 'intelligence' && /\b(?:nis|cia|gur|fsb|mi6)\b/.test(name))) continue;
    const c = counts.get(e.entity) ?? { n: 0, e };
    c.n++;
    counts.set(e.entity, c);
  }
  // Prefer an organisation of the country the phrase names ("South Korean intelligence").
  const countries = new Set(inside.filter((e) => e.demonym || e.type === 'country').map((e) => e.entity));
  const best = [...counts.values()].sort((a, b) => b.n - a.n);
  if (countries.size) {
    for (const c of best) {
      const pre = doc.text.slice(Math.max(0, c.e.span.start - 30), c.e.span.start);
      if (doc.entities.some((x) => countries.has(x.entity) && x.span.start >= c.e.span.start - 30 && x.span.end <= c.e.span.start) || pre === '') return c.e;
    }
  }
  return best[0]?.e ?? null;
}

/** The first three letters of each reporting verb. */
const REPORTING_PREFIXES = new Set([...REPORTING_VERBS].map((v) => v.slice(0, 3)));

/** Surfaces seen, with the reporting verb each is a form of (a few thousand distinct short words in practice). */
const FORMS = new Map<string, string | null>();

/** The reporting verb a lower-case surface is a regular form of ("claims", "estimated", "denies"), or null. */
function reportingForm(surface: string): string | null {
  let lemma = FORMS.get(surface);
  if (lemma === undefined) {
    const candidates = [surface, surface.replace(/(?:ed|d|s|es)$/, ''), surface.replace(/ied$/, 'y'), surface.replace(/ed$/, 'e')];
    lemma = candidates.find((c) => REPORTING_VERBS.has(c)) ?? null;
    if (FORMS.size >= 100_000) FORMS.clear();
    FORMS.set(surface, lemma);
  }
  return lemma;
}

/** The lemma of a reporting verb at token `i`, or null. The tagger sometimes calls "claim", "estimate",
 * "informed" a noun or an adjective; followed by "that" (or an object and "that") they are verbs all the same. */
export function reportingLemma(tokens: Tok[], i: number): string | null {
  const t = tokens[i];
  // Only a verb, a noun or an adjective passes the tests at the end: the other tokens (most) stop here.
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return null;
  const surface = t.text.toLowerCase();
  // The forms below cut at most three letters off a word: from five letters on they keep its first three, so a
  // word no reporting verb starts like is none of them (most words; this runs on every token).
  let lemma: string | null = REPORTING_VERBS.has(t.lemma) ? t.lemma : null;
  if (!lemma && (surface.length < 5 || REPORTING_PREFIXES.has(surface.slice(0, 3)))) lemma = reportingForm(surface);
  // Any verb of saying or thinking takes a that-clause: "X argues/hopes/fears/insists that …".
  if (!lemma && t.pos === 'VERB' && /^that$/i.test(tokens[i + 1]?.text ?? '') && !/^(?:be|have|do|so|such)$/.test(t.lemma) && !/^(?:to)$/i.test(tokens[i - 1]?.text ?? '')) lemma = t.lemma;
  // "X called the deal “a terrible deal”": naming something with a quotation is saying it.
  if (!lemma && t.pos === 'VERB' && t.lemma === 'call' && namesWithQuotation(tokens, i)) lemma = 'call';
  // "Sanders has called for the minimum wage … to be raised to $15": a demand.
  if (!lemma && t.pos === 'VERB' && callsFor(tokens, i)) lemma = 'call';
  // "Forbes put his net worth at $45 billion", "Initial estimates put the total at about 55,000 pages": an estimate.
  if (!lemma && t.pos === 'VERB' && t.lemma === 'put' && putsAtFigure(tokens, i)) lemma = 'put';
  if (!lemma) return null;
  // Verbs that report only next to a quotation: "“…,” he continued" but not "the war continued".
  if (QUOTE_ONLY_VERBS.has(lemma)) {
    const before = quoteBefore(tokens, i);
    // (Also "pointed out that …".)
    const after = tokens[i + 1] && (/^(?:[,:“"]|that)$/i.test(tokens[i + 1].text) || (/^out$/i.test(tokens[i + 1].text) && /^that$/i.test(tokens[i + 2]?.text ?? '')));
    // "The latest poll showed …", "the data show …": documents report with these verbs too.
    const documentSubject = documentBefore(tokens, commaAside(tokens, i) ?? i);
    // "Todd asked Pence whether …", "asked a federal judge to block …": a question or a request put to someone.
    const question = lemma === 'ask' && asksWhat(tokens, i);
    if (!before && !after && !documentSubject && !question) return null;
  }
  if (isVerbLike(tokens, i)) return lemma;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return null;
  // "The reports show/NOUN Conservative Solutions PAC …": after a plural document noun, a bare verb form.
  const prev = tokens[i - 1];
  // (Also "Polls show/NOUN as many as …", and "…, records show/NOUN." closing the sentence.)
  const next = tokens[i + 1];
  // (Or, for a bare form, a document further back through what describes it: "exit polls conducted by Edison Research
  // for … television networks show/NOUN two-thirds of …".)
  const documentNoun = prev && (((/s$/i.test(prev.text) || /^data$/i.test(prev.text)) && isDocumentNoun(prev)) || (!/s$/i.test(t.text) && documentBefore(tokens, i)));
  if (documentNoun && (!next || /^(?:DET|PROPN|NUM|PRON|ADV)$/.test(next.pos) || /^[.,;]$/.test(next.text))) return lemma;
  // "The New York Times reports/NOUN:", "…, The Wall Street Journal reports/NOUN.": after a name, before the colon
  // that opens what is reported or closing the sentence.
  // (Also after a document's noun: "The Heritage Foundation website notes/NOUN:".)
  if (prev && (prev.pos === 'PROPN' || isDocumentNoun(prev)) && (!next || /^[:.!]$/.test(next.text))) return lemma;
  // "Schweizer notes/NOUN the foundation hid …": a verb in -s after a name, opening a clause with a determiner or a
  // pronoun (not "the Clinton claims the …", where a determiner comes before the name).
  if (prev && prev.pos === 'PROPN' && /s$/i.test(t.text) && next && /^(?:DET|PRON)$/.test(next.pos) && tokens[i - 2]?.pos !== 'DET') return lemma;
  // "… claim that", "… informed lawmakers that", "… estimate that": a verb after its subject.
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    if (/^that$/i.test(tokens[j].text)) return i > 0 && NP_POS.has(tokens[i - 1].pos) && tokens[i - 1].pos !== 'DET' ? lemma : null;
    if (!NP_POS.has(tokens[j].pos)) break;
  }
  return null;
}

const isReportingVerb = (tokens: Tok[], i: number) => reportingLemma(tokens, i) !== null;

/**
 * The index of the first token within `max` after `i` that `is` accepts, in the verb's clause: before a clause mark
 * or another verb; -1 when there is none.
 */
function aheadInClause(tokens: Tok[], i: number, max: number, is: (k: number) => boolean): number {
  for (let k = i + 1; k < tokens.length && k <= i + max; k++) {
    if (is(k)) return k;
    if (/^[,;:.—–()]$/.test(tokens[k].text) || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * Whether the verb at `i` ("called") names its object with a quotation: a quotation mark opens within eight tokens
 * in its clause, and no particle follows the verb ("called for", "called off").
 */
function namesWithQuotation(tokens: Tok[], i: number): boolean {
  if (/^(?:for|on|off|up|in|back|out|upon)$/i.test(tokens[i + 1]?.text ?? '')) return false;
  // (Not "so called “…”", nor "a group called “The Local”": a name given, no object named by it.)
  if (/^so$/i.test(tokens[i - 1]?.text ?? '') || (isOpeningQuote(tokens, i + 1) && tokens[i - 1]?.pos === 'NOUN')) return false;
  return aheadInClause(tokens, i, 8, (k) => isOpeningQuote(tokens, k)) >= 0;
}

/**
 * Whether "asked" at `i` puts a question or a request to someone: its object is followed by "whether", "if", "to",
 * "about", "why", "how", "what", "when" or "which" within seven tokens in its clause.
 */
const asksWhat = (tokens: Tok[], i: number): boolean =>
  aheadInClause(tokens, i, 7, (k) => k > i + 1 && /^(?:whether|if|to|about|why|how|what|when|which)$/i.test(tokens[k].text)) >= 0;

/**
 * Whether "put" at `i` puts something at a figure: "at" and a number (or a currency sign, or "about", "around",
 * "nearly", "roughly", …) within fourteen tokens in its clause.
 */
function putsAtFigure(tokens: Tok[], i: number): boolean {
  const at = aheadInClause(tokens, i, 14, (k) => /^at$/i.test(tokens[k].text));
  const next = at >= 0 ? tokens[at + 1] : undefined;
  return !!next && (next.pos === 'NUM' || /^(?:[$€£]|about|around|nearly|roughly|more|less|just|only)$/i.test(next.text));
}

/** Whether the verb at `i` is "call for" (a demand: what is called for follows it). */
const callsFor = (tokens: Tok[], i: number): boolean => tokens[i].lemma === 'call' && /^for$/i.test(tokens[i + 1]?.text ?? '');

/** A quotation mark that opens a quotation (straight ones and two apostrophes too). */
const OPENING_QUOTE = /^(?:[“"‘]|'')$/;

/** Whether token `i` opens a quotation: a mark, or two apostrophes the tokenizer split. */
const isOpeningQuote = (tokens: Tok[], i: number): boolean =>
  !!tokens[i] && (OPENING_QUOTE.test(tokens[i].text) || (tokens[i].text === "'" && tokens[i + 1]?.text === "'" && tokens[i].span.end === tokens[i + 1].span.start));

/**
 * The verb of a clause that introduces a quotation with a colon, whatever the verb: "Trump … leaned in and boomed:
 * “…”", "Kelly responded pointedly, with a smile: “…”", "Cruz called them on it:" closing a paragraph whose next one
 * opens a quotation. The nearest verb before the colon, within eight tokens and the clause; -1 when there is none.
 */
function colonIntroducer(doc: Doc, tokens: Tok[], sentence: Span): number {
  let c = tokens.length - 1;
  while (c >= 0 && tokens[c].text !== ':') c--;
  if (c < 1) return -1;
  const opens = c + 1 < tokens.length ? isOpeningQuote(tokens, c + 1) : /^\s*(?:[“"]|'')/.test(doc.text.slice(sentence.end, sentence.end + 12));
  if (!opens) return -1;
  for (let i = c - 1; i >= 0 && c - i <= 8; i--) {
    const t = tokens[i];
    if (/^[;:“”"]$/.test(t.text)) return -1;
    if (t.pos === 'VERB') return isNameWordInside(tokens, i) ? -1 : i;
  }
  return -1;
}

/**
 * Where an aside set off by dashes right before the verb at `i` opens ("insiders in the next two states — Nevada and
 * South Carolina — said"): the index of its first dash, or null.
 */
function dashedAside(tokens: Tok[], i: number): number | null {
  const dash = tokens[i - 1]?.text;
  if (dash !== '—' && dash !== '–' && dash !== '--') return null;
  for (let k = i - 2; k > 0 && i - k <= 24; k--) if (tokens[k].text === dash) return k;
  return null;
}

/**
 * Where an aside set off by commas right before the verb at `i` opens, a participle's ("The poll, released on
 * Wednesday night by the Public Policy Institute of California, showed", "A Fox News poll, conducted jointly with …,
 * shows") or a relative clause ("Executives for Mondelez, which generated more than $30 billion …, say", "One
 * attendee, who like others spoke on the condition of anonymity, said"): the index of its first comma, after a
 * noun; or null.
 */
function commaAside(tokens: Tok[], i: number): number | null {
  if (tokens[i - 1]?.text !== ',') return null;
  for (let k = i - 2; k > 1 && i - k <= 30; k--) {
    const t = tokens[k];
    if (/^[;:“”"—–]$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    const opens = tokens[k + 1];
    // (Or a prepositional phrase: "Margaret Sullivan, in an attempt to draw attention to …, wrote".)
    const aside = (opens.pos === 'VERB' && /(?:ed|en)$/i.test(opens.text)) || /^(?:who|which|whose)$/i.test(opens.text) || opens.pos === 'ADP';
    return aside && /^(?:NOUN|PROPN)$/.test(tokens[k - 1].pos) ? k : null;
  }
  return null;
}

/** A token that closes a quotation ("”", or a word it ends). */
const isClosingQuote = (t: Tok): boolean => /^[”"’']$/.test(t.text) || /[”"]$/.test(t.text);

/**
 * Whether a quotation closes before token `i`, with no verb between but in its speaker's name and appositions:
 * "…,” he continued", "…,” Clinton campaign manager Robby Mook wrote", "…,” Richard Hasen, a law professor at the
 * University of California at Irvine, wrote".
 */
function quoteBefore(tokens: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 20; k--) {
    const t = tokens[k];
    if (isClosingQuote(t)) return true;
    // (Within four tokens a verb may come between: "…,” he told reporters, continuing …".)
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i - k > 4) return false;
  }
  return false;
}

/**
 * Whether a document noun heads the words before token `i`, through its modifiers: "the latest poll showed", "a
 * study by the Council of the Great City Schools found", "a random survey conducted by the network found". No
 * verb of its own (but a participle) nor a clause mark comes between.
 */
function documentBefore(tokens: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    const t = tokens[k];
    // (A noun in -ing the tagger took for a verb, right before: "Exit polling/VERB shows".)
    if (isDocumentNoun(t) && (t.pos !== 'VERB' || (k === i - 1 && /ing$/i.test(t.text)))) return true;
    // (A participle in -ed or -en describes it: "polls conducted by …", "the average of polls taken over …".)
    if (/^[,;:()“”"]$/.test(t.text) || (t.pos === 'VERB' && !/(?:ed|en)$/i.test(t.text)) || (t.pos === 'AUX' && k < i - 1)) return false;
  }
  return false;
}

/**
 * Whether the source phrase `phrase` is an aside the clause goes on after: a comma closes it, no relative pronoun
 * or participle follows that would describe the source instead ("…, according to the report, released Tuesday"),
 * and a verb follows, or the aside parts a verb from its object.
 * @param at where the cue starts
 */
function asideGoesOn(tokens: Tok[], at: number, phrase: Span): boolean {
  const k = tokens.findIndex((t) => t.span.start >= phrase.end);
  if (k < 0 || tokens[k].text !== ',') return false;
  const next = tokens[k + 1];
  if (!next || /^(?:who|which|whose|where|when)$/i.test(next.text) || (next.pos === 'VERB' && /(?:ed|en|ing)$/i.test(next.text))) return false;
  // Set between a verb and its object: "G4S receives, according to one report, $234 million in contracts".
  const c = tokens.findIndex((t) => t.span.start >= at);
  if (c > 1 && tokens[c - 1].text === ',' && tokens[c - 2].pos === 'VERB') return true;
  // A clause goes on, with a verb of its own ("…, state security forces have killed …"), not an apposition ("…,
  // according to public filings, a huge sum for a firm with 35 partners").
  for (let n = k + 1; n < tokens.length && !/^[;:.]$/.test(tokens[n].text); n++) if (tokens[n].pos === 'VERB' || tokens[n].pos === 'AUX') return true;
  return false;
}

/** Whether a reported clause ("that …") or a quotation follows the verb at `i` in its clause. */
function reportedAfter(tokens: Tok[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && !/^[;:]$/.test(tokens[k].text); k++) {
    if (/^that$/i.test(tokens[k].text) || isOpeningQuote(tokens, k)) return true;
  }
  return false;
}

/** A mark that ends the content before a speaker placed after it: a comma or a closing quotation mark. */
const CLOSES_CONTENT = /^[,”"’']$/;

/** SOURCE_BEFORE as a test (its global flag makes `test` stateful). */
const HAS_SOURCE_BEFORE = new RegExp(SOURCE_BEFORE.source, SOURCE_BEFORE.flags.replace('g', ''));

/** What an upstream verb's token contains, whatever its form ("cited", "citing", "quoted", "referred", "sourced"). */
const UPSTREAM_STEMS = /cit|quot|refer|sourc/i;

/**
 * Whether a sentence may hold an upstream cue ("citing X", "a briefing by X", "X, who referenced Y"): false only
 * when findSources would find none there, at a fraction of its cost (it reads every token as a reporting verb).
 * Most sentences have none (99 % of PolNeAR's), and the claims stage asks it of every sentence.
 */
export function mayHoldUpstreamCue(text: string, sentence: Span): boolean {
  const s = text.slice(sentence.start, sentence.end);
  if (HAS_SOURCE_BEFORE.test(s)) {
    for (const m of s.matchAll(SOURCE_BEFORE)) if (!/^according to/.test(m[0].trim().toLowerCase())) return true;
  }
  // (A token's text holds the stem of its lemma: these verbs are regular, their forms "cited", "quoting", "refers".)
  return UPSTREAM_STEMS.test(s);
}

/**
 * Finds the source cues of a sentence.
 * @param before entity mentions of the document before the sentence
 * @param quoted the document's quotations (quoteSpans): a cue inside one reports only inside it
 */
export function findSources(doc: Doc, parts: SentenceParts, before: EntityAnnotation[], typeOf?: (entity: string) => string | undefined, quoted: readonly Span[] = []): SourceCue[] {
  const cues: SourceCue[] = [];
  const { tokens, sentence } = parts;
  const text = doc.text.slice(sentence.start, sentence.end);
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.span.start >= offset);
  /** The sentence's time expressions. */
  const times: Span[] = [];
  for (const t of within(doc.times, sentence)) times.push(t.span);

  for (const m of text.matchAll(SOURCE_BEFORE)) {
    const at = sentence.start + m.index!;
    const ti = tokenAt(at + m[0].length);
    if (ti < 0) continue;
    const phrase = phraseAfter(tokens, ti, sentence.end, true);
    if (!phrase) continue;
    const cue = m[0].trim().toLowerCase();
    // What "according to" names is a source whatever its head noun ("according to one global index"), but a
    // pronoun or bare hearsay ("according to reports").
    const r = resolvePhrase(doc, phrase, parts, before, !/^according to/.test(cue), typeOf, cue === 'according to' ? 'phrase' : 'unnamed');
    const coversAfter = opensClause(doc.text.slice(sentence.start, at)) || asideGoesOn(tokens, at, phrase);
    cues.push({ cue, at, applies: 'sentence', verb: null, upstream: !/^according to/.test(cue), coversAfter, sources: r.sources, unnamed: r.unnamed, phrase });
  }

  // "In an NBC News/Wall Street Journal poll released Monday, 50 percent …": a document introduced at the start.
  const intro = DOCUMENT_INTRO.exec(text);
  if (intro) {
    const start = sentence.start + intro.index + intro[0].lastIndexOf(intro[1]);
    const phrase = { start, end: start + intro[1].length };
    const r = resolvePhrase(doc, phrase, parts, before, false, typeOf);
    const sources = r.sources.length ? r.sources : [{ source: cleanPhrase(intro[1]), entity: false }];
    cues.push({ cue: intro[0].split(' ')[0].toLowerCase(), at: sentence.start, applies: 'sentence', verb: null, upstream: false, coversAfter: true, sources, unnamed: false, phrase });
  }

  // "… a 24-point lead in a CNN national poll": the poll is the source of what the sentence says before it (and of
  // what follows, when it opens the clause).
  for (const m of text.matchAll(POLL_IN)) {
    const start = sentence.start + m.index! + m[0].length - m[1].length;
    const phrase = { start, end: start + m[1].length };
    if (cues.some((c) => c.phrase.start < phrase.end && phrase.start < c.phrase.end) || !SPECIFIC_POLL.test(m[1])) continue;
    // A noun phrase ("… voters in Pennsylvania head to the polls" is none; "the most recent Fox poll", "the
    // RealClearPolitics average of New Hampshire polls" are), not the polls closing.
    const inPhrase = tokens.filter((t) => t.span.start >= phrase.start && t.span.end <= phrase.end);
    if (inPhrase.some((t, k) => !NP_POS.has(t.pos) && !/^(?:[/&-]|of)$/i.test(t.text) && !(/^(?:most|more)$/i.test(t.text) && inPhrase[k + 1]?.pos === 'ADJ'))) continue;
    if (/^\s+(?:closed?|closes|closing|opened|opens?|opening)\b/i.test(doc.text.slice(phrase.end, phrase.end + 9))) continue;
    const r = resolvePhrase(doc, phrase, parts, before, false, typeOf);
    // (What follows is the poll's too when the phrase sits in the subject: "Obama's approval rating in the latest
    // Washington Post-ABC News Poll stands at 53%".)
    const next = tokens.find((t) => t.span.start >= phrase.end);
    const inSubject = !!next && (next.pos === 'VERB' || next.pos === 'AUX');
    const coversAfter = inSubject || opensClause(doc.text.slice(sentence.start, sentence.start + m.index!)) || asideGoesOn(tokens, sentence.start + m.index!, phrase);
    cues.push({ cue: 'in', at: sentence.start + m.index!, applies: 'sentence', verb: null, upstream: false, coversAfter, sources: r.sources, unnamed: r.unnamed, phrase });
  }

  /** The cue of the reporting verb at token `i`, its speaker `phrase` (a verb of speech takes a described one). */
  const verbCue = (i: number, phrase: Span, applies: SourceCue['applies']): SourceCue => {
    const lemma = reportingLemma(tokens, i) ?? tokens[i].lemma;
    const r = resolvePhrase(doc, phrase, parts, before, false, typeOf, !SPEECH_VERBS.has(lemma) ? 'unnamed' : phrase.end <= tokens[i].span.start ? 'subject' : 'described');
    return { cue: tokens[i].text.toLowerCase(), at: tokens[i].span.start, applies, verb: tokens[i], lemma, upstream: false, coversAfter: applies === 'sentence', sources: r.sources, unnamed: r.unnamed, phrase };
  };

  const introducer = text.includes(':') ? colonIntroducer(doc, tokens, sentence) : -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "X, who referenced Y", "X, citing Y": Y stands behind the sentence's speaker.
    if (isVerbLike(tokens, i) && (UPSTREAM_VERBS.has(t.lemma) || UPSTREAM_VERBS.has(t.text.toLowerCase().replace(/d$|ed$/, ''))) && (/^(?:who|which)$/i.test(tokens[i - 1]?.text ?? '') || /ing$/.test(t.text))) {
      const phrase = phraseAfter(tokens, i + 1, sentence.end);
      if (phrase) {
        const r = resolvePhrase(doc, phrase, parts, before, true, typeOf);
        cues.push({ cue: t.text.toLowerCase(), at: t.span.start, applies: 'sentence', verb: null, upstream: true, sources: r.sources, unnamed: false, phrase });
      }
      continue;
    }
    if (i !== introducer && !isReportingVerb(tokens, i)) continue;
    // "to confirm", "agreed to say": an infinitive is not a speech act of the subject here.
    if (i > 0 && tokens[i - 1].text.toLowerCase() === 'to') continue;
    // Passive "is believed/expected/said to", "were reported": hedges, handled by modality (but the progressive
    // "is telling reporters that …", "are saying" is a speech act).
    if (i > 0 && /^(?:is|are|was|were|be|been|being)$/i.test(tokens[i - 1].text) && t.lemma !== 'report' && !/ing$/i.test(t.text)) continue;
    // "Mayor Okafor, who said …": the speaker is the name the relative clause (set off by a comma) hangs on. Without
    // the comma the clause may hang on any noun before it ("a professor at American University who predicted").
    let rel = i - 1;
    while (rel >= 0 && (tokens[rel].pos === 'AUX' || tokens[rel].pos === 'ADV' || tokens[rel].pos === 'PART')) rel--;
    // (Set off by a dash too: "the study -- which notes that …"; and "which" with no mark after an organisation's
    // name: "the Chicago Police Department which reported …", where "who" might hang on a person before it.)
    if (rel >= 0 && /^(?:who|which)$/i.test(tokens[rel].text)) {
      const setOff = rel > 1 && /^(?:,|—|–|--)$/.test(tokens[rel - 1].text);
      const bare = !setOff && rel > 0 && /^which$/i.test(tokens[rel].text) && tokens[rel - 1].pos === 'PROPN';
      const head = setOff ? phraseBefore(tokens, rel - 1, times) : bare ? phraseBefore(tokens, rel, times) : null;
      const named = head !== null && parts.entities.some((e) => e.span.end === head.end && (bare ? e.type === 'organization' && !!e.entity : isNamedSpeaker(e)));
      const document = head !== null && setOff && isDocumentNoun(tokens.find((t) => t.span.end === head.end) ?? tokens[rel]);
      if (head && (named || document)) cues.push(verbCue(i, head, 'after'));
      continue;
    }
    // "Mr. Obama revised his plans in October, saying that …", "A spokeswoman … declined to comment, saying …": a
    // participle of speech after a comma speaks for the subject of the clause's first verb (unless a speech act
    // before it in the sentence already covers what follows).
    if (i > 1 && tokens[i - 1].text === ',' && /ing$/i.test(t.text) && !(tokens[i + 1]?.pos === 'NUM' && t.lemma === 'claim')) {
      // ("“…,” Mr. Biden added, noting that …": the speaker of the speech act before it goes on.)
      const prev = [...cues].reverse().find((c) => c.verb);
      if (prev?.applies === 'after') continue;
      if (prev) {
        cues.push({ ...prev, cue: t.text.toLowerCase(), at: t.span.start, verb: t, lemma: reportingLemma(tokens, i) ?? t.lemma, applies: 'after', coversAfter: false });
        continue;
      }
      const first = tokens.findIndex((x, n) => n < i - 1 && (x.pos === 'VERB' || x.pos === 'AUX'));
      const subject = first > 0 ? apposedSpeaker(tokens, first, parts.entities, times) ?? phraseBefore(tokens, commaAside(tokens, first) ?? first, times) : null;
      if (subject && !tokens.slice(first, i).some((x) => /^[;:]$/.test(x.text))) {
        cues.push(verbCue(i, subject, 'after'));
        continue;
      }
    }
    let phrase = apposedSpeaker(tokens, i, parts.entities, times) ?? phraseBefore(tokens, dashedAside(tokens, i) ?? commaAside(tokens, i) ?? i, times);
    let applies: SourceCue['applies'] = 'after';
    // "Pyongyang acknowledged … and confirmed that …": a coordinated verb shares the previous speaker.
    let k = i - 1;
    while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
    if (k >= 0 && tokens[k].pos === 'CCONJ') {
      const prev = [...cues].reverse().find((c) => c.verb && c.applies === 'after');
      if (prev) {
        cues.push({ ...prev, cue: t.text.toLowerCase(), at: t.span.start, verb: t, lemma: reportingLemma(tokens, i) ?? t.lemma });
        continue;
      }
      // "McConnell was quick to embrace the mogul and said this week that …": the subject of the clause's first verb.
      const first = tokens.findIndex((x, n) => n < k && (x.pos === 'VERB' || x.pos === 'AUX'));
      const subject = first > 0 ? phraseBefore(tokens, first, times) : null;
      if (subject && !tokens.slice(first, k).some((x) => /^[,;:]$/.test(x.text))) cues.push(verbCue(i, subject, 'after'));
      continue;
    }
    if (!phrase || /^(?:it|this|that|there)$/i.test(doc.text.slice(phrase.start, phrase.end))) {
      // Post-posed speaker: "…, said lawmaker Lee" / "…,” Lee said" handled above; here the verb comes first.
      const prev = tokens[i - 1]?.text ?? '';
      // (Some outlets close a quotation with two apostrophes: ",'' said X".)
      // (Not a participle: what follows "…, pointing out where Courtland's hardware store …" is what it says.)
      if ((CLOSES_CONTENT.test(prev) || i === 0) && !/ing$/i.test(t.text)) {
        const after = phraseAfter(tokens, i + 1, sentence.end);
        // "…, says he didn't know …": a phrase followed by its own verb is the reported clause's subject, not a
        // speaker after the verb.
        const next = after ? tokens.find((x) => x.span.start >= after.end) : undefined;
        // (Nor is a time right after the verb a speaker: "…, saying Monday that …".)
        const dated = after !== null && insideAny(times, after);
        if (after && !dated && !(next && (next.pos === 'VERB' || next.pos === 'AUX'))) {
          phrase = after;
          applies = 'before';
        }
      }
    } else if (CLOSES_CONTENT.test(doc.text.slice(phrase.start - 2, phrase.start).trim())) {
      const next = tokens[i + 1]?.text;
      // "…,” Lee said.", "(… as low as 19%, Gutin says)": the content is before the speaker (but what is called for
      // follows: "In July, the NAACP called for a moratorium").
      if (next === ')' || (!contentFollows(tokens, i) && !callsFor(tokens, i))) applies = 'before';
      // "“I'm going to say it again,” Mr. Rubio said in front of a crowd of about 1,000 people": after a quotation
      // its speaker's verb is followed by where and how it was said, unless a reported clause or a quotation follows.
      else if (/(?:[”"]|'')$/.test(doc.text.slice(Math.max(0, phrase.start - 4), phrase.start).trim()) && !reportedAfter(tokens, i)) applies = 'before';
      // "In the three years since Sandy Hook, Barden says, far too many lives have been lost": a speaker set off by
      // commas inside the sentence speaks for all of it; but for a quotation after the comma ("In February, as a
      // protester was being removed, Mr. Trump said, “I'd like …”"), which is what is said.
      else if (next === ',' && !isOpeningQuote(tokens, i + 2)) applies = 'sentence';
    }
    // What a colon introduces is after it, whatever the commas before the speaker ("When Wallace died in 1998,
    // President Clinton released the following statement:").
    if (phrase) cues.push(verbCue(i, phrase, i === introducer ? 'after' : applies));
  }
  cues.sort((a, b) => a.at - b.at);
  // "Experts and officials said they believed …", "Mr. Lee said he expected …": a pronoun right after a verb of
  // speech is its speaker, not whom the article named last.
  for (let k = 1; k < cues.length; k++) {
    const c = cues[k], prev = cues[k - 1];
    if (!prev.verb || !prev.sources.length || !PERSONAL_PRONOUN.test(doc.text.slice(c.phrase.start, c.phrase.end))) continue;
    const between = doc.text.slice(prev.verb.span.end, c.phrase.start);
    // (Or after the listener of "tell": "The Florida senator told reporters he feels …", "Sanders told a cheering crowd
    // in West Virginia that he expects …"; but not a person, whom the pronoun may name.)
    const from = prev.verb.span.end;
    const listener = ADDRESSEE_VERBS.has(prev.lemma ?? '') && LISTENER_THEN.test(between)
      && !parts.entities.some((e) => e.span.start >= from && e.span.end <= c.phrase.start && (e.type === 'person' || (!!e.entity && typeOf?.(e.entity) === 'person')));
    if (!/^\s+(?:that\s+)?$/i.test(between) && !listener) continue;
    c.sources = prev.sources;
    c.unnamed = prev.unnamed;
  }
  // A cue inside a quotation reports only inside it ("“… my friends are telling me …,” said X, 59", "“It's according
  // to age groups,” said Mattie Thomas, 66"); a pronoun there points into the speaker's own world, not at whom the
  // article named last ("“… everything that they say that happened 40 or 50 years ago,” Carson told ABC").
  for (const c of cues) {
    c.quote = quoted.find((q) => q.start <= c.at && c.at < q.end);
    if (c.quote && PERSONAL_PRONOUN.test(doc.text.slice(c.phrase.start, c.phrase.end))) {
      c.sources = [];
      c.unnamed = true;
    }
  }
  return cues;
}
