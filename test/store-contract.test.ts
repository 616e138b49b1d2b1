/**
 * The store contract: one suite run against every adapter (SQLite, memory). A second engine reuses it by adding
 * a row to ENGINES.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { RawInput } from '../src/model/doc.ts';
import { defaultStages } from '../src/pipeline.ts';
import { ingestIntoStore } from '../src/store/ingest-into-store.ts';
import { openMemoryStore } from '../src/store/memory/memory-store.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { ANNOTATIONS, FOR_LEAN_REPORT, FOR_REPORT, type Store } from '../src/store/store.ts';
import { buildReport } from '../src/report/build-report.ts';

const require = createRequire(import.meta.url);
const tmp = () => mkdtempSync(join(tmpdir(), 'tri-store-'));
const ENGINES: Array<[string, () => Store]> = [
  ['sqlite', () => openSqliteStore(join(tmp(), 'test.db'))],
  ['memory', () => openMemoryStore()],
];

const input = (id: string, text: string, published = '2024-10-24', format: RawInput['format'] = 'text'): RawInput => ({
  label: id, source: { path: id, url: null, outlet: `Outlet ${id}` }, format, raw: text, meta: { id, published },
});
/** Claim ids are never given twice, whichever run or connection made them. */
const assertUniqueClaimIds = (docs: Array<{ claims: Array<{ id: string }> }>) => {
  const ids = docs.flatMap((d) => d.claims.map((c) => c.id));
  assert.equal(new Set(ids).size, ids.length, ids.join(' '));
};
const A = input('a', 'Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.');
const B = input('b', 'The regional government said about 1,200 people had been evacuated from the valley on Monday.', '2024-10-25');
const C = input('c', 'A separate report said 40 bridges were closed in the north of the country.', '2024-10-26');

