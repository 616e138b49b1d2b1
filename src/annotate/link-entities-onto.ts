/**
 * Entity linking of a run's documents onto the entity table of earlier runs: each earlier entity takes part
 * through its names (as one pseudo-document), the linking rules run as in one corpus, and a new mention that
 * joins an earlier entity gets its id. Earlier entities are never merged nor renumbered (their documents are
 * not read again); new entities are numbered after them.
 */
import type { EntityAnnotation } from '../model/doc.ts';
import type { Entity } from '../model/report.ts';
import { linkEntities, type AliasTable } from './link-entities.ts';

/**
 * @param earlier the entity table of earlier runs
 * @param docs the run's documents (their mentions get `entity` set)
 * @returns the whole table: the earlier entities (with the run's new spellings as aliases), then new ones
 * @example linkEntitiesOnto([{ id: 'e1', name: 'Kim Jong Un', type: 'person', aliases: [] }], docs)
 */
export function linkEntitiesOnto(earlier: Entity[], docs: Array<{ id: string; text: string; entities: EntityAnnotation[] }>, table?: AliasTable): Entity[] {
  if (!earlier.length) return linkEntities(docs, table);
  const pseudo = earlier.map((e) => {
    const names = [e.name, ...e.aliases].filter((n) => n.trim());
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
    for (const a of p.entities) if (a.entity && !toEarlier.has(a.entity)) toEarlier.set(a.entity, earlier[i]);
  });
  const out = earlier.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const byId = new Map(out.map((e) => [e.id, e]));
  let n = earlier.reduce((m, e) => Math.max(m, /^e\d+$/.test(e.id) ? Number(e.id.slice(1)) : 0), 0);
  const newId = new Map<string, string>();
  for (const l of linked) {
    const old = toEarlier.get(l.id);
    if (old) newId.set(l.id, old.id);
    else {
      const id = `e${++n}`;
      newId.set(l.id, id);
      const e = { ...l, id };
      out.push(e);
      byId.set(id, e);
    }
  }
  for (const d of docs) {
    for (const a of d.entities) {
      if (!a.entity) continue;
      a.entity = newId.get(a.entity) ?? null;
      // A new spelling of an earlier entity becomes one of its aliases.
      const e = a.entity ? byId.get(a.entity) : undefined;
      const s = a.text.trim().replace(/\s+/g, ' ');
      if (e && s && s !== e.name && !e.aliases.includes(s)) e.aliases.push(s);
    }
  }
  return out;
}
