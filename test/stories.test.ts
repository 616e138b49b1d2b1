/**
 * Story clustering: reports of one event join one story, two similar events stay apart, near-duplicates follow
 * their original, later batches never move earlier documents, and the state survives JSON. The documents are
 * hand-written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addToStories, createStoryState, storiesOf, type StoryInput } from '../src/reconcile/cluster-stories.ts';
import { storyFeatures } from '../src/reconcile/story-features.ts';
import { storyHeadline } from '../src/reconcile/story-headline.ts';
import { STORY_URL, storyTextWithoutUrls } from '../src/text/en/story-words.ts';

const doc = (id: string, text: string, extra: Partial<StoryInput> = {}): StoryInput => ({
  id, text, title: null, published: null, duplicateOf: null, ...extra,
});

// Two earthquakes: same kind of event, different place, magnitude, date and people.
const QUAKE_A = [
  doc('a1', `Strong quake shakes Valdoria coast

A magnitude 7.1 earthquake struck off the coast of Valdoria early on Tuesday, March 3, killing at least 14 people in the port city of Merlac, officials said. Governor Ilse Marrow said rescue teams were searching collapsed buildings in Merlac's old town. The quake was centred 40 km west of Merlac at a depth of 10 km. A tsunami warning was issued and later lifted.`),
  doc('a2', `Death toll in Valdoria quake rises to 14

The 7.1 magnitude earthquake that hit the Valdoria coast on March 3 killed 14 people and injured dozens in Merlac, Governor Ilse Marrow told reporters. Rescue workers pulled survivors from the rubble of a church in Merlac's old town. Aftershocks shook the port through the night and the tsunami warning was lifted by morning.`),
  doc('a3', `Merlac residents sleep outdoors after 7.1 quake

Thousands of residents of Merlac spent the night in the streets after the magnitude 7.1 earthquake off Valdoria, fearing aftershocks. Governor Ilse Marrow said 14 people had died and promised funds to rebuild the old town. Engineers inspected the harbour cranes of the port of Merlac.`),
];
const QUAKE_B = [
  doc('b1', `Earthquake hits Korinth highlands

A magnitude 6.2 earthquake struck the Korinth highlands on Sunday, August 17, killing six people in the mountain town of Pellaro, the interior ministry said. Minister Tomas Brevik said landslides blocked the road to Pellaro and rescue teams were sent by helicopter. Several buildings collapsed and aftershocks were felt across the region.`),
  doc('b2', `Six dead as 6.2 quake jolts Pellaro

Six people were killed when a 6.2 magnitude earthquake jolted Pellaro in the Korinth highlands on August 17, Minister Tomas Brevik said. Landslides cut the only road into the town, and rescue workers reached survivors by helicopter. Residents slept outdoors as aftershocks continued.`),
  doc('b3', `Korinth quake: Pellaro road reopens

Engineers reopened the road to Pellaro three days after the magnitude 6.2 earthquake in the Korinth highlands killed six people. Minister Tomas Brevik visited the town and promised funds to rebuild homes destroyed by the quake and the landslides.`),
];
const OTHER = [
  doc('c1', `City council approves new tram line

The Arvel city council voted on Thursday to build a tram line from the central station to the university campus. Mayor Dana Quill said construction would start next spring and cost 120 million. Shop owners along Linden Avenue worry about two years of roadworks.`),
];

const storyOf = (state: ReturnType<typeof createStoryState>, id: string) => storiesOf(state).find((s) => s.documents.includes(id))!.id;

test('reports of one event join one story, and two similar events stay apart', () => {
  const state = createStoryState();
  const ids = addToStories(state, [QUAKE_A[0], QUAKE_B[0], OTHER[0], QUAKE_A[1], QUAKE_B[1], QUAKE_A[2], QUAKE_B[2]]);
  assert.equal(ids.length, 7);
  const a = storyOf(state, 'a1');
  const b = storyOf(state, 'b1');
  assert.equal(storyOf(state, 'a2'), a);
  assert.equal(storyOf(state, 'a3'), a);
  assert.equal(storyOf(state, 'b2'), b);
  assert.equal(storyOf(state, 'b3'), b);
  assert.notEqual(a, b);
  assert.notEqual(storyOf(state, 'c1'), a);
  assert.notEqual(storyOf(state, 'c1'), b);
  // Stories are numbered in order of creation, with readable titles.
  assert.deepEqual(storiesOf(state).map((s) => s.id), ['s1', 's2', 's3']);
  for (const s of storiesOf(state)) assert.ok(s.title.length > 3, s.title);
});

test('a near-duplicate joins its original, in the same batch or a later one', () => {
  const state = createStoryState();
  const copy = (id: string, of: string) => doc(id, QUAKE_B[0].text.slice(0, 80), { duplicateOf: of });
  addToStories(state, [...QUAKE_A, copy('b1-copy', 'b1'), QUAKE_B[0]]);
  assert.equal(storyOf(state, 'b1-copy'), storyOf(state, 'b1'));
  addToStories(state, [doc('a1-copy', '', { duplicateOf: 'a1' }), copy('b1-copy2', 'b1-copy')]);
  assert.equal(storyOf(state, 'a1-copy'), storyOf(state, 'a1'));
  assert.equal(storyOf(state, 'b1-copy2'), storyOf(state, 'b1'));
});

test('a later batch never moves earlier documents; new documents join or open stories', () => {
  const state = createStoryState();
  addToStories(state, [QUAKE_A[0], QUAKE_B[0]]);
  const before = storiesOf(state);
  const ids = addToStories(state, [QUAKE_A[1], QUAKE_B[1], OTHER[0], QUAKE_A[2], QUAKE_B[2]]);
  const after = storiesOf(state);
  for (const s of before) {
    const now = after.find((x) => x.id === s.id)!;
    assert.deepEqual(now.documents.slice(0, s.documents.length), s.documents);
    assert.equal(now.title, s.title);
  }
  assert.deepEqual(after.slice(0, before.length).map((s) => s.id), before.map((s) => s.id));
  assert.equal(ids[0], storyOf(state, 'a1'));
  assert.equal(ids[1], storyOf(state, 'b1'));
  // Adding a document again keeps its story.
  assert.deepEqual(addToStories(state, [QUAKE_A[0]]), [storyOf(state, 'a1')]);
  assert.equal(storiesOf(state).flatMap((s) => s.documents).filter((d) => d === 'a1').length, 1);
});

test('the state is plain JSON: a restored state goes on exactly like the original', () => {
  const state = createStoryState();
  addToStories(state, [QUAKE_A[0], QUAKE_B[0], OTHER[0]]);
  const restored = JSON.parse(JSON.stringify(state));
  assert.deepEqual(restored, state);
  const later = [QUAKE_A[1], QUAKE_B[1], QUAKE_A[2], QUAKE_B[2]];
  assert.deepEqual(addToStories(restored, later), addToStories(state, later));
  assert.deepEqual(storiesOf(restored), storiesOf(state));
  assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
});

test('links are blanked out whatever their case, and a text without one is left as it is', () => {
  for (const text of ['see http://x.com/a-b.html now', 'SEE HTTPS://X.COM/A now', 'at Www.Example.org/path.', 'read hTtP://a.b', 'no link: http-ish, www, wwwhat']) {
    assert.equal(storyTextWithoutUrls(text), text.replace(STORY_URL, ' '), text);
  }
  assert.equal(storyTextWithoutUrls('Quake hits Chile. The Chile quake killed 12.'), 'Quake hits Chile. The Chile quake killed 12.');
  assert.equal(storyFeatures('see http://x.com/quake.html now').has('quake'), false);
});

test('empty texts, odd words and empty batches do not throw', () => {
  const state = createStoryState();
  assert.deepEqual(addToStories(state, []), []);
  const ids = addToStories(state, [
    doc('e1', ''),
    doc('e2', '   \n\n  '),
    doc('e3', 'constructor toString hasOwnProperty valueOf __proto__ prototype'),
    doc('e4', 'constructor toString hasOwnProperty valueOf __proto__ prototype'),
    doc('e5', 'http://example.com/only-a-link'),
  ]);
  assert.equal(ids.length, 5);
  for (const s of storiesOf(state)) assert.ok(s.title.length > 0);
  assert.equal(storyOf(state, 'e3'), storyOf(state, 'e4'));
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(state)));
  assert.equal(Object.getPrototypeOf(state.df), Object.prototype);
});

test('features: names, figures and dates weigh more; links and clock times are left out', () => {
  const f = storyFeatures('http://news.example.com/2013/quake.html\n\nUpdated 14:39 GMT\n\nThe quake hit Merlac. A 7.1 quake hit the old town of Merlac on Tuesday.');
  assert.ok(!f.has('html') && !f.has('example') && !f.has('14:39') && !f.has('gmt') && !f.has('tuesday'));
  assert.ok(f.get('merlac')! > f.get('town')!);
  assert.ok(f.get('7.1')! > f.get('town')!);
  assert.ok(f.has('quake') && f.has('hit'));
});

test('features: adjacent names make a pair only across a space, wherever the words recur', () => {
  // "Ana" recurs inside other words and after a link; each pair is judged by the gap between its own two words.
  const f = storyFeatures('Banana Ana Lopez met Bob, Smith said. See https://x.example/Ana Lopez. Havana and Ana  Lopez.');
  assert.ok(f.has('ana lopez'));
  assert.ok(!f.has('bob smith'));
  assert.ok(!f.has('havana ana'));
});

test('headlines skip links, datelines and timestamps', () => {
  assert.equal(storyHeadline('http://x.example/a\n\n27 NOVEMBER, 2005\n\nLast updated at 14:39 GMT\n\nQuake hits Merlac\n\nText.'), 'Quake hits Merlac');
  assert.equal(storyHeadline(''), null);
});
