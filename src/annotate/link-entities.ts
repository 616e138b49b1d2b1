/**
 * Entity linking over a corpus: every mention of every document gets the id of one corpus entity, so
 * "Kim Jong Un", "Kim Jong-un" and "Kim", or "DPRK", "Pyongyang" and "North Korean", count as one.
 * Linking works on maps keyed by normalised names (no comparison of every mention with every other), with
 * general rules only: spelling keys, transliterated first names, surnames after a full name, acronyms in
 * brackets or equal to initials, country prefixes of organisations, descriptions such as "South Korean
 * intelligence", capitals and demonyms, and the alias table.
 */
import type { EntityAnnotation } from '../model/doc.ts';
import type { Entity } from '../model/report.ts';
import { ACRONYM, CLOSE_BRACKET, GENERIC_ORG_PHRASES, OPEN_BRACKET_GAP, POSSESSIVE_GAP } from '../text/en/entity-patterns.ts';
import { gazetteer } from '../text/en/gazetteer.ts';
import { entityAliasTable, type AliasTable } from './entity-alias-table.ts';
import { entityTransliterationVariant } from './entity-edit-distance.ts';
import { entityKey, nameWords } from './entity-key.ts';
import { entityOrgKind, RELATED_KINDS } from './entity-org-kind.ts';

export type { AliasTable } from './entity-alias-table.ts';

/** One mention with where it is and what it was resolved to. */
interface M {
  doc: number;
  ann: EntityAnnotation;
  name: string;
  key: string;
  /** The node the mention is attached to (a country, a table entry, a name, a description). */
  node: string;
  /** A description ("South Korean intelligence"): linked once organisations are known. */
  desc?: { code: string; kind: string };
}

/**
 * Links the mentions of `docs` into one entity table and sets `entity` on every annotation (mutating
 * them) to the id (`e1`, `e2`, … in order of first mention) of its entity. `table` extends the default
 * alias table. Never throws on odd input.
 *
 * @example
 *   const docs = [{ id: 'a', text, entities: findEntities(text) }];
 *   linkEntities(docs) // [{ id: 'e1', name: 'Kim Jong Un', type: 'person', aliases: ['Kim Jong-un', 'Kim'] }, …]
 */
export function linkEntities(docs: Array<{ id: string; text: string; entities: EntityAnnotation[] }>, table?: AliasTable): Entity[] {
  const aliases = entityAliasTable(table);
  const gaz = gazetteer();
  const uf = new UnionFind();
  const ms: M[] = [];
  /** Country code of an organisation node ("Russian State Duma", "Ukraine's Defense Intelligence Agency"). */
  const nodeCountry = new Map<string, string>();
  /** Node → the organisation name it was made from, for kinds and initials. */
  const nodeName = new Map<string, string>();
  const nodeTypes = new Map<string, Map<EntityAnnotation['type'], number>>();

  docs.forEach((doc, d) => {
    const list = Array.isArray(doc?.entities) ? [...doc.entities].filter((a) => a && a.span) : [];
    list.sort((x, y) => x.span.start - y.span.start);
    const text = typeof doc?.text === 'string' ? doc.text : '';
    let prev: M | null = null;
    for (const ann of list) {
      const name = String(ann.name ?? ann.text ?? '').trim();
      const bare = name.replace(/^the\s+/i, '');
      const key = entityKey(bare);
      const m: M = { doc: d, ann, name: bare, key, node: '' };
      m.node = resolveKnown(m, ann, aliases, gaz) ?? '';
      if (!m.node) {
        const desc = ann.type === 'organization' ? describe(bare, gaz) : null;
        if (desc) {
          m.desc = desc;
          m.node = `d:${desc.code}:${desc.kind}`;
        } else if (key === '') {
          m.node = `x:${d}:${ms.length}`;
        } else {
          m.node = `n:${key}`;
          if (!nodeName.has(m.node)) nodeName.set(m.node, bare);
        }
      }
      const votes = nodeTypes.get(m.node) ?? new Map();
      votes.set(ann.type, (votes.get(ann.type) ?? 0) + 1);
      nodeTypes.set(m.node, votes);
      uf.add(m.node);
      if (prev && m.node.startsWith('n:')) {
        const gap = text.slice(prev.ann.span.end, ann.span.start);
        // "Ukraine's Defense Intelligence Agency": the organisation belongs to that country.
        if (prev.node.startsWith('c:') && ann.type === 'organization' && POSSESSIVE_GAP.test(gap)) nodeCountry.set(m.node, prev.node.slice(2));
        // "National Intelligence Service (NIS)": the bracketed acronym is the same body.
        if (ACRONYM.test(ann.text) && OPEN_BRACKET_GAP.test(gap) && CLOSE_BRACKET.test(text.slice(ann.span.end, ann.span.end + 3))
          && !prev.node.startsWith('c:') && prev.ann.type !== 'person') uf.union(prev.node, m.node);
      }
      ms.push(m);
      prev = m;
    }
  });

  const typeOf = (node: string): EntityAnnotation['type'] => topType(nodeTypes.get(node));
  linkOrganizations(uf, gaz, nodeCountry, nodeName, typeOf);
  linkPeople(ms, uf, typeOf);
  linkDescriptions(ms, uf, nodeCountry, nodeName, typeOf, aliases, gaz);
  return buildTable(ms, uf, aliases, gaz);
}

