/**
 * Entity mentions (src/annotate/find-entities.ts) and their linking into one entity per corpus
 * (src/annotate/link-entities.ts): alias cases as table rows (each a small corpus and the names that must end
 * up in one entity), types, title stripping, headline capitals that must not become entities, the alias
 * table, span invariants on random text (fast-check), and odd inputs that must return.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findEntities } from '../src/annotate/find-entities.ts';
import { linkEntities, type AliasTable } from '../src/annotate/link-entities.ts';
import type { EntityAnnotation } from '../src/model/doc.ts';
import type { Entity } from '../src/model/report.ts';

/** Finds and links the mentions of a few texts, as the pipeline would for a corpus. */
function corpus(texts: string[], table?: AliasTable) {
  const docs = texts.map((text, i) => ({ id: `d${i}`, text, entities: findEntities(text) }));
  const entities = linkEntities(docs, table);
  return { docs, entities };
}

/** The entity a surface form was linked to (by the annotation whose text it is). */
function entityOf(c: ReturnType<typeof corpus>, surface: string): Entity {
  for (const d of c.docs) {
    const a = d.entities.find((e) => e.text === surface);
    if (a) {
      const e = c.entities.find((x) => x.id === a.entity);
      assert.ok(e, `${surface} is linked to an entity of the table`);
      return e!;
    }
  }
  assert.fail(`no mention "${surface}" in ${JSON.stringify(c.docs.map((d) => d.entities.map((e) => e.text)))}`);
}

// Each row: texts of one corpus, the surface forms that must share one entity, its name and type.
const ALIAS_ROWS: Array<{ about: string; texts: string[]; same: string[]; name: string; type: Entity['type'] }> = [
  {
    about: 'spelling keys and a first-token mention',
    texts: [
      'North Korean leader Kim Jong Un met Russian officials in Pyongyang.',
      'In June, during his meeting with Kim Jong-un, Putin signed an agreement.',
      'During the meeting, Kim agreed to send 1,000 sappers.',
    ],
    same: ['Kim Jong Un', 'Kim Jong-un', 'Kim'],
    name: 'Kim Jong Un',
    type: 'person',
  },
  {
    about: 'transliterated first names and a surname mention',
    texts: [
      'Following a visit by Russian Security Council Secretary Sergey Shoigu to North Korea, Shoigu announced a deployment.',
      'The plan follows a meeting with top Russian security official Sergei Shoigu in Pyongyang.',
      'This follows a statement made by Sergei Shoigu, head of the Russian Security Council.',
    ],
    same: ['Sergey Shoigu', 'Sergei Shoigu', 'Shoigu'],
    name: 'Sergei Shoigu',
    type: 'person',
  },
  {
    about: 'a bracketed acronym, a country-prefixed name and a description',
    texts: [
      'According to the National Intelligence Service, North Korea has begun recruiting soldiers.',
      '"It is crucial," said lawmaker Lee Seong-kweun after a briefing by the South Korean National Intelligence Service (NIS).',
      'According to South Korean intelligence, approximately 600 North Korean soldiers have died.',
      'The NIS anticipates that this new deployment could occur as soon as July.',
      'North Korea may send more troops, according to a South Korean lawmaker who referenced the nation’s intelligence agency.',
    ],
    same: ['National Intelligence Service', 'NIS', 'South Korean intelligence', 'South Korean National Intelligence Service', 'nation’s intelligence agency'],
    name: 'National Intelligence Service',
    type: 'organization',
  },
  {
    about: 'an acronym, an official name, the common name and the capital of one country',
    texts: [
      'The DPRK rejected the statement on Monday.',
      'The first units of the Democratic People’s Republic of Korea have arrived.',
      'North Korea will deploy thousands of additional military personnel.',
      'Trade between Moscow and Pyongyang saw a significant increase.',
    ],
    same: ['DPRK', 'Democratic People’s Republic of Korea', 'North Korea', 'Pyongyang'],
    name: 'North Korea',
    type: 'country',
  },
  {
    about: 'a full name and a later surname',
    texts: ['Russian President Vladimir Putin signed the treaty.', 'Putin has not denied these reports.'],
    same: ['Vladimir Putin', 'Putin'],
    name: 'Vladimir Putin',
    type: 'person',
  },
  {
    about: 'an acronym in brackets after an organisation',
    texts: ['Ukraine’s Defense Intelligence Agency (GUR) stated today that troops had arrived.', 'The GUR said the units were in Kursk.'],
    same: ['Defense Intelligence Agency', 'GUR'],
    name: 'Defense Intelligence Agency',
    type: 'organization',
  },
  {
    about: 'an acronym from the alias table',
    texts: ['According to a report from Agence France-Presse, troops arrived.', 'AFP reported the sighting.'],
    same: ['Agence France-Presse', 'AFP'],
    name: 'Agence France-Presse',
    type: 'organization',
  },
  {
    about: 'U.S., US and America',
    texts: ['U.S. and South Korean intelligence indicates thousands were sent.', 'The US said so.', 'America sent envoys.'],
    same: ['U.S.', 'US', 'America'],
    name: 'United States',
    type: 'country',
  },
  {
    about: 'a place with its cue words',
    texts: ['Troops were sent to Russia’s Kursk region.', 'They fought in the Kursk border region.', 'Sightings were reported in Kursk.'],
    same: ['Kursk region', 'Kursk border region', 'Kursk'],
    name: 'Kursk',
    type: 'place',
  },
  {
    about: 'a hyphened particle and letters outside Latin-1',
    texts: ['Syrian President Bashar al-Assad fled to Moscow.', 'Assad’s forces collapsed, and al-Assad’s allies left.', 'Turkish President Recep Tayyip Erdoğan said so. Erdoğan smiled.'],
    same: ['Bashar al-Assad', 'Assad', 'al-Assad'],
    name: 'Bashar al-Assad',
    type: 'person',
  },
  {
    about: 'a shorter form of a longer name and a surname spelled differently',
    texts: ['Recep Tayyip Erdogan spoke.', 'Tayyip Erdogan left.', 'Ukrainian President Volodymyr Zelenskyy thanked him.', 'Zelensky said so.'],
    same: ['Recep Tayyip Erdogan', 'Tayyip Erdogan'],
    name: 'Recep Tayyip Erdogan',
    type: 'person',
  },
  {
    about: 'a country prefix on an organisation and the head word alone',
    texts: ['The Russian State Duma unanimously approved the treaty.', 'The Duma vote came hours before.'],
    same: ['Russian State Duma', 'Duma'],
    name: 'Russian State Duma',
    type: 'organization',
  },
];

