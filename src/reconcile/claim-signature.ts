/**
 * What a claim is about, reduced to comparable keys: the class of the counted thing, the class of its event,
 * the kind of object its clause names, the entities around it, and its value and time as intervals.
 */
import type { Doc } from '../model/doc.ts';
import type { Claim } from '../model/report.ts';
import { GENERIC_PREDICATES, OBJECT_CLASSES, PREDICATE_CLASSES, UNIT_CLASSES } from '../text/en/reconcile-words.ts';
import { quantityInterval, timeInterval, type Interval } from './claim-interval.ts';

export interface ClaimSignature {
  claim: Claim;
  doc: Doc;
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
 * @param claim the claim
 * @param doc its document
 * @param inheritedUnit the unit of the figure before it in the same sentence, for a figure without one
 *   ("10,000–12,000 troops …, with an additional 3,000–4,000 deployed")
 */
export function claimSignature(claim: Claim, doc: Doc, inheritedUnit: string | null): ClaimSignature {
  const unit = claim.quantity?.unit ?? inheritedUnit;
  const clauseTokens = doc.tokens.filter((t) => t.span.start >= claim.sentence.start && t.span.end <= claim.sentence.end);
  let objectClass: string | null = null;
  for (const t of clauseTokens) {
    const c = OBJECT.get(t.lemma) ?? OBJECT.get(t.text.toLowerCase());
    if (c && !(t.span.start >= claim.span.start && t.span.end <= claim.span.end && claim.kind === 'quantity')) {
      objectClass = c;
      if (c !== 'deployment') break;
    }
  }
  const inSentence = doc.entities.filter((e) => e.entity && e.span.start >= claim.sentence.start && e.span.end <= claim.sentence.end);
  return {
    claim,
    doc,
    unitClass: claim.kind === 'quantity' ? unitClass(unit) : null,
    unitLabel: unitHead(unit),
    predicateClass: predicateClass(claim.event.predicate),
    objectClass,
    ownEntities: new Set(inSentence.filter((e) => e.span.start >= claim.span.start && e.span.end <= claim.span.end).map((e) => e.entity!)),
    entities: new Set(inSentence.map((e) => e.entity!)),
    value: claim.quantity ? quantityInterval(claim.quantity) : null,
    time: timeInterval(claim.time),
    vague: !!claim.quantity && claim.quantity.low === null && claim.quantity.high === null,
  };
}
