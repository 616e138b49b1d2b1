/**
 * The corpus results that grow with the corpus (entities, groups, contradictions, timeline entries, the kept state
 * of large groups) stored one per row in `result_items`, so that a commit writes only what the run made anew: the
 * rows of results it kept as they were stay untouched. A run keeps a result as it was by keeping the object it was given
 * (CorpusPast.results); every other object is written. Rows carry the keys that put them in the order the
 * pipeline gives them, and groups are numbered g1, g2, … in that order when read.
 */
import type Database from 'better-sqlite3';
import type { CorpusResults } from '../../model/corpus.ts';
import type { Contradiction, Entity, Group, TimelineEntry } from '../../model/report.ts';
import { contradictionOrder, groupOrder, timelineOrder } from '../../model/result-order.ts';

type DB = Database.Database;
type Key = number | string | null;

/** The results stored one per row. */
export type ItemResults = Pick<CorpusResults, 'entities' | 'groups' | 'contradictions' | 'timeline' | 'reconcileState'>;

/**
 * The results kept one per row, as names in the `results` table of databases written before (migration 5; the
 * entities, before they were kept by row).
 */
export const ITEM_RESULTS = ['entities', 'groups', 'contradictions', 'timeline', 'reconcileState'] as const;

/**
 * Each item with its kind and its sort keys (see result-order.ts), worked out only for an item that is written.
 * Entities keep their place in the table: a run only appends to it, and replaces an entity that gains an alias.
 */
function* itemsOf(r: ItemResults): Generator<[kind: string, key: () => Key[], value: object]> {
  for (let i = 0; i < r.entities.length; i++) yield ['entity', () => [i, null, null], r.entities[i]];
  for (const g of r.groups) yield ['group', () => groupOrder(g), g];
  for (const x of r.contradictions) yield ['contradiction', () => contradictionOrder(x), x];
  for (const t of r.timeline) yield ['timeline', () => timelineOrder(t), t];
  for (const [key, st] of Object.entries(r.reconcileState?.groups ?? {})) yield ['state', () => [key, null, null], st as object];
}

export interface ResultItems {
  /**
   * Reads every item back, in order. With `track`, remembers which row each object came from, so that the next
   * `write` leaves the rows of objects handed back unchanged. Once anything was `committed`, reconciliation's
   * state is there, if empty.
   */
  read(track: boolean, committed: boolean): ItemResults;
  /**
   * Writes what changed since the last read or write, inside the caller's transaction. Returns what to call once
   * that transaction has committed (it then forgets the objects of earlier reads).
   */
  write(r: ItemResults): () => void;
  /** A group by id (its place in the order `read` gives) or by key, without reading the others; null if none. */
  findGroup(idOrKey: string): Group | null;
}

export function resultItems(db: DB): ResultItems {
  /** The row of each object last read (tracked) or written. */
  let rowOf = new Map<object, number>();
  const insert = db.prepare('INSERT INTO result_items (kind, a, b, c, json) VALUES (?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM result_items WHERE id = ?');
  const ids = db.prepare('SELECT id FROM result_items');
  const all = db.prepare('SELECT id, kind, a, json FROM result_items ORDER BY kind, a, b, c, id');
  const legacy = db.prepare(`SELECT name, json FROM results WHERE name IN (${ITEM_RESULTS.map(() => '?').join(', ')})`);
  const groupAt = db.prepare("SELECT json FROM result_items WHERE kind = 'group' ORDER BY a, b, c, id LIMIT 1 OFFSET ?");
  const groupByKey = db.prepare(`SELECT json, n FROM (SELECT json, row_number() OVER (ORDER BY a, b, c, id) AS n FROM result_items WHERE kind = 'group')
    WHERE json_extract(json, '$.key') = ? ORDER BY n LIMIT 1`);
  const legacyGroups = db.prepare("SELECT json FROM results WHERE name = 'groups'");
  const dropLegacy = db.prepare(`DELETE FROM results WHERE name IN (${ITEM_RESULTS.map(() => '?').join(', ')})`);

  return {
    read(track, committed) {
      const out: ItemResults = { entities: [], groups: [], contradictions: [], timeline: [], reconcileState: null };
      const states: Record<string, unknown> = {};
      const rows = new Map<object, number>();
      for (const r of all.iterate() as IterableIterator<{ id: number; kind: string; a: Key; json: string }>) {
        const value = JSON.parse(r.json) as object;
        rows.set(value, r.id);
        if (r.kind === 'entity') out.entities.push(value as Entity);
        else if (r.kind === 'group') out.groups.push(value as Group);
        else if (r.kind === 'contradiction') out.contradictions.push(value as Contradiction);
        else if (r.kind === 'timeline') out.timeline.push(value as TimelineEntry);
        else if (r.kind === 'state') states[String(r.a)] = value;
      }
      out.groups.forEach((g, i) => { g.id = `g${i + 1}`; });
      if (committed || rows.size) out.reconcileState = { groups: states };
      // A database written before migration 5 keeps these results as one JSON value each (they move on the next write).
      for (const r of legacy.all(...ITEM_RESULTS) as Array<{ name: (typeof ITEM_RESULTS)[number]; json: string }>) {
        (out as Record<string, unknown>)[r.name] = JSON.parse(r.json);
      }
      if (track) rowOf = rows;
      return out;
    },
    findGroup(idOrKey) {
      const legacy = legacyGroups.get() as { json: string } | undefined;
      if (legacy) return (JSON.parse(legacy.json) as Group[]).find((g) => g.id === idOrKey || g.key === idOrKey) ?? null;
      const at = /^g([1-9]\d*)$/.exec(idOrKey);
      const row = at ? groupAt.get(Number(at[1]) - 1) as { json: string } | undefined : undefined;
      if (row) return { ...(JSON.parse(row.json) as Group), id: idOrKey };
      const byKey = groupByKey.get(idOrKey) as { json: string; n: number } | undefined;
      return byKey ? { ...(JSON.parse(byKey.json) as Group), id: `g${byKey.n}` } : null;
    },
    write(r) {
      // The rows as they are now (inside the transaction): another connection may have committed since this one read.
      const before = new Set((ids.all() as Array<{ id: number }>).map((x) => x.id));
      const kept = new Map<object, number>();
      const keep = new Set<number>();
      for (const [kind, key, value] of itemsOf(r)) {
        const row = rowOf.get(value);
        if (row !== undefined && before.has(row) && !keep.has(row)) {
          keep.add(row);
          kept.set(value, row);
          continue;
        }
        const id = Number(insert.run(kind, ...key(), JSON.stringify(value)).lastInsertRowid);
        keep.add(id);
        kept.set(value, id);
      }
      for (const id of before) if (!keep.has(id)) remove.run(id);
      dropLegacy.run(...ITEM_RESULTS);
      return () => {
        rowOf = kept;
      };
    },
  };
}