for (const row of ALIAS_ROWS) {
  test(`linking: ${row.about}`, () => {
    const c = corpus(row.texts);
    const e = entityOf(c, row.same[0]);
    for (const s of row.same.slice(1)) assert.equal(entityOf(c, s).id, e.id, `${s} links to the entity of ${row.same[0]}`);
    assert.equal(e.name, row.name);
    assert.equal(e.type, row.type);
    for (const s of row.same) if (s !== e.name) assert.ok(e.aliases.includes(s), `${s} is an alias of ${e.name}: ${JSON.stringify(e.aliases)}`);
  });
}

// Each row: a text and mentions that must be found there (text, type, name, demonym).
type Want = { text: string; type: EntityAnnotation['type']; name?: string; demonym?: boolean };
const TYPE_ROWS: Array<[string, Want[]]> = [
  ['North Korean troops arrived.', [{ text: 'North Korean', type: 'country', name: 'North Korea', demonym: true }]],
  ['Russian President Vladimir Putin spoke.', [{ text: 'Russian', type: 'country', demonym: true }, { text: 'Vladimir Putin', type: 'person' }]],
  ['Following a visit by Russian Security Council Secretary Sergey Shoigu’s delegation, talks began.', [{ text: 'Sergey Shoigu', type: 'person', name: 'Sergey Shoigu' }]],
  ['Ukraine\'s President Volodymyr Zelensky has indicated otherwise.', [{ text: 'Ukraine', type: 'country' }, { text: 'Volodymyr Zelensky', type: 'person' }]],
  ['The statement was made by lawmaker Lee Seong-kweun on Thursday.', [{ text: 'Lee Seong-kweun', type: 'person' }]],
  ['The treaty is expected to pass in the Federation Council on November 6.', [{ text: 'Federation Council', type: 'organization' }]],
  ['A report from Agence France-Presse said so.', [{ text: 'Agence France-Presse', type: 'organization' }]],
  ['Defence officials at the Ministry of Defence said so.', [{ text: 'Ministry of Defence', type: 'organization' }]],
  ['Troops were sent to the Kursk region.', [{ text: 'Kursk region', type: 'place', name: 'Kursk' }]],
  ['Fighting continued in the Donetsk Oblast.', [{ text: 'Donetsk Oblast', type: 'place', name: 'Donetsk' }]],
  ['Trade between Moscow and Kyiv stopped.', [{ text: 'Moscow', type: 'country', name: 'Russia' }, { text: 'Kyiv', type: 'country', name: 'Ukraine' }]],
  ['SEOUL – The army said so.', [{ text: 'SEOUL', type: 'country', name: 'South Korea' }]],
  ['The U.S. said so.', [{ text: 'U.S.', type: 'country', name: 'United States' }]],
  ['According to state news agency KCNA, soldiers took part.', [{ text: 'KCNA', type: 'organization' }]],
  ['Officials from the Democratic People\'s Republic of Korea attended.', [{ text: 'Democratic People\'s Republic of Korea', type: 'country', name: 'North Korea' }]],
  ['U.S. Secretary of State Antony Blinken will travel to Beirut.', [{ text: 'Antony Blinken', type: 'person' }, { text: 'Beirut', type: 'country', name: 'Lebanon' }]],
  ['It was signed by Mr. Netanyahu yesterday.', [{ text: 'Netanyahu', type: 'person' }]],
  ['Turkish President Recep Tayyip Erdoğan spoke in Łódź.', [{ text: 'Recep Tayyip Erdoğan', type: 'person' }, { text: 'Łódź', type: 'place' }]],
  ['The Islamic State group claimed the attack.', [{ text: 'Islamic State', type: 'organization' }]],
  ['Goldman Sachs economists expect a cut.', [{ text: 'Goldman Sachs', type: 'organization' }]],
  ['Stocks on Wall Street rose.', [{ text: 'Wall Street', type: 'place', name: 'Wall Street' }]],
  ['The UN’s International Court of Justice ruled.', [{ text: 'International Court of Justice', type: 'organization' }]],
  ['ISTANBUL (AP) — The toll rose.', [{ text: 'ISTANBUL', type: 'place' }, { text: 'AP', type: 'organization', name: 'Associated Press' }]],
  ['Hurricane Milton made landfall near Siesta Key.', [{ text: 'Hurricane Milton', type: 'other' }, { text: 'Siesta Key', type: 'place' }]],
  ['Officials said 326 people died in areas of Aleppo, Hama and Latakia.', [{ text: 'Aleppo', type: 'place' }, { text: 'Hama', type: 'place' }, { text: 'Latakia', type: 'place' }]],
];