for (const [name, open] of ENGINES) {
  test(`${name}: ingest is incremental and idempotent`, () => {
    const store = open();
    const first = ingestIntoStore(store, [A, B]);
    assert.deepEqual(first.added, ['a', 'b']);
    const again = ingestIntoStore(store, [A, B, C]);
    assert.deepEqual(again.added, ['c']);
    assert.deepEqual(again.skipped, ['a', 'b']);
    const loaded = store.load();
    assert.deepEqual(loaded.documents.map((d) => d.id), ['a', 'b', 'c']);
    assert.ok(loaded.documents.every((d) => d.text.length > 0));
    // A document round-trips through the store unchanged, but for its tokens (not kept).
    assert.deepEqual(JSON.parse(JSON.stringify(loaded.documents[2])), JSON.parse(JSON.stringify({ ...again.corpus.documents[0], tokens: [] })));
    store.close();
  });

  test(`${name}: a document stopped before the story stage is stored without its story terms`, () => {
    const store = open();
    // A stage that fails right after the story terms stops the document: it reaches no corpus stage.
    const stages = defaultStages();
    stages.splice(stages.findIndex((st) => st.name === 'story-terms') + 1, 0, { name: 'fails', needs: [], adds: [], run() { throw new Error('broken'); } });
    const doc = ingestIntoStore(store, [A], { stages }).corpus.documents[0];
    assert.ok(doc.messages.some((m) => m.severity === 'fatal'));
    assert.ok(doc.storyTerms, 'the stopped document still has its story terms in memory');
    assert.equal('storyTerms' in store.load().documents[0], false);
    store.close();
  });

  test(`${name}: a later batch builds on what is stored without rewriting it`, () => {
    const store = open();
    const first = ingestIntoStore(store, [A, C]);
    const before = store.load();
    const nearCopy = input('a2', A.raw + '\n\n');
    const kimA = input('k1', 'Kim Jong Un said 600 soldiers had returned to Pyongyang on Friday.', '2024-10-27');
    const kimB = input('k2', 'Kim said about 600 soldiers returned to Pyongyang on Friday, state media reported.', '2024-10-28');
    ingestIntoStore(store, [kimA]);
    const later = ingestIntoStore(store, [B, nearCopy, kimB]);
    const after = store.load();
    // Stored documents are kept as they were; claim ids continue after the stored ones and never repeat.
    assert.deepEqual(after.documents.slice(0, 2), before.documents);
    assertUniqueClaimIds(after.documents);
    assert.ok(first.corpus.documents.length === 2 && later.corpus.documents.length === 3);
    // A near-copy of a stored document is found by its kept signature.
    assert.equal(after.documents.find((d) => d.id === 'a2')?.duplicateOf, 'a');
    // "Kim" in the new batch links to the stored "Kim Jong Un"; a figure joins the stored group.
    const kim = after.entities.find((e) => e.name === 'Kim Jong Un');
    assert.ok(kim, JSON.stringify(after.entities));
    assert.ok(after.documents.find((d) => d.id === 'k2')!.entities.some((e) => e.text === 'Kim' && e.entity === kim.id));
    const evacuated = after.groups.find((g) => g.claims.some((id) => after.documents[0].claims.some((c) => c.id === id)) && g.kind === 'quantity');
    assert.ok(evacuated && evacuated.claims.some((id) => after.documents.find((d) => d.id === 'b')!.claims.some((c) => c.id === id)), JSON.stringify(after.groups));
    assert.deepEqual(after.groups.map((g) => g.id), after.groups.map((_, i) => `g${i + 1}`));
    store.close();
  });

  test(`${name}: the same content twice in one batch is one document`, () => {
    const store = open();
    const out = ingestIntoStore(store, [A, { ...A, label: 'a-copy' }]);
    assert.deepEqual(out.added, ['a']);
    assert.deepEqual(out.skipped, ['a-copy']);
    store.close();
  });

  test(`${name}: reviews are kept across re-ingests by stable key`, () => {
    const store = open();
    const out = ingestIntoStore(store, [A]);
    const claim = out.corpus.documents[0].claims[0];
    assert.ok(claim?.key, 'claims have stable keys');
    const r = store.addReview({ target: 'claim', key: claim.key!, status: 'disputed', note: 'two counts differ' }, new Date('2025-01-01T00:00:00Z'));
    assert.equal(r.status, 'disputed');
    ingestIntoStore(store, [C]);
    const again = store.load().documents[0].claims.find((c) => c.key === claim.key);
    assert.ok(again, 'the claim keeps its key after a re-ingest');
    assert.deepEqual(store.reviews().map((x) => [x.key, x.status, x.note]), [[claim.key, 'disputed', 'two counts differ']]);
    store.close();
  });

  test(`${name}: load() for a report leaves out the raw inputs and claim keys, and makes the same report`, () => {
    const store = open();
    ingestIntoStore(store, [A, B, input('p', '<html><body><article><p>Officials said 40 bridges were closed in the north.</p></article></body></html>', '2024-10-27', 'html')]);
    const all = store.load();
    const lean = store.load(FOR_REPORT);
    assert.ok(all.documents.every((d) => d.raw.length > 0 && d.claimKeys), 'everything by default');
    assert.deepEqual(lean, { ...all, documents: all.documents.map(({ claimKeys: _, ...d }) => ({ ...d, raw: '' })) });
    assert.equal(JSON.stringify(buildReport(lean)), JSON.stringify(buildReport(all)));
    // Without annotations: the same documents with those fields empty, and the same report less its mentions.
    const bare = store.load(FOR_LEAN_REPORT);
    assert.ok(lean.documents.some((d) => d.sentences.length && d.quantities.length && d.times.length));
    assert.deepEqual(bare, { ...lean, documents: lean.documents.map((d) => ({ ...d, ...Object.fromEntries(ANNOTATIONS.map((k) => [k, []])) })) });
    assert.deepEqual(buildReport(bare), { ...buildReport(lean), mentions: [] });
    const d = lean.documents[0];
    assert.deepEqual(store.findDocument(d.id, FOR_LEAN_REPORT), bare.documents[0]);
    store.close();
  });

  test(`${name}: a document is found by id as load() gives it, with or without what a report leaves out`, () => {
    const store = open();
    ingestIntoStore(store, [A, C]);
    ingestIntoStore(store, [B, input('p', '<html><body><article><p>Officials said 40 bridges were closed in the north.</p></article></body></html>', '2024-10-27', 'html')]);
    const all = store.load();
    const lean = store.load(FOR_REPORT);
    assert.equal(all.documents.length, 4);
    all.documents.forEach((d, i) => {
      assert.deepEqual(store.findDocument(d.id), d);
      assert.deepEqual(store.findDocument(d.id, FOR_REPORT), lean.documents[i]);
    });
    assert.ok(all.documents.some((d) => d.claims.length > 0));
    assert.equal(store.findDocument('zz'), null);
    store.close();
  });

  test(`${name}: the stories are those load() gives, read alone`, () => {
    const store = open();
    assert.deepEqual(store.stories(), []);
    ingestIntoStore(store, [A, C]);
    ingestIntoStore(store, [B]);
    const stories = store.load().stories;
    assert.ok(stories.length > 0);
    assert.deepEqual(store.stories(), stories);
    store.close();
  });

  test(`${name}: a claim or group is found by id or key as load() gives it`, () => {
    const store = open();
    ingestIntoStore(store, [A, C]);
    ingestIntoStore(store, [B, input('d', 'The ministry said 40 bridges were closed in the north of the country.', '2024-10-27')]);
    const all = store.load();
    const claims = all.documents.flatMap((d) => d.claims);
    assert.ok(claims.length >= 3 && all.groups.length >= 2, JSON.stringify(all.groups));
    for (const c of claims) {
      assert.deepEqual(store.findClaim(c.id), c);
      assert.deepEqual(store.findClaim(c.key!), c);
    }
    for (const g of all.groups) {
      assert.deepEqual(store.findGroup(g.id), g);
      assert.deepEqual(store.findGroup(g.key!), g);
    }
    assert.equal(store.findClaim('c999'), null);
    assert.equal(store.findGroup('g999'), null);
    assert.equal(store.findGroup('g0'), null);
    assert.equal(store.findGroup(claims[0].key!), null);
    store.close();
  });

  test(`${name}: search finds claims and documents`, () => {
    const store = open();
    ingestIntoStore(store, [A, B, C]);
    const hits = store.search('bridges');
    assert.ok(hits.some((h) => h.document === 'c'), JSON.stringify(hits));
    assert.deepEqual(store.search(''), []);
    assert.deepEqual(store.search('"unbalanced ( quote AND OR'), store.search('unbalanced quote AND OR'));
    store.close();
  });

  test(`${name}: search finds what every commit added, each once`, () => {
    const store = open();
    ingestIntoStore(store, [A]);
    ingestIntoStore(store, [B]);
    ingestIntoStore(store, [C]);
    const hits = store.search('evacuated');
    assert.deepEqual(hits.filter((h) => h.kind === 'document').map((h) => h.document).sort(), ['a', 'b']);
    const claimKeys = hits.filter((h) => h.kind === 'claim').map((h) => h.key);
    assert.ok(claimKeys.length >= 2, JSON.stringify(hits));
    assert.equal(new Set(claimKeys).size, claimKeys.length, JSON.stringify(hits));
    assert.deepEqual(store.search('bridges').filter((h) => h.kind === 'document').map((h) => h.document), ['c']);
    store.close();
  });

  test(`${name}: a failed commit leaves the store as it was`, () => {
    const store = open();
    ingestIntoStore(store, [A]);
    const before = store.load();
    const doc = before.documents[0];
    assert.throws(() => store.commit({ newDocuments: [doc], results: { entities: [], groups: [], contradictions: [], timeline: [], stories: [], storyState: null, reconcileState: null } }));
    assert.deepEqual(store.load(), before);
    store.close();
  });
}

