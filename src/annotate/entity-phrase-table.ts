/**
 * The names that are known before reading: the country gazetteer and the default alias table, under one
 * key map, so a name of several tokens ("Democratic People's Republic of Korea", "Agence France-Presse")
 * is found whole, across the apostrophes, hyphens and "of"s that would otherwise split it.
 */
import type { Entity } from '../model/report.ts';
import { gazetteer } from '../text/en/gazetteer.ts';
import { entityAliasTable } from './entity-alias-table.ts';
import { entityKey } from './entity-key.ts';

/** What a known phrase stands for. */
export type PhraseInfo =
  | { source: 'country'; code: string; country: string; kind: 'name' | 'demonym' | 'capital'; caps: boolean }
  | { source: 'table'; name: string; type: Entity['type']; caps: boolean };

export interface EntityPhraseTable {
  byKey: Map<string, PhraseInfo>;
  /** Most tokens a known phrase can span (bounds the look-ahead). */
  maxWords: number;
}

let cached: EntityPhraseTable | null = null;

/**
 * The cached phrase table. `caps` is set when every written form of the key is upper case ("WHO", "AP"):
 * then only an upper-case token matches, so the pronoun "Who" never becomes the World Health Organization.
 * @example entityPhraseTable().byKey.get('dprk') // { source: 'country', code: 'KP', kind: 'name', … }
 */
export function entityPhraseTable(): EntityPhraseTable {
  if (cached) return cached;
  const g = gazetteer();
  const byKey = new Map<string, PhraseInfo>();
  for (const [key, e] of g.byKey) {
    byKey.set(key, { source: 'country', code: e.code, country: e.country, kind: e.kind, caps: false });
  }
  // Two-letter and all-capital country codes must be written in capitals ("US", "UAE", "DPRK").
  for (const key of ['us', 'usa', 'uk', 'uae', 'dprk', 'rok', 'prc', 'drc', 'car']) {
    const e = byKey.get(key);
    if (e) e.caps = true;
  }
  let maxWords = g.maxWords;
  const table = entityAliasTable();
  for (const entry of table.entries) {
    for (const n of [entry.name, ...entry.aliases]) {
      const bare = n.replace(/^the\s+/i, '');
      const key = entityKey(bare);
      if (key === '') continue;
      const caps = !/\p{Ll}/u.test(bare);
      const old = byKey.get(key);
      // A country keeps its key (the table lists organisations); an entry seen written in lower case loses `caps`.
      if (old?.source === 'country') continue;
      if (old?.source === 'table') {
        old.caps &&= caps;
        continue;
      }
      byKey.set(key, { source: 'table', name: entry.name, type: entry.type, caps });
      maxWords = Math.max(maxWords, bare.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 1);
    }
  }
  cached = { byKey, maxWords };
  return cached;
}