for (const [text, wants] of TYPE_ROWS) {
  test(`mentions: ${text}`, () => {
    const found = findEntities(text);
    for (const w of wants) {
      const a = found.find((e) => e.text === w.text);
      assert.ok(a, `"${w.text}" is a mention: got ${JSON.stringify(found.map((e) => e.text))}`);
      assert.equal(a!.type, w.type, `type of ${w.text}`);
      if (w.name) assert.equal(a!.name, w.name, `name of ${w.text}`);
      if (w.demonym) assert.equal(a!.demonym, true, `${w.text} is a demonym`);
      assert.equal(a!.entity, null, 'findEntities leaves linking to linkEntities');
    }
  });
}

test('titles and possessives are not part of a person mention', () => {
  const found = findEntities('Russian Security Council Secretary Sergey Shoigu\'s visit, said lawmaker Lee Seong-kweun and Prime Minister Keir Starmer.');
  const people = found.filter((e) => e.type === 'person').map((e) => e.text);
  assert.deepEqual(people, ['Sergey Shoigu', 'Lee Seong-kweun', 'Keir Starmer']);
});

// Each row: a text whose capitals are headline style, sentence starts or calendar words, and surfaces that
// must not be mentions.
const JUNK_ROWS: Array<[string, string[]]> = [
  ['North Korea to Deploy Additional Troops to Russia’s Kursk Region\nNorth Korea will deploy additional troops to the Kursk region.', ['Additional Troops', 'Additional', 'Troops', 'Deploy']],
  ['\'Showcasing Victory, Securing Rewards\'\nThe victory was showcased and rewards secured.', ['Showcasing Victory', 'Victory', 'Securing Rewards', 'Rewards']],
  ['Reports indicate that troops arrived. Concerns have been raised by allies.', ['Reports', 'Concerns']],
  ['On Monday, in June, the talks resumed. Last July they met on Tuesday.', ['Monday', 'June', 'July', 'Tuesday', 'Last July']],
  ['The talks resumed. Analysts say This is new.', ['The', 'Analysts', 'This']],
  ['Skip to content\n\nRead also:\n\nLatest', ['Skip', 'Read', 'Latest']],
  ['BREAKING NEWS: TROOPS ENTER THE CITY\nThe troops entered the city, news reports said.', ['BREAKING', 'NEWS', 'TROOPS', 'ENTER', 'CITY']],
];

