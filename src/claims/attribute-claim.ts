/**
 * The attribution chain of one claim, nearest speaker first: the speakers whose reported content contains the
 * claim (verbs before it, "…, said X" after it), then the sentence's "according to"/"citing" sources, then the
 * upstream sources the document gives for those speakers ("lawmaker Lee … after a briefing by the NIS").
 */
import type { Attribution, Span } from '../model/report.ts';
import type { SourceCue } from './find-sources.ts';
import type { Tok } from './sentence-parts.ts';
import { ADDRESSEE_VERBS } from '../text/en/claim-patterns.ts';

/** A reported clause's subject right after the reporting verb: "said the …", "said its …", "said 500 …". */
const REPORTED_SUBJECT = /^\s+(?:the|its|his|her|their|our|these|those|some|most|many|all|\d)/i;

/**
 * A reported clause's subject and its auxiliary right after the reporting verb: "say Republican turnout is higher this
 * year", "says such votes are preludes to the referendum June 23" (no "that", no determiner).
 */
const REPORTED_CLAUSE = /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s/iu;

/** Participles after a reporting verb that say of what it was said: "said, referring to the Sept. 16 debate". */
const PARTICIPLES = 'referring|invoking|speaking';
const CIRCUMSTANCE_PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`, 'i');

/** The medium of a speech act right before a date: "called the KKK “abhorrent” in a tweet Sunday". */
const SPEECH_MEDIUM_BEFORE = /\b(?:in|on|during) (?:a|an|the|his|her|their|its) (?:tweet|statement|interview|post|speech|letter|email|video|radio interview|television interview|news conference|press conference)\s*$/i;

/** What follows a reporting verb to tell where, when or of what it was said (not what). */
const SPEECH_CIRCUMSTANCE = new RegExp(`^,?\\s*(?:on|in|at|during|before|after|while|from|${PARTICIPLES})\\s`, 'i');

/**
 * Between a source phrase that is no verb's (a document, an interview) and its own date: "released", "conducted in",
 * "published online", "out", or a preposition alone ("in an interview with CNN on Sunday").
 */
const DOCUMENT_DATE = /^(?:,?\s*(?:conducted|released|taken|published|fielded|out)(?:\s+online)?)?\s*(?:in|on|from|between|during|over|this|last)?\s*$/i;


export interface ClaimAttribution {
  attribution: Attribution[];
  /** Some cue applies but names nobody ("reports indicate"): the claim is reported all the same. */
  unnamed: boolean;
  /** Lemmas of the reporting verbs that apply ("estimate", "believe", "expect" shape the modality). */
  verbs: string[];
}

/**
 * @param span the claim's span
 * @param cues the sentence's source cues (findSources)
 * @param predicate the claim's own predicate token: a claim about the speech act itself is not attributed to it
 * @param upstreamOf sources the document gives behind a speaker (entity id → sources)
 * @param kind the claim's kind (a figure and a date differ in what a speech act's own verb leaves out)
 */
export function attributeClaim(span: Span, cues: SourceCue[], predicate: Tok | null, upstreamOf: Map<string, Attribution[]>, text?: string, kind?: 'quantity' | 'time'): ClaimAttribution {
  const applies = cues.filter((c) => {
    // A date of the speech act itself ("acknowledged … on Monday") is not its content; a date inside the reported
    // clause ("told reporters that he had a conversation Tuesday morning") is. A figure or a date before "…, X
    // said" is content even when the speech act is the only verb it could take ("Two children were among the
    // passengers, the ministry said", "… higher than in any year since 2004, the university reported").
    const contentBefore = c.applies === 'before' && span.end <= c.phrase.start;
    // A figure that is the speech act's object is its content ("the survey found 90 percent support", "announced
    // 500 jobs"), but for verbs whose object is the listener ("told 300 supporters").
    const contentObject = kind === 'quantity' && c.applies === 'after' && span.start > c.at && !ADDRESSEE_VERBS.has(c.lemma ?? c.verb?.lemma ?? '');
    // A date after the verb is the speech act's own ("said on Monday", "said in a statement Tuesday"), but in a
    // reported clause: after "that", or one whose subject follows the verb ("said the average donation during
    // October was …").
    const between = text && span.start > c.at ? text.slice(c.at, span.start).replace(/^\S+/, '') : null;
    // (Nor is a date right after the verb that the reported clause opens with: "said Thursday's speeches have led …",
    // "said 2016 has seen …"; a speech act is dated "said Thursday", "said in 2016", never by a bare year.)
    const opensReported = !!text && between !== null && between.trim() === '' && (/^['’]s\s/.test(text.slice(span.end, span.end + 3)) || /^\d{4}$/.test(text.slice(span.start, span.end)));
    const ownDate = between === null || !(opensReported || /\bthat\b/i.test(between) || ((REPORTED_SUBJECT.test(between) || REPORTED_CLAUSE.test(between)) && !/,/.test(between)));
    if (c.verb && predicate && c.verb === predicate && !contentBefore && !contentObject && ownDate) return false;
    // A date in the speech act's own circumstances: "said in an interview with the AP last week", "said on NBC's
    // “Meet the Press” on Sunday", "said, referring to the Sept. 16 debate"; not one a verb after it takes ("said on
    // Friday he met Trump earlier this week").
    const ownVerb = !predicate || predicate.span.start <= c.at || predicate.span.start > span.start || CIRCUMSTANCE_PARTICIPLE.test(predicate.text);
    if (kind === 'time' && c.verb && c.applies === 'after' && ownVerb && between !== null && !/\bthat\b|["“”]/.test(between) && SPEECH_CIRCUMSTANCE.test(between)) return false;
    if (kind === 'time' && c.verb && c.applies === 'after' && between !== null && !/\bthat\b/.test(between) && SPEECH_MEDIUM_BEFORE.test(between)) return false;
    if (c.phrase.start <= span.start && span.end <= c.phrase.end) return false; // the claim is inside the source phrase
    // Nor between the speaker and the verb: "disclosures filed on Sunday night revealed", "Trump on Sunday tweeted".
    if (c.verb && c.phrase.end <= span.start && span.end <= c.at) return false;
    // A document's or an interview's own date after its phrase is no content of it ("In an ABC News/Washington Post
    // Poll released Sunday", "In the latest poll, conducted in May", "in an interview with CNN on Sunday").
    if (kind === 'time' && !c.verb && text && span.start >= c.phrase.end && DOCUMENT_DATE.test(text.slice(c.phrase.end, span.start))) return false;
    if (c.quote && (span.start < c.quote.start || span.end > c.quote.end)) return false;
    if (c.applies === 'after') return span.start >= c.at;
    if (c.applies === 'before') return span.end <= c.at;
    // "…, according to X [who did Y on Thursday]": what follows a sentence-final source phrase describes the
    // source, it is not its content; a sentence-initial "According to X, …", or one set off by commas, covers what
    // follows.
    if (!c.upstream && span.start >= c.phrase.end && !c.coversAfter) return false;
    return true;
  });
  const verbsNearFirst = [
    ...applies.filter((c) => c.applies === 'after').sort((a, b) => b.at - a.at),
    ...applies.filter((c) => c.applies === 'before').sort((a, b) => a.at - b.at),
  ];
  // A source phrase after the claim with no verb of its own ("…, which stood at 263, according to the AP") names where
  // the figure comes from: it goes before the speakers whose words carry it ("Weaver says …"); but from another
  // clause (after a semicolon) or inside brackets the claim is not in ("… claim that … 81 percent … (the actual
  // number is closer to 15 percent, according to Factcheck.org)").
  const trailing = applies.filter((c) => c.applies === 'sentence' && !c.upstream && !c.verb && c.phrase.start >= span.end
    && !(text && /;|\([^)]*$/.test(text.slice(span.end, c.at))));
  const ordered = [...trailing, ...verbsNearFirst, ...applies.filter((c) => c.applies === 'sentence' && !c.upstream && !trailing.includes(c)), ...applies.filter((c) => c.applies === 'sentence' && c.upstream)];
  const out: Attribution[] = [];
  const seen = new Set<string>();
  const push = (a: Attribution, depth: number) => {
    if (seen.has(a.source) || depth > 4) return;
    seen.add(a.source);
    out.push(a);
  };
  for (const c of ordered) for (const s of c.sources) push({ source: s.source, cue: c.cue }, 0);
  // Follow the document's upstream links breadth-first, so that every hop is kept.
  for (let i = 0; i < out.length && i < 12; i++) for (const up of upstreamOf.get(out[i].source) ?? []) push(up, 1);
  return {
    attribution: out,
    unnamed: applies.some((c) => c.unnamed),
    verbs: applies.filter((c) => c.verb).map((c) => c.lemma ?? c.verb!.lemma),
  };
}