/**
 * The keys under which the rules below can bring a name together with another, for linking onto a large stored
 * table: only the stored entities that share a key with a new mention need take part. A key is shared (`s:`:
 * the same node, the plain name under a country prefix, a full name's surname or first name), asked (`q:`: an
 * acronym, a lone word, a description looking for what they may join) or offered (`o:`: an organisation's
 * initials and head word, a full name's surname and first name, the organisations a description may join).
 * Two names may be linked only when they share an `s:` key or one asks what the other offers (`askedBy`,
 * `offerBase`, `answers`).
 * A rule added below must add its keys here, or linking onto a stored table will not see it.
 * @param type the entity's type when known (an entity of the stored table); a mention's may change by vote
 * @returns the keys of a name, with the alias table (`table` over the built-in one) made once
 * @example entityLinkKeys()('Sergei Shoigu', 'person') // ['s:sergeishoigu', 's:sur:shoigu', 's:giv:sergei:sh', …]
 */
export function entityLinkKeys(table?: AliasTable): (name: string, type?: Entity['type']) => string[] {
  const aliases = entityAliasTable(table);
  const gaz = gazetteer();
  return (name, type) => linkKeys(name, type, aliases, gaz);
}

/**
 * What an asking key (`q:`) looks for: the offering key (`o:`) of the same name, but a lone word is looked for
 * by its first letters only when no full name has it as a surname or first name (`named` holds the `o:name:`
 * keys of all the names at hand). Null for other keys, and for such a word. An offering key is found under its
 * `offerBase`, and `answers` tells whether it is what the asking key wants.
 */
export function askedBy(key: string, named: Set<string>): string | null {
  if (!key.startsWith('q:')) return null;
  if (!key.startsWith('q:pre:')) return `o:${key.slice(2)}`;
  const word = key.slice(6);
  return named.has(`o:name:${word}`) ? null : `o:pre:${word.slice(0, 3)}`;
}

/**
 * The key an offering key is asked by: a surname's first letters for `o:pre:abc:surname`, which carries the
 * whole surname so that `answers` can tell a spelling variant from any name that starts alike (on a large
 * table thousands of surnames share their first three letters).
 */
export function offerBase(key: string): string {
  return key.startsWith('o:pre:') ? key.slice(0, 9) : key;
}

/**
 * Whether an offering key found under what `ask` asks (`askedBy`, `offerBase`) is what it wants: any such key
 * but a surname, which must be a spelling variant of the lone word asking (the rule linkPeople applies).
 */
export function answers(ask: string, offer: string): boolean {
  if (!offer.startsWith('o:pre:') || !ask.startsWith('q:pre:')) return true;
  return entityTransliterationVariant(offer.slice(10), ask.slice(6));
}

