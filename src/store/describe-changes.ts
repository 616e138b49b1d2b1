/**
 * What a batch changed, in words an analyst reads on the terminal: new figures, figures revised (with the
 * documents that revised them), new contradictions. Groups are compared by the claims they share (claim ids are
 * kept from one run to the next).
 */
import type { Contradiction, Group } from '../model/report.ts';

export interface Change {
  kind: 'new-figure' | 'figure-revised' | 'new-contradiction' | 'new-event';
  message: string;
}

interface Side {
  groups: Group[];
  contradictions: Contradiction[];
}

const range = (g: Group) => {
  const c = g.consensus as Record<string, number | string | null> | null;
  if (!c) return '?';
  const f = (x: number | string | null) => (x === null ? '…' : typeof x === 'number' ? x.toLocaleString('en-US') : x);
  const [a, b] = 'low' in c ? [c.low, c.high] : [c.start, c.end];
  return a === b ? f(a) : `${f(a)}–${f(b)}`;
};

/**
 * Claims keep their ids from one run to the next, so groups and contradictions are compared by claim id.
 * @param documentOf the document of a claim the run added (undefined for others)
 * @example describeChanges(before, after, (id) => added.get(id))[0].message // 'figure revised 10,000 → 11,000 by d6: troop (send) …'
 */
export function describeChanges(before: Side, after: Side, documentOf: (claim: string) => string | undefined): Change[] {
  const out: Change[] = [];
  // A group the run kept is the same object on both sides: nothing to say of it, nor to map. (A claim is in one
  // group at most, so a group the run made anew shares no claim with a kept one.)
  const kept = new Set(before.groups);
  const stays = new Set(after.groups.filter((g) => kept.has(g)));
  // A group is "the same" as an earlier one when they share a claim.
  const beforeByClaim = new Map<string, Group>();
  for (const g of before.groups) if (!stays.has(g)) for (const id of g.claims) beforeByClaim.set(id, g);
  for (const g of after.groups) {
    if (stays.has(g)) continue;
    const old = g.claims.map((id) => beforeByClaim.get(id)).find(Boolean);
    if (!old) {
      out.push({ kind: g.kind === 'quantity' ? 'new-figure' : 'new-event', message: `${g.kind === 'quantity' ? 'new figure' : 'new event'}: ${g.description} = ${range(g)} (${g.verdict})` });
      continue;
    }
    if (range(old) !== range(g)) {
      const oldIds = new Set(old.claims);
      const by = [...new Set(g.claims.filter((id) => !oldIds.has(id)).map(documentOf))].filter(Boolean);
      out.push({ kind: 'figure-revised', message: `figure revised ${range(old)} → ${range(g)}${by.length ? ` by ${by.join(', ')}` : ''}: ${g.description}` });
    }
  }
  const pairKey = (x: Contradiction) => [...x.claims].sort().join('|');
  const seen = new Set(before.contradictions.map(pairKey));
  for (const x of after.contradictions) if (!seen.has(pairKey(x))) out.push({ kind: 'new-contradiction', message: `new contradiction: ${x.explanation}` });
  return out;
}
