/**
 * What a claim is about, reduced to comparable keys: the class of the counted thing, the class of its event,
 * the kind of object its clause names, the entities around it, and its value and time as intervals.
 */
import type { ClaimKeys, Doc } from '../model/doc.ts';
import type { Claim } from '../model/report.ts';
import { contentWords } from '../text/content-words.ts';
import { GENERIC_PREDICATES, LIGHT_VERBS, NOUN_EVENT, OBJECT_CLASSES, PREDICATE_CLASSES, UNIT_CLASSES } from '../text/en/reconcile-words.ts';
import { within } from '../text/spans.ts';
import { quantityInterval, timeInterval, type Interval } from './claim-interval.ts';

/** What reconciliation reads of a claim's document. */
export interface DocInfo {
  id: string;
  /** Publication day (YYYY-MM-DD) or null. */
  published: string | null;
  duplicateOf: string | null;
  outlet: string | null;
}

/** The document info of a working document. */
export const docInfo = (d: Pick<Doc, 'id' | 'published' | 'duplicateOf' | 'source'>): DocInfo =>
  ({ id: d.id, published: d.published.value?.slice(0, 10) ?? null, duplicateOf: d.duplicateOf, outlet: d.source.outlet });

export interface ClaimSignature {
  claim: Claim;
  doc: DocInfo;
  /** The kept keys it was made from (grouping records the claim's cluster in them). */
  keys: ClaimKeys;
  /** The grouping block (see ClaimKeys.block). */
  block: string | null;
  /** Class of the counted thing (`people`, `money`, …), or the unit's own head noun. */
  unitClass: string | null;
  unitLabel: string | null;
  predicateClass: string | null;
  objectClass: string | null;
  /** Entity ids named inside the claim's own text ("North Korean" in "6,000 North Korean troops"). */
  ownEntities: Set<string>;
  /** Entity ids of the clause. */
  entities: Set<string>;
  value: Interval | null;
  time: Interval | null;
  vague: boolean;
  /** Content words of the claim's sentence (shared wording between origins). */
  words: Set<string>;
}

const lookup = (classes: Record<string, string[]>) => {
  const m = new Map<string, string>();
  for (const [k, words] of Object.entries(classes)) for (const w of words) if (!m.has(w)) m.set(w, k);
  return m;
};
const UNIT = lookup(UNIT_CLASSES);
const PREDICATE = lookup(PREDICATE_CLASSES);
const OBJECT = lookup(OBJECT_CLASSES);

/** Singular, lower-case head of a unit ("artillery shells" → "artillery shell"; "personnel" stays). */
export function unitHead(unit: string | null): string | null {
  if (!unit) return null;
  const u = unit.toLowerCase().trim().replace(/\s+/g, ' ');
  if (!u) return null;
  const sing = (w: string) => (/(?:ss|us|is|nnel)$/.test(w) ? w : w.replace(/ies$/, 'y').replace(/(?:ches|shes|xes|ses)$/, (x) => x.slice(0, -2)).replace(/s$/, ''));
  const words = u.split(' ').map(sing);
  return words.join(' ');
}

/** The class of a unit: the whole head, then its last word. */
export function unitClass(unit: string | null): string | null {
  const h = unitHead(unit);
  if (!h) return null;
  return UNIT.get(h) ?? UNIT.get(h.split(' ').pop()!) ?? h;
}

/** The event class of a predicate lemma (null for generic verbs). */
export function predicateClass(lemma: string | null): string | null {
  if (!lemma || GENERIC_PREDICATES.has(lemma)) return null;
  return PREDICATE.get(lemma) ?? lemma;
}

/**
 * What reconciliation compares of a claim, from its document's tokens and entity links (plain JSON, kept with
 * the claim).
 * @param claim the claim
 * @param doc its document
 * @param inheritedUnit the unit of the figure before it in the same sentence, for a figure without one
 *   ("10,000–12,000 troops …, with an additional 3,000–4,000 deployed")
 * @param wordsOf content words by sentence, shared by the claims of one document (a sentence often holds several)
 */
