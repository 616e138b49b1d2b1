/**
 * The claims stage: every figure and every dated event of a document's text becomes a claim, bound to what it
 * measures (its predicate, subject, place), the time it refers to, who says so (the attribution chain) and how
 * surely (modality). Claims in passages that restate the article are marked `derivative`.
 */
import type { Doc, TimeAnnotation } from '../model/doc.ts';
import type { Attribution, Claim, ClaimTime, Span } from '../model/report.ts';
import type { CorpusStage } from '../model/stage.ts';
import { attributeClaim } from './attribute-claim.ts';
import { findModality } from './find-modality.ts';
import { findPredicate } from './find-predicate.ts';
import { findSources, mayHoldUpstreamCue, resolvePhrase, type SourceCue } from './find-sources.ts';
import { pickFigureTime } from './pick-figure-time.ts';
import { firstEndingAfter, sentenceOf, sentenceParts, within, type SentenceParts } from './sentence-parts.ts';
import { quoteSpans } from './find-quotes.ts';
import { isNamedSpeaker, phraseBefore } from './source-phrases.ts';
import { withTokens } from '../model/pack-tokens.ts';
import { DOCUMENT_SOURCES } from '../text/en/claim-patterns.ts';

/** The end of a quotation that ends its sentence with it: "!”", "?\"". */
const QUOTE_ENDS_SENTENCE = /[!?][”"]$|[!?]''$/;

/**
 * A speaker label opening a paragraph: a name in capitals or a short capitalised name list, then a colon; after the
 * quotation mark that opens each paragraph of a quoted transcript ("\"WALLACE: Let’s start …").
 */
const SPEAKER_LABEL = /^["“]?((?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})|(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: and [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?)):\s/;

/** Paragraph labels that are not speakers: an article's own headings, and the fields of a profile ("Name: …, Age: 27"). */
const NOT_SPEAKERS = /^(?:note|update|updated|editor|editor's note|correction|related|watch|photo|video|read more|summary|background|source|sources|references|key points|analysis|opinion|breaking|live|latest|warning|disclaimer|q|a|name|full name|age|born|died|city|hometown|home|location|country|state|district|address|job|occupation|profession|employer|pay|salary|income|wage|party|school|education|family|email|phone|website|date|time|place|price|cost|status|category|tags)$/i;

/**
 * A heading, a dash, then a name and a colon opening a quotation: "Pollsters agree - Carl Bialik: “…”", "… all along
 * -More from Blumenthal and Cohen: “…”" (the name after "More from").
 */
const DASHED_LABEL = /^[^\n]{3,150}?\s[-–—]\s*(?:More from\s+)?([^\n:]{2,60}?):\s*["“]/;

/**
 * A person's name as a label writes it: two to four capitalised words or initials ("Michael P. McDonald"), or two
 * such names ("Mark Blumenthal and Jon Cohen").
 */
const LABEL_NAME = labelNames(1);

/** Names of `fewest` + 1 to four capitalised words or initials each: one, or two joined by "and". */
function labelNames(fewest: number): RegExp {
  const word = String.raw`(?:\p{Lu}\p{Ll}[\p{L}’'-]*|\p{Lu}\.)`;
  const name = `${word}(?: ${word}){${fewest},3}`;
  return new RegExp(`^${name}(?: and ${name})?$`, 'u');
}

/**
 * The speaker label after a paragraph's heading ("Pollsters agree - Carl Bialik: “…”"), a quotation following it:
 * the name is a linked person's or organisation's ending at the colon, else a person's name as written.
 */
function dashedLabel(doc: Doc, block: Span): { span: Span; labelEnd: number; sources: string[] } | null {
  const m = DASHED_LABEL.exec(doc.text.slice(block.start, Math.min(block.end, block.start + 240)));
  if (!m) return null;
  // (The pattern is anchored: the match starts the block, and ends at the opening quotation mark.)
  const quote = block.start + m[0].length - 1;
  const nameStart = block.start + m[0].lastIndexOf(m[1]);
  const nameEnd = nameStart + m[1].length;
  // After "More from" the label is a source whatever the tagger made of it: a surname alone ("-More from Jones:",
  // "Blumenthal and Cohen"), or a document ("More from the report:").
  const moreFrom = /More from\s+$/.test(m[0].slice(0, m[0].lastIndexOf(m[1])));
  const ents = within(doc.entities, { start: nameStart, end: nameEnd }).filter((e) => isNamedSpeaker(e) || (moreFrom && !!e.entity && !e.demonym && e.type !== 'place'));
  if (ents.length && ents[ents.length - 1].span.end === nameEnd) return { span: block, labelEnd: quote, sources: [...new Set(ents.map((e) => e.entity!))] };
  return LABEL_NAME.test(m[1]) || (moreFrom && (MORE_FROM_NAME.test(m[1]) || isDocument(m[1]))) ? { span: block, labelEnd: quote, sources: [m[1]] } : null;
}

/** What "More from" names: one to four capitalised words, two such names ("Blumenthal and Cohen"), or a document. */
const MORE_FROM_NAME = labelNames(0);

/** "the report", "the study": a document named by its noun alone (DOCUMENT_SOURCES). */
const isDocument = (label: string): boolean => /^the [a-z]+$/.test(label) && DOCUMENT_SOURCES.has(label.slice(4));

/** A clause that introduces what follows it with no verb of speech: "Transcript as follows:", "X made the following comment:". */
const FOLLOWING = /(?:\bas follows|\bthe following\b[^:\n]{0,30}):\s*$/i;

/** Most claims one document yields: a longer list is a table or a machine-made page, not reporting. */
export const MAX_CLAIMS_PER_DOCUMENT = 5000;

/** Words before a duration that make it a time frame ("in the past twelve months", "over the last two years"). */
const TIME_FRAME = /\b(?:in|over|during|within|for) the (?:past|last|previous|next|coming|following)\s$/i;

/** Time values that place nothing on a calendar. */
const UNPLACED = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;

/** A verb's lemma; for a past tense the tagger called an adjective, the surface without -d/-ed. */
function verbLemma(t: { lemma: string; text: string; pos: string }): string {
  if (t.pos === 'VERB') return t.lemma;
  const w = t.text.toLowerCase();
  return w.endsWith('ied') ? w.slice(0, -3) + 'y' : /[^aeiou]ed$/.test(w) && /(?:at|iz|us|ag|enc|rv)ed$/.test(w) ? w.slice(0, -1) : w.replace(/e?d$/, w.endsWith('eed') ? 'd' : '');
}

/** The clause as a short description: whitespace collapsed, clipped around the claim. */
function describe(text: string, clause: Span, span: Span): string {
  const s = text.slice(clause.start, clause.end).replace(/\s+/g, ' ').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (s.length <= 160) return s;
  // Clip around the claim at word boundaries.
  let at = Math.max(0, span.start - clause.start - 60);
  if (at > 0) at = s.indexOf(' ', at) + 1 || at;
  let end = Math.min(s.length, at + 158);
  if (end < s.length) end = s.lastIndexOf(' ', end) > at ? s.lastIndexOf(' ', end) : end;
  return (at > 0 ? '…' : '') + s.slice(at, end).trim() + (end < s.length ? '…' : '');
}

/**
 * The interval a time claim allows: "earlier this year" or "so far this year" cannot reach past the day of
 * publication, though its TIMEX3 value is the whole year.
 */
export function clipToPublication(t: TimeAnnotation, doc: Doc): ClaimTime {
  const r = t.resolved ?? { value: t.time.value, start: null, end: null };
  const pub = doc.published.value?.slice(0, 10);
  if (pub && r.end && r.end > pub && (/\b(?:earlier|so far|to date|until now|already)\b/i.test(t.text) || t.time.mod === 'START' && r.start && r.start <= pub)) {
    return { ...r, end: pub };
  }
  return r;
}

/**
 * The subject of a clause that introduces what follows with "as follows" or "the following …" (FOLLOWING): the noun
 * phrase before its first verb ("Transcript as follows:" → "Transcript"; "On July 6, 2015, Sanders made the following
 * comment:" → Sanders); null when it names nobody.
 */
function followingSubject(doc: Doc, parts: SentenceParts, typeOf?: (entity: string) => string | undefined): Pick<SourceCue, 'cue' | 'sources'> | null {
  const { tokens } = parts;
  const at = tokens.findIndex((t, n) => t.pos === 'VERB' || t.pos === 'AUX' || (/^as$/i.test(t.text) && /^follows$/i.test(tokens[n + 1]?.text ?? '')));
  let phrase = at > 0 ? phraseBefore(tokens, at) : null;
  if (!phrase) return null;
  // (Not a date before the subject: "On July 6, 2015, Sanders made …".)
  for (const t of within(doc.times, parts.sentence)) {
    if (t.span.end <= phrase.start || t.span.start >= phrase.end) continue;
    const next = tokens.find((x) => x.span.start >= t.span.end && /^\p{L}/u.test(x.text));
    if (next && next.span.start < phrase.end) phrase = { start: next.span.start, end: phrase.end };
  }
  const r = resolvePhrase(doc, phrase, parts, [], false, typeOf, 'phrase');
  return r.sources.length ? { cue: ':', sources: r.sources } : null;
}

/**
 * Builds the claims of one document.
 * @param next gives claim ids
 * @param typeOf the type of a linked entity (person, organization, …)
 */
export function buildClaims(doc: Doc, next: () => string, typeOf?: (entity: string) => string | undefined): Claim[] {
  const claims: Claim[] = [];
  const cueCache = new Map<number, SourceCue[]>();
  const upstreamOf = new Map<string, Attribution[]>();
  const quoted = quoteSpans(doc.text);
  const cuesOf = (parts: SentenceParts) => {
    let cues = cueCache.get(parts.sentence.start);
    if (!cues) {
      const before = doc.entities.slice(0, firstEndingAfter(doc.entities, parts.sentence.start));
      cues = findSources(doc, parts, before, typeOf, quoted);
      cueCache.set(parts.sentence.start, cues);
    }
    return cues;
  };
  // First pass: the upstream links the document states ("lawmaker Lee … after a briefing by the NIS").
  for (const sentence of doc.sentences) {
    if (!mayHoldUpstreamCue(doc.text, sentenceOf(doc, sentence))) continue;
    const cues = cuesOf(sentenceParts(doc, sentence));
    const ups = cues.filter((c) => c.upstream).flatMap((c) => c.sources.map((s) => ({ source: s.source, cue: c.cue })));
    if (!ups.length) continue;
    for (const c of cues) {
      if (c.upstream) continue;
      for (const s of c.sources) {
        if (!s.entity) continue;
        const list = upstreamOf.get(s.source) ?? [];
        for (const u of ups) if (u.source !== s.source && !list.some((x) => x.source === u.source)) list.push(u);
        upstreamOf.set(s.source, list);
      }
    }
  }
  // Quotations and their speakers: the cue nearest outside the quote, in the sentences where it starts or ends.
  // (This list and the labels' are built by loops: a `map` result's hidden class differs between an empty one and
  // another, and V8 left optimised code here that failed on it, at every document of a run.)
  const quotes: Array<{ span: Span; speaker: SourceCue | null }> = [];
  for (const q of quoted) {
    const around = [sentenceOf(doc, { start: q.end - 1, end: q.end }), sentenceOf(doc, { start: q.start, end: q.start + 1 })];
    // A quotation closed by "!" or "?" ends its sentence for the splitter: "“… Donald J. Trump!” US Senator Jeff
    // Sessions said." The sentence after it counts when it follows on the same line and opens with the speaker.
    const gap = QUOTE_ENDS_SENTENCE.test(doc.text.slice(q.end - 3, q.end)) ? /^[ \t]+(?=\S)/.exec(doc.text.slice(q.end, q.end + 8))?.[0].length ?? 0 : 0;
    const following = gap ? sentenceOf(doc, { start: q.end + gap, end: q.end + gap + 1 }) : null;
    const next = following?.start === q.end + gap ? following : null;
    if (next) around.push(next);
    let best: SourceCue | null = null;
    let bestD = Infinity;
    for (const sentence of around) {
      for (const c of cuesOf(sentenceParts(doc, sentence))) {
        if (!c.verb || !c.sources.length || (c.at >= q.start && c.at < q.end) || (c.phrase.start >= q.start && c.phrase.end <= q.end)) continue;
        if (sentence === next && c.phrase.start !== next.start) continue;
        const d = c.at >= q.end ? c.at - q.end : q.start - c.at;
        if (d < bestD && d < 200) {
          bestD = d;
          best = c;
        }
      }
    }
    quotes.push({ span: q, speaker: best });
  }
  // A quotation that follows another closely, with no speaker of its own, continues the same speaker.
  for (let i = 1; i < quotes.length; i++) {
    const prev = quotes[i - 1], q = quotes[i];
    const between = doc.text.slice(prev.span.end, q.span.start);
    // Close by, in the same paragraph, or the next paragraph of a quotation that ran to its paragraph's end or
    // whose speaker closed it ("“…,” Trump said.¶¶“I’m very disappointed …”"), opened by the quotation.
    const paragraphs = between.split(/\n\s*\n/);
    const closedBySpeaker = paragraphs.length === 2 && paragraphs[1].trim() === '' && !!prev.speaker && prev.speaker.at >= prev.span.end && prev.speaker.at < prev.span.end + paragraphs[0].length;
    const continues = q.span.start - prev.span.end < 200 && (!between.includes('\n\n') || between.trim() === '' || closedBySpeaker);
    if (!q.speaker && prev.speaker && continues) q.speaker = prev.speaker;
  }
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i], next = quotes[i + 1];
    if (!q.speaker && next.speaker && next.span.start - q.span.end < 12) q.speaker = next.speaker;
  }
  // Transcript-style speaker labels at the start of a paragraph: "JAKE TAPPER: …", "Mark Blumenthal and Jon Cohen: “…”".
  const labels: Array<{ span: Span; labelEnd: number; sources: string[] }> = [];
  for (const b of doc.blocks) {
    const m = SPEAKER_LABEL.exec(doc.text.slice(b.span.start, Math.min(b.span.end, b.span.start + 80)));
    if (!m || NOT_SPEAKERS.test(m[1])) {
      const dashed = dashedLabel(doc, b.span);
      if (dashed) labels.push(dashed);
      continue;
    }
    const at = b.span.start + m[0].indexOf(m[1]);
    const ents = within(doc.entities, { start: at, end: at + m[1].length }).filter((e) => e.entity && !e.demonym);
    const sources = ents.length ? [...new Set(ents.map((e) => e.entity!))] : [m[1].trim()];
    labels.push({ span: b.span, labelEnd: b.span.start + m[0].length, sources });
  }
  const derivative = (span: Span) => doc.derivative.some((d) => d.span.start <= span.start && span.end <= d.span.end);
  // A paragraph that ends "… The New York Times reports:", "He said:", "Transcript as follows:" introduces the
  // paragraphs quoted after it: the next one, and those after it that open with a quotation mark.
  const introducedBy = (span: Span): Pick<SourceCue, 'cue' | 'sources'> | null => {
    const b = doc.blocks.findIndex((x) => x.span.start <= span.start && span.end <= x.span.end);
    const opensQuote = (k: number) => /^\s*["“'‘]/.test(doc.text.slice(doc.blocks[k].span.start, doc.blocks[k].span.start + 3));
    for (let k = b - 1; k >= 0 && k >= b - 4; k--) {
      const block = doc.blocks[k];
      const blockText = doc.text.slice(block.span.start, block.span.end).trimEnd();
      if (blockText.endsWith(':')) {
        const last = sentenceOf(doc, { start: block.span.end - 1, end: block.span.end });
        const parts = sentenceParts(doc, last);
        const cue = [...cuesOf(parts)].reverse().find((c) => c.verb && c.sources.length && !c.upstream);
        return cue ?? (FOLLOWING.test(blockText) ? followingSubject(doc, parts, typeOf) : null);
      }
      if (!opensQuote(k) || !opensQuote(b)) return null;
    }
    return null;
  };

  const make = (kind: Claim['kind'], text: string, span: Span, extra: { quantity: Claim['quantity']; time: ClaimTime | null }, figures: Span[]): Claim => {
    const parts = sentenceParts(doc, span);
    const predicate = findPredicate(parts.tokens, span, parts.clause, kind);
    // A speaker label covers what follows it; the label's own line is no speech ("Pollsters agree - Carl Bialik: “…”").
    const label = labels.find((l) => l.labelEnd <= span.start && span.end <= l.span.end);
    const cues = label ? cuesOf(parts).filter((c) => c.at >= label.labelEnd) : cuesOf(parts);
    const attr = attributeClaim(span, cues, predicate, upstreamOf, doc.text, kind);
    if (!attr.attribution.length && label) attr.attribution = label.sources.map((source) => ({ source, cue: ':' }));
    if (!attr.attribution.length) {
      const q = quotes.find((x) => x.speaker && x.span.start <= span.start && span.end <= x.span.end);
      if (q) {
        attr.attribution = q.speaker!.sources.map((x) => ({ source: x.source, cue: 'quote' }));
        for (const a of [...attr.attribution]) for (const up of upstreamOf.get(a.source) ?? []) if (!attr.attribution.some((y) => y.source === up.source)) attr.attribution.push(up);
      }
    }
    if (!attr.attribution.length) {
      const lead = introducedBy(span);
      if (lead) attr.attribution = lead.sources.map((x) => ({ source: x.source, cue: lead.cue }));
    }
    // Hedges of a speech act that follows the claim ("On Tuesday, Shoigu announced that … would …") are not the claim's.
    const nextCue = cues.find((c) => c.applies === 'after' && c.phrase.start >= span.end && c.phrase.start < parts.clause.end);
    const clauseText = doc.text.slice(parts.clause.start, nextCue ? nextCue.phrase.start : parts.clause.end);
    const beforePred = predicate ? doc.text.slice(Math.max(parts.clause.start, predicate.span.start - 20), predicate.span.start) : '';
    const modality = findModality(clauseText, beforePred, attr.attribution.length > 0 || attr.unnamed, attr.verbs);
    let time = extra.time;
    if (kind === 'quantity' && !time) {
      const t = pickFigureTime(doc.text, span, within(doc.times, parts.sentence), figures);
      if (t) time = clipToPublication(t, doc);
    }
    const clauseEntities = parts.entities.filter((e) => e.entity && e.span.start >= parts.clause.start && e.span.end <= parts.clause.end);
    const pAt = predicate?.span.start ?? span.start;
    const subject = [...clauseEntities].reverse().find((e) => e.span.end <= Math.min(pAt, span.start) && e.type !== 'place')
      ?? clauseEntities.find((e) => e.span.start >= span.end && e.type !== 'place' && kind === 'quantity' && e.demonym) ?? null;
    const place = clauseEntities.find((e) => e.span.start >= Math.min(pAt, span.start) && e.type === 'place' && e !== subject)
      ?? clauseEntities.find((e) => e.span.start > pAt && e.type === 'country' && !e.demonym && e !== subject && /\b(?:to|in|into|at|from)\s+$/.test(doc.text.slice(e.span.start - 6, e.span.start))) ?? null;
    return {
      id: next(),
      document: doc.id,
      kind,
      text,
      span,
      sentence: parts.sentence,
      quantity: extra.quantity,
      time,
      event: { predicate: predicate ? verbLemma(predicate) : null, subject: subject?.entity ?? null, object: null, place: place?.entity ?? null },
      description: describe(doc.text, parts.clause, span),
      attribution: attr.attribution,
      modality,
      origin: derivative(span) ? 'derivative' : 'body',
      key: `${doc.contentHash.slice(0, 16)}:${kind}:${span.start}-${span.end}`,
    };
  };

  const figures = doc.quantities.map((q) => q.span);
  const items: Array<{ at: number; build: () => Claim }> = [];
  for (const q of doc.quantities) {
    // "(in) the past twelve months" frames another figure in time; it is not a figure of its own.
    if (TIME_FRAME.test(doc.text.slice(Math.max(0, q.span.start - 30), q.span.start))) continue;
    items.push({ at: q.span.start, build: () => make('quantity', q.text, q.span, { quantity: q.quantity, time: null }, figures) });
  }
  for (const t of doc.times) {
    if (t.time.type !== 'DATE' && t.time.type !== 'TIME') continue;
    if (!t.time.value || UNPLACED.test(t.time.value)) continue;
    // A date inside a figure ("the 2024 budget of $3bn") is that figure's time, not an event of its own.
    if (doc.quantities.some((q) => q.span.start <= t.span.start && t.span.end <= q.span.end)) continue;
    items.push({ at: t.span.start, build: () => make('time', t.text, t.span, { quantity: null, time: clipToPublication(t, doc) }, figures) });
  }
  items.sort((a, b) => a.at - b.at);
  if (items.length > MAX_CLAIMS_PER_DOCUMENT) {
    doc.messages.push({ stage: 'claims', reason: `${items.length} figures and dates; only the first ${MAX_CLAIMS_PER_DOCUMENT} became claims`, severity: 'warning' });
    items.length = MAX_CLAIMS_PER_DOCUMENT;
  }
  for (const it of items) claims.push(it.build());
  return claims;
}

/** The claims stage over the corpus (ids `c1`, `c2`, … in document order). */
export function claimsStage(): CorpusStage {
  return {
    name: 'claims',
    needs: ['sentences', 'tokens', 'times', 'quantities', 'entities', 'entity-links'],
    adds: ['claims'],
    runAll(corpus) {
      // Claims are numbered across the corpus; a run over a store continues after the stored ones.
      let n = corpus.past?.lastClaim ?? 0;
      const next = () => `c${++n}`;
      const types = new Map(corpus.entities.map((e) => [e.id, e.type]));
      const typeOf = (id: string) => types.get(id);
      for (const doc of corpus.documents) {
        try {
          doc.claims = withTokens(doc, () => buildClaims(doc, next, typeOf));
        } catch (e) {
          doc.claims = [];
          doc.messages.push({ stage: 'claims', reason: `no claims: ${(e as Error).message}`, severity: 'warning' });
        }
      }
    },
  };
}
