/**
 * A group's evolution: how its figure or date was reported over time, one row per document in publication
 * order. It is derived from the group's claims when a report is built, not kept with the group: it grows with
 * every document that repeats the figure, and a stored group would rewrite it at every ingest.
 */
import type { Claim, Group } from '../model/report.ts';
import { byDate } from './by-date.ts';
import { formatQuantity, formatTime } from './format-values.ts';

export type EvolutionRow = NonNullable<Group['evolution']>[number];

/** A member as the evolution reads it. */
export interface EvolutionMember {
  id: string;
  document: string;
  published: string | null;
  /** The value in words ("about 10,000", "July 2024"). */
  value: string;
}

/**
 * One row per document, in the members' order, then ordered by publication (a stable sort: documents of the same
 * day keep the members' order). Each row's `change` is 'first' until `markChanges` sets it.
 * @param members in the group's member order
 */
export function evolutionRows(members: EvolutionMember[]): EvolutionRow[] {
  const rows = new Map<string, EvolutionRow>();
  for (const m of members) {
    const row = rows.get(m.document);
    if (!row) rows.set(m.document, { document: m.document, published: m.published, value: m.value, claims: [m.id], change: 'first' });
    else {
      row.claims.push(m.id);
      if (!row.value.split(' / ').includes(m.value)) row.value = `${row.value} / ${m.value}`;
    }
  }
  return [...rows.values()].sort((a, b) => byDate(a.published, b.published));
}

/**
 * Sets each row's change against the row before: the same value, a revision (the group is an update), or a value
 * that differs (the group is in conflict).
 */
export function markChanges(rows: EvolutionRow[], group: Pick<Group, 'verdict' | 'revised'>): EvolutionRow[] {
  rows.forEach((e, i) => {
    e.change = i === 0 ? 'first' : e.value === rows[i - 1].value ? 'same' : group.revised ? 'revised' : group.verdict === 'conflict' ? 'differs' : 'same';
  });
  return rows;
}

/** The value of a claim in words, as groups and their evolution give it. */
export const claimValue = (c: Claim): string => (c.kind === 'quantity' ? formatQuantity(c.quantity) : formatTime(c.time));

/**
 * The evolution of a group from its claims and their documents' publication dates.
 * @param claimOf a claim by id (claims missing from it are left out)
 * @param publishedOf a document's publication date (ISO), or null
 */
export function groupEvolution(group: Group, claimOf: (id: string) => Claim | undefined, publishedOf: (document: string) => string | null): EvolutionRow[] {
  const members: EvolutionMember[] = [];
  for (const id of group.claims) {
    const c = claimOf(id);
    if (c) members.push({ id, document: c.document, published: publishedOf(c.document)?.slice(0, 10) ?? null, value: claimValue(c) });
  }
  return markChanges(evolutionRows(members), group);
}