function linkKeys(name: string, type: Entity['type'] | undefined, aliases: ReturnType<typeof entityAliasTable>, gaz: ReturnType<typeof gazetteer>): string[] {
  const bare = name.trim().replace(/^the\s+/i, '');
  const key = entityKey(bare);
  const keys = new Set<string>();
  if (key) keys.add(`s:${key}`);
  const entry = aliases.byKey.get(key);
  if (entry) keys.add(`s:t:${entry.index}`);
  const country = gaz.byKey.get(entry?.type === 'country' ? entityKey(entry.name) : key);
  if (country) keys.add(`s:c:${country.code}`);
  const desc = describe(bare, gaz);
  if (desc) {
    keys.add(`s:d:${desc.code}:${desc.kind}`);
    for (const kind of [desc.kind, ...(RELATED_KINDS[desc.kind] ?? [])]) keys.add(`q:ck:${desc.code}:${kind}`);
  }
  const org = type === undefined || type === 'organization';
  const person = type === undefined || type === 'person' || type === 'other';
  const words = nameWords(bare);
  if (org) {
    for (const own of entry ? [bare, entry.name] : [bare]) {
      const split = splitCountryPrefix(own, gaz);
      const kind = entityOrgKind(own);
      if (split && kind) keys.add(`o:ck:${split.code}:${kind}`);
    }
    const forms = [bare];
    const split = splitCountryPrefix(bare, gaz);
    if (split && !split.rest.startsWith("'s") && split.rest !== '') {
      keys.add(`s:${entityKey(split.rest)}`);
      forms.push(split.rest);
    }
    if (ACRONYM.test(bare)) keys.add(`q:ini:${key}`);
    else if (words.length === 1) keys.add(`q:lw:${words[0]}`);
    for (const f of forms) {
      const fw = nameWords(f);
      if (ACRONYM.test(f) || fw.length < 2) continue;
      keys.add(`o:ini:${initials(f)}`);
      keys.add(`o:lw:${fw[fw.length - 1]}`);
    }
  }
  // A surname spelled differently is looked for by its first three letters, among words of six letters or more
  // (entityTransliterationVariant).
  if (person && words.length === 1) {
    keys.add(`q:name:${words[0]}`);
    if (words[0].length >= 6) keys.add(`q:pre:${words[0]}`);
  } else if (person && words.length >= 2) {
    const last = words[words.length - 1];
    // Spelling variants share a surname, or a first name and (nearly always) the surname's first or last letters.
    keys.add(`s:sur:${last}`);
    keys.add(`s:giv:${words[0]}:${last.slice(0, 2)}`);
    keys.add(`s:giv:${words[0]}:${last.slice(-2)}`);
    keys.add(`o:name:${last}`);
    keys.add(`o:name:${words[0]}`);
    if (last.length >= 6) keys.add(`o:pre:${last.slice(0, 3)}:${last}`);
  }
  return [...keys];
}

/** A country (gazetteer) or an alias-table entry, or null. */
function resolveKnown(m: M, ann: EntityAnnotation, aliases: ReturnType<typeof entityAliasTable>, gaz: ReturnType<typeof gazetteer>): string | null {
  const entry = aliases.byKey.get(m.key);
  // A built-in entry does not take a person's name ("Bloomberg said" after "Michael Bloomberg"); the user's does.
  if (entry && (ann.type !== 'person' || entry.type === 'person' || entry.user)) {
    if (entry.type === 'country') {
      const code = gaz.byKey.get(entityKey(entry.name))?.code;
      if (code) return `c:${code}`;
    }
    return `t:${entry.index}`;
  }
  if (ann.type === 'country' || ann.type === 'place' || ann.type === 'other') {
    const g = gaz.byKey.get(m.key);
    if (g) return `c:${g.code}`;
  }
  return null;
}

