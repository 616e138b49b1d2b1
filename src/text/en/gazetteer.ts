/**
 * The country gazetteer: every way English news names a country (common and official names, alternative
 * spellings, demonyms, capitals standing for their government), built once from the `world-countries`
 * package and cached. Keys are `entityKey` forms (lower case, letters and digits only), so "U.S." and "US",
 * "Kim Jong-un" and "Kim Jong Un" meet on the same key.
 */
import { createRequire } from 'node:module';
import { entityKey } from '../../annotate/entity-key.ts';

const require = createRequire(import.meta.url);

/** What a gazetteer key stands for. */
export interface GazetteerEntry {
  /** ISO 3166-1 alpha-2 code of the country. */
  code: string;
  /** The country's common English name ("North Korea"). */
  country: string;
  /** How the key names it: the country's own name, a demonym ("North Korean") or its capital ("Pyongyang"). */
  kind: 'name' | 'demonym' | 'capital';
}

export interface Gazetteer {
  /** Key → entry. */
  byKey: Map<string, GazetteerEntry>;
  /** Code → common name. */
  names: Map<string, string>;
  /** Most tokens in any gazetteer name (bounds the phrase look-ahead). */
  maxWords: number;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent?: boolean;
  unMember?: boolean;
  capital?: string[];
  altSpellings?: string[];
  area?: number;
  demonyms?: { eng?: { f?: string; m?: string } };
}

/**
 * Everyday English names the package lacks or spells differently (news usage, not politics): each maps to a
 * country code, with the kind of name it is.
 */
const EXTRA_NAMES: Array<[string, string, GazetteerEntry['kind']]> = [
  ['U.S.', 'US', 'name'], ['U.S.A.', 'US', 'name'], ['America', 'US', 'name'], ['Washington', 'US', 'capital'],
  ['Washington, D.C.', 'US', 'capital'], ['U.K.', 'GB', 'name'], ['Britain', 'GB', 'name'], ['Turkey', 'TR', 'name'],
  ['Kiev', 'UA', 'capital'], ['Czech Republic', 'CZ', 'name'], ['ROK', 'KR', 'name'], ['PRC', 'CN', 'name'],
  ['Saudi', 'SA', 'demonym'], ['Saudis', 'SA', 'demonym'], ['Briton', 'GB', 'demonym'], ['Britons', 'GB', 'demonym'],
  ['Filipino', 'PH', 'demonym'], ['Filipinos', 'PH', 'demonym'], ['Emirati', 'AE', 'demonym'], ['Congolese', 'CD', 'demonym'],
  ['Dominican', 'DO', 'demonym'], ['American', 'US', 'demonym'], ['Americans', 'US', 'demonym'], ['Dutch', 'NL', 'demonym'],
  ['French', 'FR', 'demonym'], ['Indian', 'IN', 'demonym'], ['Chinese', 'CN', 'demonym'], ['British', 'GB', 'demonym'],
];

/**
 * Capitals left out because the word is mostly something else in English news (a first name, a common word,
 * a state or city elsewhere) or the city is disputed as a capital.
 */
const AMBIGUOUS_CAPITALS = new Set([
  'victoria', 'kingston', 'hamilton', 'stanley', 'jamestown', 'male', 'moroni', 'praia', 'sucre', 'nassau',
  'castries', 'roseau', 'georgetown', 'jerusalem', 'ramallah', 'santiago', 'cityofvictoria', 'saintjohns',
  'kingstown', 'basseterre', 'victoria', 'apia', 'palikir', 'tarawa', 'majuro', 'yaren', 'funafuti', 'ngerulmud',
  'washingtondc', 'lobamba', 'gitega',
]);

/** Alternative spellings that are codes or common words, never names in running text. */
const SKIPPED_ALT = /^[A-Z]{2}$|,/;

let cached: Gazetteer | null = null;

/**
 * The cached gazetteer.
 * @example gazetteer().byKey.get(entityKey('Pyongyang')) // { code: 'KP', country: 'North Korea', kind: 'capital' }
 */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = require('world-countries') as WorldCountry[];
  const byKey = new Map<string, GazetteerEntry>();
  const names = new Map<string, string>();
  const rank = new Map<string, number>();
  // Where two countries share a demonym ("Congolese", "Dominican"), the independent, larger one wins.
  const weight = (c: WorldCountry) => (c.independent ? 1e9 : 0) + (c.area ?? 0);
  let maxWords = 1;
  const put = (name: string, c: WorldCountry, kind: GazetteerEntry['kind'], w: number) => {
    const bare = name.replace(/^the\s+/i, '').trim();
    const key = entityKey(bare);
    if (key.length < 2) return;
    const old = byKey.get(key);
    // Names beat demonyms beat capitals on a clash; within a kind the heavier country wins.
    const order = { name: 3, demonym: 2, capital: 1 }[kind] * 1e12 + w;
    if (old && (rank.get(key) ?? 0) >= order) return;
    byKey.set(key, { code: c.cca2, country: c.name.common, kind });
    rank.set(key, order);
    maxWords = Math.max(maxWords, bare.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 1);
  };
  for (const c of countries) {
    names.set(c.cca2, c.name.common);
    const w = weight(c);
    put(c.name.common, c, 'name', w);
    put(c.name.official, c, 'name', w);
    for (const alt of c.altSpellings ?? []) {
      if (SKIPPED_ALT.test(alt) || !/^[\x20-\x7e]+$/.test(alt)) continue;
      put(alt, c, 'name', w);
    }
    const dem = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const part of (d ?? '').split(',')) if (part.trim()) dem.add(part.trim());
    }
    for (const d of dem) {
      put(d, c, 'demonym', w);
      // Plurals name the people ("Ukrainians"): still a mention of the country, as a demonym.
      if (!/(?:s|sh|ch|ese|x|z)$/i.test(d)) put(`${d}s`, c, 'demonym', w);
    }
    if (c.independent) {
      for (const cap of c.capital ?? []) if (!AMBIGUOUS_CAPITALS.has(entityKey(cap))) put(cap, c, 'capital', w);
    }
  }
  const byCode = new Map(countries.map((c) => [c.cca2, c]));
  for (const [name, code, kind] of EXTRA_NAMES) {
    const c = byCode.get(code);
    if (!c) continue;
    // Extras are deliberate: they override whatever the package's data put on the same key.
    rank.delete(entityKey(name));
    byKey.delete(entityKey(name));
    put(name, c, kind, Number.MAX_SAFE_INTEGER / 1e13);
  }
  // "US" is the one two-letter code that English prose uses as a name.
  byKey.set('us', { code: 'US', country: names.get('US') ?? 'United States', kind: 'name' });
  cached = { byKey, names, maxWords };
  return cached;
}