test('sqlite: a read-only database gives a clear error and keeps its data', () => {
  const dir = tmp();
  const file = join(dir, 'ro.db');
  const s = openSqliteStore(file);
  ingestIntoStore(s, [A]);
  s.close();
  chmodSync(file, 0o444);
  chmodSync(dir, 0o555);
  try {
    if (process.getuid?.() === 0) {
      // root ignores file modes; open read-only explicitly to check the read path instead.
      const ro = openSqliteStore(file, { readonly: true });
      assert.equal(ro.load().documents.length, 1);
      assert.throws(() => ingestIntoStore(ro, [C]), /read-only|readonly/i);
      ro.close();
    } else {
      assert.throws(() => ingestIntoStore(openSqliteStore(file), [C]), /read-only/);
    }
  } finally {
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
  }
  const again = openSqliteStore(file);
  assert.equal(again.load().documents.length, 1);
  again.close();
});

test('sqlite: a file that is not a database is named as such', () => {
  const file = join(tmp(), 'not.db');
  writeFileSync(file, 'this is not a database at all, just text '.repeat(100));
  assert.throws(() => openSqliteStore(file), /not a Triangulate database/);
});

test('sqlite: a child process killed in the middle of a batch leaves every committed batch', async () => {
  const file = join(tmp(), 'kill.db');
  const script = new URL('./helpers/ingest-forever.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let committed = 0;
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s: string) => {
      committed = Math.max(committed, ...s.split('\n').filter(Boolean).map(Number));
      // Kill it once a few batches are in, while it is writing the next one.
      if (committed >= 3 && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  const store = openSqliteStore(file);
  const docs = store.load().documents;
  assert.ok(docs.length >= committed * 2, `every committed batch is there (${docs.length} documents for ${committed} batches)`);
  assert.equal(docs.length % 2, 0, 'no half batch');
  assert.deepEqual(docs.map((d) => d.id), [...new Set(docs.map((d) => d.id))]);
  store.close();
});

/** A SQLite file holding `inputs`, closed. */
const storedFile = (name: string, inputs: RawInput[]): string => {
  const file = join(tmp(), name);
  const store = openSqliteStore(file);
  ingestIntoStore(store, inputs);
  store.close();
  return file;
};

test('sqlite: a full disk fails the batch with a clear error and keeps every committed batch', () => {
  const file = storedFile('full.db', [A]);
  // max_page_count stands for a full disk: SQLite answers SQLITE_FULL exactly as it does when the disk fills.
  const pages = Number((new (require('better-sqlite3'))(file).pragma('page_count', { simple: true })));
  const full = openSqliteStore(file, { maxPages: pages + 1 });
  const big = input('big', `${'Officials said 1,200 residents were evacuated on Monday. '.repeat(4000)}`);
  assert.throws(() => ingestIntoStore(full, [big]), (e: Error) => /disk holding .* is full: this batch was not written; everything committed before is intact/.test(e.message));
  full.close();
  const again = openSqliteStore(file);
  assert.deepEqual(again.load().documents.map((d) => d.id), ['a']);
  again.close();
});

test('an incremental ingest gives the same claims and groups as one batch', () => {
  const summary = (s: Store) => {
    const docs = s.load().documents;
    return docs.flatMap((d) => d.claims.map((c) => [c.key, c.text, c.modality, c.attribution.length, c.time?.value ?? null]));
  };
  const one = openMemoryStore();
  ingestIntoStore(one, [A, B, C]);
  const two = openSqliteStore(join(tmp(), 'inc.db'));
  ingestIntoStore(two, [A, B]);
  ingestIntoStore(two, [C]);
  assert.deepEqual(summary(two), summary(one));
  assert.deepEqual(two.load().groups.map((g) => g.claims.length), one.load().groups.map((g) => g.claims.length));
  two.close();
});

test('sqlite: what another connection commits between two ingests is seen by the next one', () => {
  const file = join(tmp(), 'two.db');
  const a = openSqliteStore(file);
  const b = openSqliteStore(file);
  ingestIntoStore(a, [A]);
  ingestIntoStore(b, [B]);
  // `a` kept what it read before `b` committed: it must read again, or it would reuse `b`'s ids and numbers.
  const third = ingestIntoStore(a, [C]);
  assert.deepEqual(third.added, ['c']);
  assert.equal(third.total, 3);
  const docs = a.load().documents;
  assert.deepEqual(docs.map((d) => d.id), ['a', 'b', 'c']);
  assertUniqueClaimIds(docs);
  assert.ok(a.load().groups.some((g) => g.claims.length === 2), 'the figure of a and b is one group, whichever connection stored it');
  a.close();
  b.close();
});

test('sqlite: a database from before claim ranks gets them, and later ingests read back clusters by them', () => {
  const file = storedFile('old.db', [A]);
  // As the schema was before migration 3: no cluster or rank columns.
  const Database = require('better-sqlite3');
  const db = new Database(file);
  db.exec(`DROP INDEX claims_block_rank; DROP INDEX claims_block_cluster; DROP INDEX claims_cluster;
    ALTER TABLE claims DROP COLUMN cluster; ALTER TABLE claims DROP COLUMN rank; DELETE FROM schema_migrations WHERE version = 3;`);
  db.close();
  const again = openSqliteStore(file);
  const later = ingestIntoStore(again, [B]);
  assert.deepEqual(later.added, ['b']);
  assert.ok(again.load().groups.some((g) => g.claims.length === 2), JSON.stringify(again.load().groups));
  const ranks = new Database(file, { readonly: true }).prepare('SELECT rank FROM claims WHERE cluster IS NOT NULL').all().map((r: { rank: number }) => r.rank);
  assert.ok(ranks.length >= 2 && ranks.every((r: number) => Number.isInteger(r)), JSON.stringify(ranks));
  again.close();
});

test('sqlite: a database indexed row by row (before migration 6) keeps its search, and later commits are indexed once', () => {
  const file = storedFile('fts.db', [A]);
  // As the schema was before migration 6: full-text rows added by a trigger per row.
  const Database = require('better-sqlite3');
  const db = new Database(file);
  db.exec(`CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
      INSERT INTO claims_fts(rowid, text, description) VALUES (new.rowid, new.text, new.description);
    END;
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    DELETE FROM schema_migrations WHERE version = 6;`);
  db.close();
  const again = openSqliteStore(file);
  ingestIntoStore(again, [B]);
  const hits = again.search('evacuated');
  assert.deepEqual(hits.filter((h) => h.kind === 'document').map((h) => h.document).sort(), ['a', 'b']);
  const claimDocs = hits.filter((h) => h.kind === 'claim').map((h) => h.document);
  assert.ok(claimDocs.includes('a') && claimDocs.includes('b'), JSON.stringify(hits));
  const claimKeys = hits.filter((h) => h.kind === 'claim').map((h) => h.key);
  assert.equal(new Set(claimKeys).size, claimKeys.length, JSON.stringify(hits));
  again.close();
  assertFullTextMatches(file);
});

test('sqlite: the full-text index holds every committed row once, batch after batch', () => {
  const file = join(tmp(), 'fts-batches.db');
  const store = openSqliteStore(file);
  for (const x of [A, B, C]) ingestIntoStore(store, [x]);
  store.close();
  assertFullTextMatches(file);
});

/** FTS5's own check that its index holds exactly the rows of the table it indexes (a row indexed twice fails). */
function assertFullTextMatches(file: string): void {
  const Database = require('better-sqlite3');
  const db = new Database(file);
  for (const t of ['claims_fts', 'documents_fts']) db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('integrity-check', 1)`).run();
  assert.equal(db.prepare('SELECT count(*) AS n FROM claims_fts').get().n, db.prepare('SELECT count(*) AS n FROM claims').get().n);
  db.close();
}

test('sqlite: stories are stored once, in the story state, and read back from it', () => {
  const file = storedFile('stories.db', [A]);
  // As a database written before: the stories stored besides the state, and the state keeping each document's story.
  const Database = require('better-sqlite3');
  const db = new Database(file);
  const state = JSON.parse(db.prepare("SELECT json FROM results WHERE name = 'storyState'").get().json);
  state.storyOf = Object.fromEntries(state.stories.flatMap((s: { documents: string[] }, i: number) => s.documents.map((d) => [d, i])));
  db.prepare("UPDATE results SET json = ? WHERE name = 'storyState'").run(JSON.stringify(state));
  db.prepare("INSERT OR REPLACE INTO results (name, json) VALUES ('stories', ?)").run(JSON.stringify(state.stories.map((s: { id: string; title: string; documents: string[] }) => ({ id: s.id, title: s.title, documents: s.documents }))));
  db.close();
  const again = openSqliteStore(file);
  assert.deepEqual(again.load().stories.flatMap((s) => s.documents), ['a']);
  assert.deepEqual(again.stories(), again.load().stories);
  ingestIntoStore(again, [B, C]);
  const stories = again.load().stories;
  again.close();
  const reference = openMemoryStore();
  ingestIntoStore(reference, [A]);
  ingestIntoStore(reference, [B, C]);
  assert.deepEqual(stories, reference.load().stories);
  const check = new Database(file, { readonly: true });
  assert.equal(check.prepare("SELECT count(*) AS n FROM results WHERE name = 'stories'").get().n, 0);
  assert.ok(!('storyOf' in JSON.parse(check.prepare("SELECT json FROM results WHERE name = 'storyState'").get().json)));
  check.close();
});


test('sqlite: a document\'s raw input is stored in its own column and read back, also from a database that kept it in the JSON', () => {
  const page: RawInput = { label: 'p', source: { path: 'p.html', url: null, outlet: null }, format: 'html', raw: '<html><head><title>Dam</title></head><body><article><p>Officials said 1,300 residents were evacuated from the valley on "Monday" after the dam failed.</p></article></body></html>', meta: { id: 'p', published: '2024-10-23' } };
  const file = storedFile('raw.db', [A, page]);
  const Database = require('better-sqlite3');
  const rows = new Database(file, { readonly: true }).prepare("SELECT id, raw, json_extract(doc_json, '$.raw') AS inJson FROM documents ORDER BY seq").all();
  assert.deepEqual(rows, [{ id: 'a', raw: A.raw, inJson: null }, { id: 'p', raw: page.raw, inJson: null }]);
  const store = openSqliteStore(file);
  assert.deepEqual(store.load().documents.map((d) => d.raw), [A.raw, page.raw]);
  store.close();
  // As a database was before migration 8: the raw input inside each document's JSON, no column.
  const db = new Database(file);
  db.exec(`UPDATE documents SET doc_json = json_set(doc_json, '$.raw', raw); ALTER TABLE documents DROP COLUMN raw;
    DELETE FROM schema_migrations WHERE version = 8;`);
  db.close();
  const readOnly = openSqliteStore(file, { readonly: true });
  assert.deepEqual(readOnly.load().documents.map((d) => d.raw), [A.raw, page.raw]);
  readOnly.close();
  const again = openSqliteStore(file);
  ingestIntoStore(again, [B]);
  assert.deepEqual(again.load().documents.map((d) => d.raw), [A.raw, page.raw, B.raw]);
  again.close();
});
