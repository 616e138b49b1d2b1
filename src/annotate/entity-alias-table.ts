/**
 * The alias table: general news knowledge of names and their short forms (`src/text/en/aliases.json`),
 * extended by a user's table of the same shape (`--aliases FILE`). Looked up by `entityKey`.
 */
import defaults from '../text/en/aliases.json' with { type: 'json' };
import type { Entity } from '../model/report.ts';
import { entityKey } from './entity-key.ts';

/** A table of known entities and the other names they go by. */
export interface AliasTable {
  entities: Array<{ name: string; type: Entity['type']; aliases: string[] }>;
}

/** One known entity of a merged table, with a stable index. */
export interface AliasEntry {
  index: number;
  name: string;
  type: Entity['type'];
  aliases: string[];
  /** From the user's table: its names are trusted whatever type the finder guessed for a mention. */
  user: boolean;
}

/** A merged table: its entries and a key → entry index. */
export interface EntityAliasTable {
  entries: AliasEntry[];
  byKey: Map<string, AliasEntry>;
}

const TYPES = new Set<Entity['type']>(['person', 'organization', 'country', 'place', 'other']);

/**
 * Merges the user's table over the default one: a user entry wins where both claim a key, and a user entry
 * naming a default entry (by any of its names) extends that entry rather than making a second one.
 * Malformed rows are skipped, never thrown on.
 * @example entityAliasTable().byKey.get('afp')?.name // 'Agence France-Presse'
 */
export function entityAliasTable(user?: AliasTable): EntityAliasTable {
  const entries: AliasEntry[] = [];
  const byKey = new Map<string, AliasEntry>();
  const add = (row: unknown, override: boolean) => {
    if (!row || typeof row !== 'object') return;
    const r = row as { name?: unknown; type?: unknown; aliases?: unknown };
    if (typeof r.name !== 'string' || entityKey(r.name) === '') return;
    const type = TYPES.has(r.type as Entity['type']) ? (r.type as Entity['type']) : 'other';
    const aliases = Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === 'string' && entityKey(a) !== '') : [];
    const names = [r.name, ...aliases];
    const existing = names.map((n) => byKey.get(keyOf(n))).find((e) => e !== undefined);
    const entry = existing ?? { index: entries.length, name: r.name, type, aliases: [], user: override };
    if (!existing) entries.push(entry);
    else if (override) {
      entry.name = r.name;
      entry.type = type;
    }
    for (const n of names) {
      const k = keyOf(n);
      if (override || !byKey.has(k)) byKey.set(k, entry);
      if (n !== entry.name && !entry.aliases.includes(n)) entry.aliases.push(n);
    }
    if (!entry.aliases.includes(r.name) && r.name !== entry.name) entry.aliases.push(r.name);
  };
  for (const row of (user?.entities ?? [])) add(row, true);
  for (const row of (defaults as AliasTable).entities) add(row, false);
  return { entries, byKey };
}

/** The key of a table name: a leading "the" does not count ("the Kremlin" = "Kremlin"). */
function keyOf(name: string): string {
  return entityKey(name.replace(/^the\s+/i, ''));
}