for (const [text, junk] of JUNK_ROWS) {
  test(`no junk entities: ${JSON.stringify(text.slice(0, 40))}`, () => {
    const surfaces = findEntities(text).map((e) => e.text);
    for (const j of junk) assert.ok(!surfaces.includes(j), `"${j}" is not a mention: got ${JSON.stringify(surfaces)}`);
  });
}

test('headline capitals still give names the body confirms', () => {
  const found = findEntities('North Korea to Deploy Additional Troops to Russia’s Kursk Region\nNorth Korea will deploy additional troops to the Kursk region.');
  assert.deepEqual(found.map((e) => `${e.text}:${e.type}`), ['North Korea:country', 'Russia:country', 'Kursk Region:place', 'North Korea:country', 'Kursk region:place']);
});

test('linking sets an id of the table on every annotation, in order of first mention', () => {
  const c = corpus(['Kim Jong Un met Vladimir Putin in Moscow.', 'Putin thanked Kim for the troops sent to Kursk.']);
  assert.deepEqual(c.entities.map((e) => e.id), c.entities.map((_, i) => `e${i + 1}`));
  const ids = new Set(c.entities.map((e) => e.id));
  for (const d of c.docs) for (const a of d.entities) assert.ok(a.entity !== null && ids.has(a.entity), `${a.text} is linked`);
  assert.equal(c.entities[0].name, 'Kim Jong Un');
  for (const e of c.entities) assert.ok(!e.aliases.includes(e.name), 'the name is not repeated among the aliases');
});

test('a user alias table extends the default one', () => {
  const table: AliasTable = { entities: [{ name: 'Islamic State', type: 'organization', aliases: ['ISIS', 'ISIL'] }] };
  const c = corpus(['ISIS claimed the attack.', 'The Islamic State said so.', 'ISIL fighters withdrew. AFP reported it.'], table);
  const e = entityOf(c, 'ISIS');
  assert.equal(e.name, 'Islamic State');
  assert.equal(entityOf(c, 'ISIL').id, e.id);
  assert.equal(entityOf(c, 'AFP').name, 'Agence France-Presse', 'the default table still applies');
  const countries = corpus(['They said Uncle Sam wants you.', 'The United States agreed.'], { entities: [{ name: 'United States', type: 'country', aliases: ['Uncle Sam'] }] });
  assert.equal(entityOf(countries, 'Uncle Sam').id, entityOf(countries, 'United States').id, 'a user alias of a country joins the country');
  assert.equal(entityOf(countries, 'Uncle Sam').type, 'country');
});

test('different people with one surname stay apart; a short first-name difference is not a transliteration', () => {
  const c = corpus(['Maria Garcia and Mario Garcia spoke.', 'Joan Smith met John Smith.']);
  assert.notEqual(entityOf(c, 'Maria Garcia').id, entityOf(c, 'Mario Garcia').id);
  assert.notEqual(entityOf(c, 'Joan Smith').id, entityOf(c, 'John Smith').id);
});

