/**
 * Linking a batch onto a stored entity table (src/annotate/link-entities-onto.ts): only the stored entities that
 * share a linking key with a new mention take part, and the result is what linking onto the whole table gives;
 * stored entities are copied only when they gain an alias.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkEntitiesOnto } from '../src/annotate/link-entities-onto.ts';
import { answers, askedBy, entityLinkKeys, offerBase } from '../src/annotate/link-entities.ts';
import type { EntityAnnotation } from '../src/model/doc.ts';
import type { Entity } from '../src/model/report.ts';

/** One new document whose mentions are the names given (type first: 'person:Zelensky'). */
function batch(...mentions: string[]): Array<{ id: string; text: string; entities: EntityAnnotation[] }> {
  let text = '';
  const entities: EntityAnnotation[] = [];
  for (const m of mentions) {
    const [type, name] = m.split(':') as [EntityAnnotation['type'], string];
    entities.push({ span: { start: text.length, end: text.length + name.length }, text: name, name, entity: null, type });
    text += `${name} said so.\n\n`;
  }
  return [{ id: 'new', text, entities }];
}

const entity = (id: string, name: string, type: Entity['type'], aliases: string[] = []): Entity => ({ id, name, type, aliases });

/** Stored entities no new mention can be linked to: they must change nothing. */
const unrelated = [entity('e10', 'Kim Jong Un', 'person'), entity('e11', 'Pyongyang', 'place'), entity('e12', 'State Duma', 'organization')];

test('a lone head word stays apart when two stored organisations end in it, though only one is named in the batch', () => {
  // "Bureau" asks for the one organisation it ends: "Federal Bureau" shares no key with the batch but must take part.
  const earlier = [entity('e1', 'Bureau', 'organization'), entity('e2', 'Census Bureau', 'organization'), entity('e3', 'Federal Bureau', 'organization'), ...unrelated];
  const docs = batch('organization:Census Bureau');
  linkEntitiesOnto(earlier, docs);
  assert.equal(docs[0].entities[0].entity, 'e2');
});

test('a surname spelled differently finds the stored full name by its first letters', () => {
  const docs = batch('person:Zelensky');
  linkEntitiesOnto([...unrelated, entity('e1', 'Volodymyr Zelenskyy', 'person')], docs);
  assert.equal(docs[0].entities[0].entity, 'e1');
});

test('a description joins the stored organisation of its country and kind', () => {
  const docs = batch('organization:South Korean intelligence');
  const out = linkEntitiesOnto([...unrelated, entity('e1', 'South Korean National Intelligence Service', 'organization', ['NIS'])], docs);
  assert.equal(docs[0].entities[0].entity, 'e1', JSON.stringify(out));
});

test('stored entities are copied only when they gain an alias; new ones are numbered after the highest id', () => {
  const earlier = [entity('e1', 'Kim Jong Un', 'person'), entity('e7', 'Pyongyang', 'place')];
  const docs = batch('person:Kim Jong-un', 'person:Choe Son Hui');
  const out = linkEntitiesOnto(earlier, docs);
  assert.deepEqual(docs[0].entities.map((a) => a.entity), ['e1', 'e8']);
  assert.deepEqual(out[0].aliases, ['Kim Jong-un']);
  assert.deepEqual(earlier[0].aliases, [], 'the entity given is not changed');
  assert.notEqual(out[0], earlier[0]);
  assert.equal(out[1], earlier[1], 'an entity that gains nothing is the object given');
  assert.equal(out[2].name, 'Choe Son Hui');
});

test('linking keys: two names that a rule links share a key, or one asks what the other offers', () => {
  const keysOf = entityLinkKeys();
  const meet = (a: string, b: string, ta?: Entity['type'], tb?: Entity['type']) => {
    const ka = keysOf(a, ta), kb = keysOf(b, tb);
    const asks = (x: string[], y: string[]) => x.some((k) => y.some((o) => offerBase(o) === askedBy(k, new Set()) && answers(k, o)));
    return ka.some((k) => k.startsWith('s:') && kb.includes(k)) || asks(ka, kb) || asks(kb, ka);
  };
  assert.ok(meet('Kim Jong-un', 'Kim Jong Un'));
  assert.ok(meet('Sergei Shoigu', 'Sergey Shoigu', 'person', 'person'));
  assert.ok(meet('Shoigu', 'Sergei Shoigu', undefined, 'person'));
  assert.ok(meet('NIS', 'National Intelligence Service', undefined, 'organization'));
  assert.ok(meet('Duma', 'State Duma', undefined, 'organization'));
  assert.ok(meet('DPRK', 'North Korea'));
  assert.ok(!meet('Pyongyang', 'Sergei Shoigu', undefined, 'person'));
  assert.ok(!meet('Duma', 'Sergei Shoigu', undefined, 'person'));
  // A lone word meets the surnames it may be a spelling of, not every surname that starts with the same letters.
  assert.ok(meet('Zelensky', 'Volodymyr Zelenskyy', undefined, 'person'));
  assert.ok(!meet('Zelensky', 'Anna Zelmanowitz', undefined, 'person'));
});

test('a lone word links to the stored surname it spells, among many that start alike', () => {
  const alike = ['Zelmanowitz', 'Zelinskaya Petrova', 'Zeldovich', 'Zellweger'].map((s, i) => entity(`e${20 + i}`, `Anna ${s}`, 'person'));
  const docs = batch('person:Zelensky');
  linkEntitiesOnto([...unrelated, ...alike, entity('e1', 'Volodymyr Zelenskyy', 'person')], docs);
  assert.equal(docs[0].entities[0].entity, 'e1');
});

test('odd mentions in a batch return', () => {
  const docs = [{ id: 'odd', text: 'x', entities: [null, { span: { start: 0, end: 1 } }, { span: { start: 0, end: 1 }, text: '', name: '', entity: null, type: 'person' }] as unknown as EntityAnnotation[] }];
  const out = linkEntitiesOnto(unrelated, docs);
  assert.equal(out.slice(0, unrelated.length).every((e, i) => e === unrelated[i]), true);
});