/** "South Korean intelligence", "Ukraine's defence ministry" → the country and the kind of body. */
function describe(name: string, gaz: ReturnType<typeof gazetteer>): { code: string; kind: string } | null {
  if (!/\s\p{Ll}/u.test(name)) return null;
  const split = splitCountryPrefix(name, gaz, true);
  if (!split) return null;
  const rest = split.rest.replace(/^['’]s\s+/, '').toLowerCase();
  const kind = GENERIC_ORG_PHRASES.get(rest);
  return kind ? { code: split.code, kind } : null;
}

/**
 * The longest leading country name or demonym of a name, and what follows it. A capital counts only when
 * asked (descriptions: "Moscow's defence ministry"): it opens names of its own ("Washington Post").
 */
function splitCountryPrefix(name: string, gaz: ReturnType<typeof gazetteer>, capitals = false): { code: string; rest: string } | null {
  const words = name.split(/\s+/);
  for (let k = Math.min(words.length - 1, 6); k >= 1; k--) {
    const head = words.slice(0, k).join(' ').replace(/['’]s$/, '');
    const g = gaz.byKey.get(entityKey(head));
    if (g && (capitals || g.kind !== 'capital')) {
      const possessive = /['’]s$/.test(words[k - 1]);
      return { code: g.code, rest: (possessive ? "'s " : '') + words.slice(k).join(' ') };
    }
  }
  return null;
}

/**
 * Organisations: a country-prefixed name joins the plain one ("South Korean National Intelligence Service"
 * → "National Intelligence Service") and records the country; an acronym joins the one organisation whose
 * initials it spells ("NIS"); a head word alone joins the one organisation it ends ("Duma" → "State Duma").
 */
function linkOrganizations(uf: UnionFind, gaz: ReturnType<typeof gazetteer>, nodeCountry: Map<string, string>,
  nodeName: Map<string, string>, typeOf: (n: string) => EntityAnnotation['type']): void {
  const orgNodes = [...nodeName.keys()].filter((n) => typeOf(n) === 'organization');
  for (const node of orgNodes) {
    const split = splitCountryPrefix(nodeName.get(node)!, gaz);
    if (!split || split.rest.startsWith("'s") || split.rest === '') continue;
    nodeCountry.set(node, split.code);
    const plain = `n:${entityKey(split.rest)}`;
    if (nodeName.has(plain) && typeOf(plain) === 'organization') uf.union(node, plain);
  }
  const byInitials = new Map<string, Set<string>>();
  const byLastWord = new Map<string, Set<string>>();
  for (const node of orgNodes) {
    const name = nodeName.get(node)!;
    if (ACRONYM.test(name)) continue;
    const forms = [name];
    const split = splitCountryPrefix(name, gaz);
    if (split && !split.rest.startsWith("'s") && split.rest !== '') forms.push(split.rest);
    for (const f of forms) {
      const words = nameWords(f);
      if (words.length >= 2) addTo(byInitials, initials(f), node);
      if (words.length >= 2) addTo(byLastWord, words[words.length - 1], node);
    }
  }
  for (const node of orgNodes) {
    const name = nodeName.get(node)!;
    const words = nameWords(name);
    if (ACRONYM.test(name)) {
      const roots = rootsOf(byInitials.get(entityKey(name)), uf);
      if (roots.size === 1) uf.union(node, [...roots][0]);
    } else if (words.length === 1) {
      const roots = rootsOf(byLastWord.get(words[0]), uf);
      if (roots.size === 1 && !roots.has(uf.find(node))) uf.union(node, [...roots][0]);
    }
  }
}

/**
 * The initials of a name, acronyms inside it spelled out: "U.S. Geological Survey" → "usgs", "US Agency for
 * International Development" → "usaid", "Democratic People's Republic of Korea" → "dprk".
 */
function initials(name: string): string {
  return name.split(/\s+/).filter((w) => nameWords(w).length > 0).map((w) => {
    const bare = w.replace(/['’]s$/i, '');
    return ACRONYM.test(bare) ? entityKey(bare) : entityKey(bare)[0] ?? '';
  }).join('');
}

/**
 * People: spelling variants of one full name ("Sergei"/"Sergey Shoigu") join; a surname or first name alone
 * joins the full name it belongs to, preferring one named in the same document ("Shoigu", "Kim", "Lee").
 */
function linkPeople(ms: M[], uf: UnionFind, typeOf: (n: string) => EntityAnnotation['type']): void {
  const full = new Map<string, string[]>();
  const bySurname = new Map<string, string[]>();
  for (const m of ms) {
    if (!m.node.startsWith('n:') || full.has(m.node) || typeOf(m.node) !== 'person') continue;
    const words = nameWords(m.name);
    if (words.length < 2) continue;
    full.set(m.node, words);
    const list = bySurname.get(words[words.length - 1]) ?? [];
    list.push(m.node);
    bySurname.set(words[words.length - 1], list);
  }
  const byGiven = new Map<string, string[]>();
  for (const [node, words] of full) {
    const list = byGiven.get(words[0]) ?? [];
    list.push(node);
    byGiven.set(words[0], list);
  }
  // Same surname and a first name spelled differently ("Sergei"/"Sergey Shoigu"), or the same first name
  // and a surname spelled differently ("Benjamin Netanyahu"/"Netanjahu").
  const variants = (groups: Iterable<string[]>, pick: (w: string[]) => string) => {
    for (const list of groups) {
      // Bounded: a corpus with hundreds of people of one surname compares only the first few hundred.
      const group = list.slice(0, 300);
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = full.get(group[i])!;
          const b = full.get(group[j])!;
          if (a.length === b.length && entityTransliterationVariant(pick(a), pick(b))) uf.union(group[i], group[j]);
        }
      }
    }
  };
  variants(bySurname.values(), (w) => w[0]);
  variants(byGiven.values(), (w) => w[w.length - 1]);
  // A shorter form of a longer name: "Tayyip Erdogan" in "Recep Tayyip Erdogan".
  for (const list of bySurname.values()) {
    const group = list.slice(0, 300);
    for (const a of group) {
      for (const b of group) {
        const wa = full.get(a)!;
        const wb = full.get(b)!;
        if (wa.length < wb.length && wb.includes(wa[0]) && wa.every((w) => wb.includes(w))) uf.union(b, a);
      }
    }
  }
  const byLast = new Map<string, Set<string>>();
  const byFirst = new Map<string, Set<string>>();
  const docsOf = new Map<string, Set<number>>();
  const count = new Map<string, number>();
  const surnamesByPrefix = new Map<string, string[]>();
  for (const [node, words] of full) {
    const surname = words[words.length - 1];
    if (!byLast.has(surname)) {
      const list = surnamesByPrefix.get(surname.slice(0, 3));
      if (list) list.push(surname);
      else surnamesByPrefix.set(surname.slice(0, 3), [surname]);
    }
    addTo(byLast, surname, node);
    addTo(byFirst, words[0], node);
  }
  for (const m of ms) {
    if (!full.has(m.node)) continue;
    const r = uf.find(m.node);
    addTo(docsOf, r, m.doc);
    count.set(r, (count.get(r) ?? 0) + 1);
  }
  // The people a lone word may name, in the order of preference but for the mention's own document: surname over
  // first name, then the most mentioned (a stable order, so ties stay in the order found). Worked out once per
  // word: a batch linked onto a large table meets the same lone words ("Trump", "John") thousands of times.
  const candidatesOf = new Map<string, string[]>();
  const candidates = (word: string): string[] => {
    let out = candidatesOf.get(word);
    if (out) return out;
    let last = rootsOf(byLast.get(word), uf);
    const first = rootsOf(byFirst.get(word), uf);
    // A surname spelled differently from the full name's ("Zelensky" after "Volodymyr Zelenskyy").
    if (last.size === 0 && first.size === 0) {
      const near = (surnamesByPrefix.get(word.slice(0, 3)) ?? []).filter((s) => entityTransliterationVariant(s, word));
      last = new Set(near.flatMap((s) => [...rootsOf(byLast.get(s), uf)]));
    }
    out = [...new Set([...last, ...first])];
    out.sort((x, y) => Number(last.has(y)) - Number(last.has(x)) || (count.get(y) ?? 0) - (count.get(x) ?? 0));
    candidatesOf.set(word, out);
    return out;
  };
  for (const m of ms) {
    if (!m.node.startsWith('n:') || full.has(m.node)) continue;
    if (m.ann.type !== 'person' && m.ann.type !== 'other') continue;
    const words = nameWords(m.name);
    if (words.length !== 1 || ACRONYM.test(m.name)) continue;
    const all = candidates(words[0]);
    if (all.length === 0) continue;
    // Same document first.
    m.node = all.find((x) => docsOf.get(x)?.has(m.doc)) ?? all[0];
  }
}

/**
 * Descriptions: "South Korean intelligence" joins the organisation of that country and kind when the corpus
 * names one; otherwise all such descriptions make one generic organisation.
 */
function linkDescriptions(ms: M[], uf: UnionFind, nodeCountry: Map<string, string>, nodeName: Map<string, string>,
  typeOf: (n: string) => EntityAnnotation['type'], aliases: ReturnType<typeof entityAliasTable>, gaz: ReturnType<typeof gazetteer>): void {
  const byCountryKind = new Map<string, Set<string>>();
  const byRootCountry = new Map<string, Set<string>>();
  for (const [node, code] of nodeCountry) addTo(byRootCountry, uf.find(node), code);
  // Alias-table organisations named after their country ("Israel Defense Forces") count too.
  for (const m of ms) {
    if (!m.node.startsWith('t:') || m.ann.type !== 'organization' || nodeName.has(m.node)) continue;
    const entry = aliases.entries[Number(m.node.slice(2))];
    if (!entry || entry.type !== 'organization') continue;
    nodeName.set(m.node, entry.name);
    const split = splitCountryPrefix(entry.name, gaz);
    if (split && split.rest !== '' && !split.rest.startsWith("'s")) addTo(byRootCountry, uf.find(m.node), split.code);
  }
  for (const [node, name] of nodeName) {
    if (node.startsWith('n:') && typeOf(node) !== 'organization') continue;
    const kind = entityOrgKind(name);
    if (!kind) continue;
    for (const code of byRootCountry.get(uf.find(node)) ?? []) addTo(byCountryKind, `${code}:${kind}`, uf.find(node));
  }
  const count = new Map<string, number>();
  for (const m of ms) count.set(uf.find(m.node), (count.get(uf.find(m.node)) ?? 0) + 1);
  for (const m of ms) {
    if (!m.desc) continue;
    const kinds = [m.desc.kind, ...(RELATED_KINDS[m.desc.kind] ?? [])];
    for (const kind of kinds) {
      const roots = [...rootsOf(byCountryKind.get(`${m.desc.code}:${kind}`), uf)];
      if (roots.length === 0) continue;
      roots.sort((x, y) => (count.get(y) ?? 0) - (count.get(x) ?? 0));
      m.node = roots[0];
      break;
    }
  }
}

/** Entities in order of first mention, with names, types and aliases; sets `entity` on every annotation. */
function buildTable(ms: M[], uf: UnionFind, aliases: ReturnType<typeof entityAliasTable>, gaz: ReturnType<typeof gazetteer>): Entity[] {
  const clusters = new Map<string, M[]>();
  for (const m of ms) {
    const r = uf.find(m.node);
    const list = clusters.get(r) ?? [];
    list.push(m);
    clusters.set(r, list);
  }
  const entities: Entity[] = [];
  const idOf = new Map<string, string>();
  for (const m of ms) {
    const r = uf.find(m.node);
    if (!idOf.has(r)) {
      const members = clusters.get(r)!;
      const id = `e${entities.length + 1}`;
      idOf.set(r, id);
      const { name, type } = describeCluster(members, aliases, gaz);
      const seen = new Set<string>([name]);
      const als: string[] = [];
      for (const x of members) {
        const s = String(x.ann.text ?? '').trim().replace(/\s+/g, ' ');
        if (s && !seen.has(s)) {
          seen.add(s);
          als.push(s);
        }
      }
      entities.push({ id, name, type, aliases: als });
    }
    m.ann.entity = idOf.get(r)!;
  }
  return entities;
}

/** The name and type of a cluster: a country's or table entry's own; else the fullest, most used proper form. */
function describeCluster(members: M[], aliases: ReturnType<typeof entityAliasTable>, gaz: ReturnType<typeof gazetteer>): { name: string; type: Entity['type'] } {
  const country = members.find((m) => m.node.startsWith('c:'));
  if (country) return { name: gaz.names.get(country.node.slice(2)) ?? country.name, type: 'country' };
  const tabled = members.find((m) => m.node.startsWith('t:'));
  if (tabled) {
    const entry = aliases.entries[Number(tabled.node.slice(2))];
    if (entry) return { name: entry.name, type: entry.type };
  }
  const votes = new Map<EntityAnnotation['type'], number>();
  for (const m of members) votes.set(m.ann.type, (votes.get(m.ann.type) ?? 0) + 1);
  const type = topType(votes);
  const freq = new Map<string, { n: number; first: number }>();
  members.forEach((m, i) => {
    const f = freq.get(m.name) ?? { n: 0, first: i };
    f.n++;
    freq.set(m.name, f);
  });
  let names = [...freq.keys()].filter((s) => s !== '');
  if (names.length === 0) return { name: members[0]?.ann.text ?? '', type };
  const proper = names.filter(isProperName);
  if (proper.length > 0) names = proper;
  if (type === 'organization') {
    const spelled = names.filter((s) => !ACRONYM.test(s));
    if (spelled.length > 0) names = spelled;
    const keys = new Set(names.map((s) => entityKey(s)));
    const plain = names.filter((s) => {
      const split = splitCountryPrefix(s, gaz);
      return !(split && split.rest !== '' && keys.has(entityKey(split.rest.replace(/^['’]s\s+/, ''))));
    });
    if (plain.length > 0) names = plain;
    // "Post" and "Washington Post", "Duma" and "State Duma": the head word alone is the short form.
    const lastWords = new Set(names.filter((s) => /\s/.test(s)).map((s) => entityKey(s.split(/\s+/).pop()!)));
    const full = names.filter((s) => /\s/.test(s) || !lastWords.has(entityKey(s)));
    if (full.length > 0) names = full;
  }
  // A dateline's capitals ("JERUSALEM") give way to the ordinary spelling when there is one.
  const shouted = (s: string) => s.length >= 5 && !/\p{Ll}/u.test(s) && /\p{Lu}/u.test(s) && (type === 'place' || type === 'person');
  const quiet = names.filter((s) => !shouted(s));
  if (quiet.length > 0) names = quiet;
  const words = (s: string) => s.split(/\s+/).length;
  // A person: the most used full name (first and last), then the fuller. The longest alone could be a title-case
  // headline's run ("America Ferrera Sent Donald Trump") or a description ("Vermonter Bernie Sanders").
  if (type === 'person' && names.some((s) => words(s) > 1)) names = names.filter((s) => words(s) > 1);
  names.sort((a, b) => freq.get(b)!.n - freq.get(a)!.n || (type === 'person' ? words(b) - words(a) : b.length - a.length) || freq.get(a)!.first - freq.get(b)!.first);
  const name = shouted(names[0]) ? names[0].toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : names[0];
  return { name, type };
}

/** Connectors and particles that stay lower case inside proper names ("Ministry of Defence", "Bashar al-Assad"). */
const LOWER_IN_NAMES = /^(?:of|the|for|on|and|in|de|du|des|la|le|da|di|del|della|von|van|der|den|bin|ibn|bint|al|el|y|(?:al|el|ad|as|ash|at|az|ar|bin|ibn)-\p{Lu}.*)$/u;

/** A proper name, not a description: every word capitalised but connectors ("the South Korean intelligence agency" is not). */
function isProperName(s: string): boolean {
  return s.split(/\s+/).every((w, i) => !/^\p{Ll}/u.test(w) || (i > 0 && LOWER_IN_NAMES.test(w)));
}

const TYPE_PRIORITY: EntityAnnotation['type'][] = ['person', 'organization', 'country', 'place', 'other'];

/** The most voted type other than `other`, ties broken person > organisation > country > place. */
function topType(votes: Map<EntityAnnotation['type'], number> | undefined): EntityAnnotation['type'] {
  let best: EntityAnnotation['type'] = 'other';
  let n = 0;
  for (const t of TYPE_PRIORITY) {
    if (t === 'other') continue;
    const v = votes?.get(t) ?? 0;
    if (v > n) {
      best = t;
      n = v;
    }
  }
  return best;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const s = map.get(key);
  if (s) s.add(value);
  else map.set(key, new Set([value]));
}

function rootsOf(nodes: Set<string> | undefined, uf: UnionFind): Set<string> {
  const out = new Set<string>();
  for (const n of nodes ?? []) out.add(uf.find(n));
  return out;
}

/** Disjoint sets of node ids; the root of a set is its first-added member, so ids stay in mention order. */
class UnionFind {
  private parent = new Map<string, string>();
  private rank = new Map<string, number>();
  add(x: string): void {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      this.rank.set(x, this.rank.size);
    }
  }
  find(x: string): string {
    this.add(x);
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    let c = x;
    while (c !== r) {
      const next = this.parent.get(c)!;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The older node stays root: c:/t: nodes and first mentions keep their identity.
    if (this.rank.get(ra)! <= this.rank.get(rb)!) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