test('a bare surname prefers the person named in its own document', () => {
  const c = corpus(['Kim Yo Jong issued a statement. Kim said talks were over.', 'Kim Jong Un inspected a factory. Kim smiled.']);
  const d0 = c.docs[0].entities.filter((e) => e.text === 'Kim')[0];
  const d1 = c.docs[1].entities.filter((e) => e.text === 'Kim')[0];
  assert.equal(d0.entity, entityOf(c, 'Kim Yo Jong').id);
  assert.equal(d1.entity, entityOf(c, 'Kim Jong Un').id);
});

test("a person is named by the most used full name, not the longest run that holds it", () => {
  const c = corpus([
    'Vermonter Bernie Sanders spoke in Iowa.',
    'Bernie Sanders won the primary. Sanders thanked voters.',
    'Bernie Sanders and Hillary Clinton debated on Thursday.',
  ]);
  assert.equal(entityOf(c, 'Bernie Sanders').name, 'Bernie Sanders');
  assert.equal(entityOf(c, 'Bernie Sanders').id, entityOf(c, 'Sanders').id);
});

test('spans are in bounds and equal their text on random strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      for (const e of findEntities(text)) {
        assert.ok(e.span.start >= 0 && e.span.start < e.span.end && e.span.end <= text.length);
        assert.equal(text.slice(e.span.start, e.span.end), e.text);
      }
    }),
    { numRuns: 200 },
  );
});

const WORDS = ['Kim', 'Jong-un', 'Jong', 'Un', 'U.S.', 'US', "People's", '’s', 'of', 'the', 'The', '(NIS)', 'NIS', 'North', 'Korean', 'Korea',
  'Ministry', 'President', 'Secretary', 'said', 'in', 'to', 'region', '.', ',', '\n', ':', '-', 'Moscow', 'DPRK', 'AFP', 'Sergei', 'Shoigu',
  'South', 'intelligence', 'agency', 'Monday', 'Additional', 'Troops', 'Republic', 'Democratic', 'ÉLYSÉE', 'İstanbul', '😀', '\u200b'];

test('spans are in bounds on random name-like text, and linking never throws', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')), { maxLength: 4 }), (texts) => {
      const c = corpus(texts);
      c.docs.forEach((d) => {
        for (const e of d.entities) {
          assert.equal(d.text.slice(e.span.start, e.span.end), e.text);
          assert.ok(e.entity !== null);
        }
      });
    }),
    { numRuns: 150 },
  );
});

test('odd inputs return', () => {
  assert.deepEqual(findEntities(''), []);
  assert.deepEqual(findEntities('   \n\n  '), []);
  assert.deepEqual(linkEntities([]), []);
  assert.deepEqual(linkEntities([{ id: 'x', text: '', entities: [] }]), []);
  const caps = Array.from({ length: 20000 }, (_, i) => ['Alpha', 'Beta', 'Of', 'The', 'Ministry', 'NIS', 'Kim'][i % 7]).join(' ');
  const started = Date.now();
  const found = findEntities(caps);
  for (const e of found) assert.equal(caps.slice(e.span.start, e.span.end), e.text);
  linkEntities([{ id: 'x', text: caps, entities: found }]);
  assert.ok(Date.now() - started < 20_000, 'thousands of capitals are handled quickly');
  const dots = '.'.repeat(50_000) + ' A. B. C. ' + 'U.S. '.repeat(2000);
  for (const e of findEntities(dots)) assert.equal(dots.slice(e.span.start, e.span.end), e.text);
  // Annotations from elsewhere with odd fields are linked, not thrown on.
  const odd = [{ span: { start: 0, end: 3 }, text: '???', entity: null, type: 'other' as const }, { span: { start: 4, end: 5 }, text: 'X', entity: null, type: 'person' as const, name: '' }];
  const table = linkEntities([{ id: 'x', text: '??? X', entities: odd }]);
  assert.ok(odd.every((a) => a.entity !== null && table.some((e) => e.id === a.entity)));
});
