/**
 * The SQLite store keeps entities, groups, contradictions, timeline entries and large groups' states one per row,
 * and a commit writes only those the run made anew (src/store/sqlite/result-items.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { ingestIntoStore } from '../src/store/ingest-into-store.ts';
import { openMemoryStore } from '../src/store/memory/memory-store.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const file = () => join(mkdtempSync(join(tmpdir(), 'tri-items-')), 'test.db');
const input = (id: string, text: string, published: string): RawInput => ({
  label: id, source: { path: id, url: null, outlet: `Outlet ${id}` }, format: 'text', raw: text, meta: { id, published },
});
const A = input('a', 'Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed. The dam was built in March 1961.', '2024-10-24');
const B = input('b', 'The regional government said about 1,200 people had been evacuated from the valley on Monday.', '2024-10-25');
const C = input('c', 'A separate report said 40 bridges were closed in the north of the country. The bridges were built in June 1975.', '2024-10-26');
const D = input('d', 'Kim Jong Un said 600 soldiers had returned to Pyongyang on Friday.', '2024-10-27');

const results = (s: Store) => {
  const { entities, groups, contradictions, timeline, reconcileState } = s.load();
  return { entities, groups, contradictions, timeline, reconcileState };
};
/** The results the memory store, the reference, holds after these batches. */
const reference = (...batches: RawInput[][]) => {
  const memory = openMemoryStore();
  for (const b of batches) ingestIntoStore(memory, b);
  return results(memory);
};
const rows = (path: string) => new Database(path, { readonly: true }).prepare('SELECT id, kind, json FROM result_items ORDER BY id').all() as Array<{ id: number; kind: string; json: string }>;

test('a commit writes only the results the run made anew; what it kept keeps its rows', () => {
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [A, B, C]);
  const before = rows(path);
  assert.ok(before.some((r) => r.kind === 'group') && before.some((r) => r.kind === 'timeline'), JSON.stringify(before));
  ingestIntoStore(store, [D]);
  const after = rows(path);
  // Nothing of the first batch changed: its rows are the same rows, and the new batch's results came after them.
  const same = (r: { id: number; json: string }) => after.some((x) => x.id === r.id && x.json === r.json);
  assert.ok(before.every(same), 'the rows of results the second batch kept are untouched');
  assert.ok(after.length > before.length);
  assert.ok(after.some((r) => r.kind === 'entity'), 'the new batch\'s entities have rows');
  // And what is read back is what the memory store, the reference, holds for the same batches.
  assert.deepEqual(results(store), reference([A, B, C], [D]));
  store.close();
});

test('a group a batch changes is replaced: its old row goes, its new one is read in order', () => {
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [A, C]);
  ingestIntoStore(store, [B]);
  assert.deepEqual(results(store), reference([A, C], [B]));
  const evacuated = store.load().groups.find((g) => g.kind === 'quantity' && g.claims.length === 2);
  assert.ok(evacuated, 'the figure of a and b is one group');
  assert.equal(rows(path).filter((r) => r.kind === 'group' && JSON.parse(r.json).key === evacuated.key).length, 1);
  store.close();
});

test('results read twice, then the first read committed: no row is lost or doubled', () => {
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [A, B, C]);
  const stored = results(store);
  const count = rows(path).length;
  const first = store.past();
  const second = store.past();
  store.commit({ newDocuments: [], results: first.results });
  assert.deepEqual(results(store), stored);
  assert.equal(rows(path).length, count);
  store.commit({ newDocuments: [], results: second.results });
  assert.deepEqual(results(store), stored);
  assert.equal(rows(path).length, count);
  store.close();
});

test('a database that kept these results as one value each reads them, and the next commit moves them to rows', () => {
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [A, B]);
  const stored = results(store);
  store.close();
  // As the schema was before migration 5.
  const db = new Database(path);
  const put = db.prepare('INSERT INTO results (name, json) VALUES (?, ?)');
  for (const [name, value] of Object.entries(stored)) put.run(name, JSON.stringify(value));
  db.exec('DROP TABLE result_items; DELETE FROM schema_migrations WHERE version = 5;');
  db.close();
  const again = openSqliteStore(path);
  assert.deepEqual(results(again), stored);
  ingestIntoStore(again, [C]);
  const names = new Database(path, { readonly: true }).prepare('SELECT name FROM results').all().map((r: { name: string }) => r.name);
  assert.ok(!names.includes('groups') && !names.includes('timeline') && !names.includes('entities'), names.join(' '));
  assert.deepEqual(results(again), reference([A, B], [C]));
  again.close();
});