export function claimKeys(claim: Claim, doc: Doc, inheritedUnit: string | null, wordsOf = new Map<string, string[]>()): ClaimKeys {
  const unit = claim.quantity?.unit ?? inheritedUnit;
  const sentenceTokens = within(doc.tokens, claim.sentence);
  const own = (t: { span: { start: number; end: number } }) => t.span.start >= claim.span.start && t.span.end <= claim.span.end && claim.kind === 'quantity';
  // The predicate's token: the occurrence of its lemma nearest to the claim.
  let at = -1;
  let bestD = Infinity;
  sentenceTokens.forEach((t, i) => {
    if (t.lemma !== claim.event.predicate) return;
    const d = Math.abs(t.span.start - claim.span.start);
    if (d < bestD) { bestD = d; at = i; }
  });
  // The object: the first object noun after the predicate, else the nearest before it.
  let objectClass: string | null = null;
  const classOf = (t: { lemma: string; text: string }) => OBJECT.get(t.lemma) ?? OBJECT.get(t.text.toLowerCase()) ?? null;
  for (let i = Math.max(0, at + 1); i < sentenceTokens.length && !objectClass; i++) if (!own(sentenceTokens[i])) objectClass = classOf(sentenceTokens[i]);
  for (let i = at - 1; i >= 0 && !objectClass; i--) if (!own(sentenceTokens[i])) objectClass = classOf(sentenceTokens[i]);
  // "the deployment could occur in July": a light verb takes its event from the noun before it.
  let predicate = predicateClass(claim.event.predicate);
  if (claim.event.predicate && LIGHT_VERBS.has(claim.event.predicate)) {
    for (let i = at - 1; i >= 0; i--) {
      const c = classOf(sentenceTokens[i]);
      if (c) { predicate = NOUN_EVENT[c] ?? c; objectClass = c; break; }
    }
  }
  const inSentence = within(doc.entities, claim.sentence).filter((e) => e.entity);
  const uc = claim.kind === 'quantity' ? unitClass(unit) : null;
  const value = claim.quantity ? quantityInterval(claim.quantity) : null;
  const vague = !!claim.quantity && claim.quantity.low === null && claim.quantity.high === null;
  const block = claim.kind === 'quantity'
    ? (uc && !vague && value ? `q:${uc}` : null)
    : (predicate && timeInterval(claim.time) ? `t:${predicate}` : null);
  return {
    block,
    unitClass: uc,
    unitLabel: unitHead(unit),
    predicateClass: predicate,
    objectClass,
    ownEntities: [...new Set(inSentence.filter((e) => e.span.start >= claim.span.start && e.span.end <= claim.span.end).map((e) => e.entity!))],
    entities: [...new Set(inSentence.map((e) => e.entity!))],
    words: sentenceWords(claim, doc, wordsOf),
  };
}

/** The content words of a claim's sentence (of the claim, when the sentence is empty), from `wordsOf` when there. */
function sentenceWords(claim: Claim, doc: Doc, wordsOf: Map<string, string[]>): string[] {
  const key = `${claim.sentence.start}:${claim.sentence.end}`;
  let words = wordsOf.get(key);
  if (!words) {
    const sentence = doc.text.slice(claim.sentence.start, claim.sentence.end);
    if (!sentence) return [...contentWords(claim.text)];
    words = [...contentWords(sentence)];
    wordsOf.set(key, words);
  }
  return words.slice();
}

/** The signature of a claim from its kept keys and its document's info. */
export function signatureOf(claim: Claim, keys: ClaimKeys, doc: DocInfo): ClaimSignature {
  return {
    claim,
    doc,
    keys,
    block: keys.block,
    unitClass: keys.unitClass,
    unitLabel: keys.unitLabel,
    predicateClass: keys.predicateClass,
    objectClass: keys.objectClass,
    ownEntities: new Set(keys.ownEntities),
    entities: new Set(keys.entities),
    value: claim.quantity ? quantityInterval(claim.quantity) : null,
    time: timeInterval(claim.time),
    vague: !!claim.quantity && claim.quantity.low === null && claim.quantity.high === null,
    words: new Set(keys.words),
  };
}
