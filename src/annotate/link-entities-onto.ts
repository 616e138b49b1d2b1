/**
 * Entity linking of a run's documents onto the entity table of earlier runs: each earlier entity takes part
 * through its names (as one pseudo-document), the linking rules run as in one corpus, and a new mention that
 * joins an earlier entity gets its id. Earlier entities are never merged nor renumbered (their documents are
 * not read again); new entities are numbered after them. Only the earlier entities that share a linking key with
 * a new mention take part (`entityLinkKeys`): the others cannot be linked to, and a stored table of tens of
 * thousands would otherwise be linked again in every batch.
 */
import type { EntityAnnotation } from '../model/doc.ts';
import type { Entity } from '../model/report.ts';
import { addToList } from '../model/add-to-list.ts';
import { answers, askedBy, entityLinkKeys, linkEntities, offerBase, type AliasTable } from './link-entities.ts';

/**
 * @param earlier the entity table of earlier runs
 * @param docs the run's documents (their mentions get `entity` set)
 * @returns the whole table: the earlier entities (with the run's new spellings as aliases), then new ones
 * @example linkEntitiesOnto([{ id: 'e1', name: 'Kim Jong Un', type: 'person', aliases: [] }], docs)
 */
export function linkEntitiesOnto(earlier: Entity[], docs: Array<{ id: string; text: string; entities: EntityAnnotation[] }>, table?: AliasTable): Entity[] {
  if (!earlier.length) return linkEntities(docs, table);
  const taking = linkable(earlier, docs, table);
  const pseudo = taking.map((e) => {
    const names = namesOf(e);
    let text = '';
    const entities: EntityAnnotation[] = [];
    for (const n of names) {
      entities.push({ span: { start: text.length, end: text.length + n.length }, text: n, name: n, entity: null, type: e.type });
      text += n + '.\n\n';
    }
    return { id: `past:${e.id}`, text, entities };
  });
  const linked = linkEntities([...pseudo, ...docs], table);
  // Each linked entity that holds an earlier one is that earlier entity (the first, when it holds several).
  const toEarlier = new Map<string, Entity>();
  pseudo.forEach((p, i) => {
    for (const a of p.entities) if (a.entity && !toEarlier.has(a.entity)) toEarlier.set(a.entity, taking[i]);
  });
  // Earlier entities are copied only when they gain an alias: the others stay the objects given (a store keeps
  // what it was given back as it is).
  const out = earlier.slice();
  const at = new Map(earlier.map((e, i) => [e.id, i]));
  let n = earlier.reduce((m, e) => Math.max(m, /^e\d+$/.test(e.id) ? Number(e.id.slice(1)) : 0), 0);
  const newId = new Map<string, string>();
  for (const l of linked) {
    const old = toEarlier.get(l.id);
    if (old) newId.set(l.id, old.id);
    else {
      const id = `e${++n}`;
      newId.set(l.id, id);
      at.set(id, out.length);
      out.push({ ...l, id });
    }
  }
  for (const d of docs) {
    for (const a of d.entities ?? []) {
      if (!a?.entity) continue;
      a.entity = newId.get(a.entity) ?? null;
      // A new spelling of an earlier entity becomes one of its aliases.
      const s = String(a.text ?? '').trim().replace(/\s+/g, ' ');
      const i = a.entity ? at.get(a.entity) : undefined;
      if (i === undefined || !s || s === out[i].name || out[i].aliases.includes(s)) continue;
      if (out[i] === earlier[i]) out[i] = { ...earlier[i], aliases: [...earlier[i].aliases] };
      out[i].aliases.push(s);
    }
  }
  return out;
}

/**
 * The earlier entities a run's mentions may be linked to: those that share a key with a mention or ask what one
 * offers (`entityLinkKeys`), and every entity that offers what one of those asks (a lone "Bureau" joins the one
 * organisation it ends, so all that end in it must be there to tell whether it is one).
 */
function linkable(earlier: Entity[], docs: Array<{ entities: EntityAnnotation[] }>, table?: AliasTable): Entity[] {
  const keysOf = entityLinkKeys(table);
  const fresh = new Set<string>();
  /** Surnames and first names of people's full names (a lone word that is one is not looked for by its letters). */
  const named = new Set<string>();
  // A batch names the same few thousand things tens of thousands of times: each name's keys are made once.
  const keysOfName = new Map<string, string[]>();
  const personNames = new Set<string>();
  for (const d of docs) {
    for (const a of d.entities ?? []) {
      const name = String(a?.name ?? a?.text ?? '');
      let ks = keysOfName.get(name);
      if (!ks) {
        keysOfName.set(name, (ks = keysOf(name)));
        for (const k of ks) fresh.add(k);
      }
      if (a?.type !== 'person' || personNames.has(name)) continue;
      personNames.add(name);
      for (const k of ks) if (k.startsWith('o:name:')) named.add(k);
    }
  }
  const keys = earlier.map((e) => {
    const cached = KEYS.get(e);
    if (cached && cached.table === table) return cached.keys;
    const own = [...new Set(namesOf(e).flatMap((n) => keysOf(n, e.type)))];
    KEYS.set(e, { table, keys: own });
    return own;
  });
  keys.forEach((ks, i) => { if (earlier[i].type === 'person') for (const k of ks) if (k.startsWith('o:name:')) named.add(k); });
  // What the mentions ask and offer, by the key they are met under (askedBy, offerBase).
  const asked = new Map<string, string[]>();
  const offered = new Map<string, string[]>();
  for (const k of fresh) {
    const a = askedBy(k, named);
    if (a) addToList(asked, a, k);
    else if (k.startsWith('o:')) addToList(offered, offerBase(k), k);
  }
  const meets = (k: string, asking: Map<string, string[]>) => {
    if (k.startsWith('q:')) return offered.get(askedBy(k, named) ?? '')?.some((o) => answers(k, o)) ?? false;
    if (k.startsWith('o:')) return asking.get(offerBase(k))?.some((q) => answers(q, k)) ?? false;
    return fresh.has(k);
  };
  // Shared with a mention, offering what one asks, or asking what one offers.
  const taken = keys.map((ks) => ks.some((k) => meets(k, asked)));
  const more = new Map<string, string[]>();
  taken.forEach((t, i) => {
    if (!t) return;
    for (const k of keys[i]) {
      const a = askedBy(k, named);
      if (a) addToList(more, a, k);
    }
  });
  return earlier.filter((_, i) => taken[i] || (more.size > 0 && keys[i].some((k) => k.startsWith('o:') && meets(k, more))));
}

/** Each earlier entity's linking keys, kept while the entity object is (entities are not changed in place). */
const KEYS = new WeakMap<Entity, { table: AliasTable | undefined; keys: string[] }>();

/** The names an entity is known by (its name and aliases). */
function namesOf(e: Entity): string[] {
  return [e.name, ...e.aliases].filter((n) => n.trim());
}
