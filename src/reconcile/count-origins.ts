/**
 * How many independent origins stand behind a set of claims. A claim's origin is the most upstream source of its
 * attribution chain, or its document's outlet when the outlet speaks for itself. Near-duplicate documents share
 * their original's origin, and claims whose sentences share most of their wording are copies of one origin.
 * Derivative passages are never an origin of their own.
 */
import { sharedWords } from '../text/content-words.ts';
import type { ClaimSignature } from './claim-signature.ts';

/** Share of content words from which two claim sentences count as one wording. */
export const SHARED_WORDING = 0.7;

/** Claims of a group whose wording is compared pairwise (its first ones). */
export const MAX_WORDING_PAIRS_OF = 100;

/** The origin a claim names before shared wording is looked at: its last source, else its outlet or document. */
export function originLabel({ claim: c, doc: d }: ClaimSignature): string {
  const last = c.attribution[c.attribution.length - 1];
  if (last) return `source:${last.source}`;
  const root = d.duplicateOf ?? c.document;
  return `outlet:${d.outlet ?? root}`;
}

/** @returns the number of distinct origins and a label for each claim's origin */
export function countOrigins(sigs: ClaimSignature[]): { count: number; origins: Map<string, string> } {
  const body = sigs.filter((s) => s.claim.origin !== 'derivative');
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: every label on the way points at the root.
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const labels = body.map(originLabel);
  labels.forEach((l) => parent.set(l, parent.get(l) ?? l));
  const words = body.map((s) => s.words);
  // Wording is compared between the first claims only: a group of thousands is one figure repeated.
  const n = Math.min(body.length, MAX_WORDING_PAIRS_OF);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (body[i].claim.document === body[j].claim.document || find(labels[i]) === find(labels[j])) continue;
      const a = words[i], b = words[j];
      if (a.size < 6 || b.size < 6) continue;
      // Either sentence's share of the words they share (its containment in the other).
      const n = sharedWords(a, b);
      if (n / a.size >= SHARED_WORDING || n / b.size >= SHARED_WORDING) union(labels[i], labels[j]);
    }
  }
  const origins = new Map<string, string>();
  body.forEach((s, i) => origins.set(s.claim.id, find(labels[i])));
  return { count: new Set(labels.map(find)).size, origins };
}