test('a database that kept its entities as one value reads them, and the next commit moves them to rows', () => {
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [A, D]);
  const stored = results(store);
  assert.ok(stored.entities.length >= 2, JSON.stringify(stored.entities));
  store.close();
  // As the store was before entities had rows of their own.
  const db = new Database(path);
  db.prepare("DELETE FROM result_items WHERE kind = 'entity'").run();
  db.prepare("INSERT INTO results (name, json) VALUES ('entities', ?)").run(JSON.stringify(stored.entities));
  db.close();
  const again = openSqliteStore(path);
  assert.deepEqual(results(again), stored);
  ingestIntoStore(again, [C]);
  const names = new Database(path, { readonly: true }).prepare('SELECT name FROM results').all().map((r: { name: string }) => r.name);
  assert.ok(!names.includes('entities'), names.join(' '));
  assert.ok(rows(path).filter((r) => r.kind === 'entity').length >= stored.entities.length);
  assert.deepEqual(results(again), reference([A, D], [C]));
  again.close();
});

test('an entity that gains an alias is replaced; the others keep their rows, in their places', () => {
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [D]);
  const before = rows(path).filter((r) => r.kind === 'entity');
  ingestIntoStore(store, [input('e', 'Kim Jong-un met officials in Pyongyang on Saturday, state media said.', '2024-10-28')]);
  const after = rows(path).filter((r) => r.kind === 'entity');
  const gained = before.filter((r) => !after.some((x) => x.id === r.id));
  assert.ok(gained.length >= 1, 'the entity with a new spelling has a new row');
  assert.ok(gained.every((r) => after.some((x) => JSON.parse(x.json).id === JSON.parse(r.json).id && JSON.parse(x.json).aliases.length > JSON.parse(r.json).aliases.length)));
  assert.ok(before.filter((r) => !gained.includes(r)).every((r) => after.some((x) => x.id === r.id && x.json === r.json)));
  assert.deepEqual(results(store), reference([D], [input('e', 'Kim Jong-un met officials in Pyongyang on Saturday, state media said.', '2024-10-28')]));
  store.close();
});

test('two connections committing in turn leave one set of results, the last one\'s', () => {
  const path = file();
  const a = openSqliteStore(path);
  const b = openSqliteStore(path);
  ingestIntoStore(a, [A, B]);
  ingestIntoStore(b, [C]);
  // `a` read before `b` committed; its next ingest reads again and builds on what `b` left.
  ingestIntoStore(a, [D]);
  const expected = reference([A, B], [C], [D]);
  assert.deepEqual(results(a), expected);
  // A commit made from results read before the other connection's commit replaces them whole: no row is doubled.
  const stale = a.past();
  ingestIntoStore(b, [input('e', 'Rescuers said 300 homes were destroyed by the flood on Tuesday.', '2024-10-28')]);
  a.commit({ newDocuments: [], results: stale.results });
  const keys = a.load().groups.map((g) => g.key);
  assert.equal(new Set(keys).size, keys.length, keys.join(' '));
  assert.deepEqual(a.load().timeline, expected.timeline);
  a.close();
  b.close();
});

test('a dated claim read back in no group keeps its timeline row; one that joins a group gives its row up', () => {
  const P = input('p', 'Kim Jong Un and Vladimir Putin signed a mutual defense treaty in June of this year.', '2024-10-24');
  const Q = input('q', 'The fishing accord was signed in May 1990 in Geneva.', '2024-10-24');
  const R = input('r', 'Last July, Russia and North Korea signed a treaty on strategic partnership.', '2025-06-17');
  const path = file();
  const store = openSqliteStore(path);
  ingestIntoStore(store, [P, Q]);
  const entry = (value: string) => rows(path).filter((r) => r.kind === 'timeline' && JSON.parse(r.json).time.value === value);
  const [single] = entry('1990-05');
  assert.ok(single, JSON.stringify(rows(path)));
  // R's claim falls in the same block: both stored claims are read back, and P's joins R's in a group.
  ingestIntoStore(store, [R]);
  assert.ok(results(store).groups.some((g) => g.claims.length === 2), JSON.stringify(results(store).groups));
  assert.deepEqual(entry('1990-05').map((r) => r.id), [single.id], 'the entry of the claim still in no group is the same row');
  assert.deepEqual(results(store).timeline.map((t) => t.claims.length).sort(), [1, 2]);
  assert.deepEqual(results(store), reference([P, Q], [R]));
  assert.deepEqual(results(store).timeline, reference([P, Q, R]).timeline);
  store.close();
});
