/** The HTTP API in-process (Hono's app.request), then once for real on loopback. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApp, PAGE_CSP } from '../src/server/create-app.ts';
import { openMemoryStore } from '../src/store/memory/memory-store.ts';
import { assertReportInvariants } from './helpers/invariants.ts';

const TOKEN = 'test-token-123';
const DOCS = {
  documents: [
    { id: 'a', text: 'Officials said 1,200 residents were evacuated from the valley on Monday after the dam failed.', published: '2024-10-24', outlet: 'Valley Post' },
    { id: 'b', text: 'About 1,200 people were evacuated from the valley on Monday, the regional government said.', published: '2024-10-25' },
  ],
};
const post = (path: string, body: unknown, token: string | null = TOKEN) => ({
  method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
});

test('writes need the bearer token; reads are open', async () => {
  const app = createApp({ store: openMemoryStore(), token: TOKEN });
  assert.equal((await app.request('/api/ingest', post('/api/ingest', DOCS, null))).status, 401);
  assert.equal((await app.request('/api/ingest', post('/api/ingest', DOCS, 'wrong'))).status, 401);
  const ok = await app.request('/api/ingest', post('/api/ingest', DOCS));
  assert.equal(ok.status, 200);
  assert.deepEqual((await ok.json()).added, ['a', 'b']);
  const again = await (await app.request('/api/ingest', post('/api/ingest', DOCS))).json();
  assert.deepEqual(again.added, []);
  const res = await app.request('/api/report');
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const report = await res.json();
  assertReportInvariants(report);
  assert.equal(report.documents.length, 2);
  // Streamed in pieces, it is the report as one compact JSON text.
  const claims = await (await app.request('/api/claims')).json();
  assert.deepEqual(report.claims, claims.claims);
  assert.equal((await (await app.request('/api/documents')).json()).documents.length, 2);
  assert.equal((await app.request('/api/documents/a')).status, 200);
  assert.equal((await app.request('/api/documents/zzz')).status, 404);
  for (const p of ['/api/stories', '/api/claims', '/api/groups', '/api/contradictions', '/api/timeline', '/api/entities', '/api/reviews', '/api/openapi.json', '/api/search?q=valley']) {
    assert.equal((await app.request(p)).status, 200, p);
  }
});

test('without a configured token every write is refused', async () => {
  const app = createApp({ store: openMemoryStore(), token: null });
  const r = await app.request('/api/ingest', post('/api/ingest', DOCS, 'anything'));
  assert.equal(r.status, 403);
  assert.match((await r.json()).error.message, /TRIANGULATE_TOKEN/);
});

test('input validation and body size limits', async () => {
  const app = createApp({ store: openMemoryStore(), token: TOKEN, maxBody: 2048, maxDocuments: 3 });
  const bad = async (body: unknown, status: number, re: RegExp) => {
    const r = await app.request('/api/ingest', post('/api/ingest', body));
    assert.equal(r.status, status, JSON.stringify(body).slice(0, 60));
    assert.match(JSON.stringify(await r.json()), re);
  };
  await bad('{not json', 400, /not valid JSON/);
  await bad({ docs: [] }, 400, /expected/);
  await bad({ documents: [{ id: 'x' }] }, 400, /a line needs a/);
  await bad({ documents: [{ text: 'x'.repeat(5000) }] }, 413, /over 2048 bytes/);
  await bad({ documents: [1, 2, 3, 4].map((i) => ({ text: `doc ${i}` })) }, 413, /over the limit/);
  const review = await app.request('/api/reviews', post('/api/reviews', { target: 'claim', key: 'nope', status: 'maybe' }));
  assert.equal(review.status, 400);
  const unknown = await app.request('/api/reviews', post('/api/reviews', { target: 'claim', key: 'c999', status: 'wrong' }));
  assert.equal(unknown.status, 404);
  assert.equal((await app.request('/api/search?q=' + 'x'.repeat(600))).status, 400);
});

test('a review goes to the claim or group it names, as a report built again would show it', async () => {
  const store = openMemoryStore();
  const app = createApp({ store, token: TOKEN, now: () => new Date('2025-01-02T03:04:05Z') });
  assert.equal((await app.request('/api/ingest', post('/api/ingest', DOCS))).status, 200);
  const before = await (await app.request('/api/report')).json();
  const claim = before.claims[0], group = before.groups[0];
  await app.request('/api/report?omit=mentions,text'); // (the lean report the server keeps, built before the reviews)
  // By id and by key; the report kept in memory takes each review.
  for (const body of [
    { target: 'claim', key: claim.id, status: 'confirmed' },
    { target: 'claim', key: claim.key, status: 'disputed', note: 'the count was revised' },
    { target: 'group', key: group.id, status: 'wrong' },
  ]) {
    const r = await app.request('/api/reviews', post('/api/reviews', body));
    assert.equal(r.status, 201);
    assert.equal((await r.json()).review.key, body.target === 'claim' ? claim.key : group.key, 'a review points at the stable key');
  }
  const after = await (await app.request('/api/report')).json();
  assert.deepEqual(after.claims[0].reviews, [
    { status: 'confirmed', note: null, created: '2025-01-02T03:04:05.000Z' },
    { status: 'disputed', note: 'the count was revised', created: '2025-01-02T03:04:05.000Z' },
  ]);
  assert.deepEqual(after.groups[0].reviews, [{ status: 'wrong', note: null, created: '2025-01-02T03:04:05.000Z' }]);
  assert.ok(after.claims.slice(1).every((c: { reviews?: unknown }) => !c.reviews));
  assert.deepEqual(after, await (await createApp({ store, token: TOKEN }).request('/api/report')).json());
  const lean = await (await app.request('/api/report?omit=mentions,text')).json();
  assert.deepEqual({ claims: lean.claims, groups: lean.groups }, { claims: after.claims, groups: after.groups });
});

test('the report without mentions and texts, for the web UI; an unknown part is refused', async () => {
  const app = createApp({ store: openMemoryStore(), token: TOKEN });
  assert.equal((await app.request('/api/ingest', post('/api/ingest', DOCS))).status, 200);
  const whole = await (await app.request('/api/report')).json();
  const lean = await (await app.request('/api/report?omit=mentions,text')).json();
  assert.ok(whole.mentions.length > 0 && whole.documents.every((d: { text: string }) => d.text.length > 0));
  assert.deepEqual(lean.mentions, []);
  assert.deepEqual(lean.documents, whole.documents.map((d: object) => ({ ...d, text: '', removed: [], derivative: [] })));
  assert.deepEqual({ ...lean, mentions: whole.mentions, documents: whole.documents }, whole);
  assert.deepEqual((await (await app.request('/api/report?omit=mentions')).json()).documents, whole.documents);
  // A document's text comes from the store; the list gives each text's length.
  for (const d of whole.documents) assert.deepEqual(await (await app.request(`/api/documents/${d.id}`)).json(), d);
  const list = (await (await app.request('/api/documents')).json()).documents;
  assert.deepEqual(list.map((d: { id: string; length: number }) => [d.id, d.length]), whole.documents.map((d: { id: string; text: string }) => [d.id, d.text.length]));
  assert.equal((await app.request('/api/documents/nope')).status, 404);
  const bad = await app.request('/api/report?omit=text,claims');
  assert.equal(bad.status, 400);
  assert.match(JSON.stringify(await bad.json()), /not claims/);
});

test('a story or a document of the report alone, with every claim, document and entity it names', async () => {
  const app = createApp({ store: openMemoryStore(), token: TOKEN });
  const more = { documents: [...DOCS.documents, { id: 'c', text: 'The city council of Springfield approved a budget of 40 million dollars on Tuesday, Mayor Ann Lee said.', published: '2024-11-02' }] };
  assert.equal((await app.request('/api/ingest', post('/api/ingest', more))).status, 200);
  const lean = await (await app.request('/api/report?omit=mentions,text')).json();
  const { stories } = await (await app.request('/api/stories')).json();
  assert.ok(stories.length >= 2, JSON.stringify(stories));
  type Item = { claims: string[] };
  const slices: Array<[Set<string>, any]> = [];
  for (const s of stories) slices.push([new Set(s.documents), await (await app.request(`/api/report?omit=mentions,text&story=${encodeURIComponent(s.id)}`)).json()]);
  slices.push([new Set(['a']), await (await app.request('/api/report?omit=mentions,text&document=a')).json()]);
  for (const [docs, slice] of slices) {
    const own = new Set(lean.claims.filter((c: { document: string }) => docs.has(c.document)).map((c: { id: string }) => c.id));
    const touching = (list: Item[]) => list.filter((x) => x.claims.some((id) => own.has(id)));
    assert.deepEqual(slice.groups, touching(lean.groups));
    assert.deepEqual(slice.contradictions, touching(lean.contradictions));
    assert.deepEqual(slice.timeline, touching(lean.timeline));
    const ids = new Set(slice.claims.map((c: { id: string }) => c.id));
    for (const id of own) assert.ok(ids.has(id), `the story's claim ${id}`);
    for (const x of [...slice.groups, ...slice.contradictions, ...slice.timeline]) for (const id of x.claims) assert.ok(ids.has(id), `named claim ${id}`);
    const docIds = new Set(slice.documents.map((d: { id: string }) => d.id));
    for (const d of docs) assert.ok(docIds.has(d));
    for (const c of slice.claims) assert.ok(docIds.has(c.document));
    const entityIds = new Set(slice.entities.map((e: { id: string }) => e.id));
    const known = new Set(lean.entities.map((e: { id: string }) => e.id));
    for (const c of slice.claims) for (const a of c.attribution) if (known.has(a.source)) assert.ok(entityIds.has(a.source), a.source);
    // In the report's order, as the report has them.
    const order = (list: Array<{ id: string }>, all: Array<{ id: string }>) => assert.deepEqual(list, all.filter((x) => list.some((y) => y.id === x.id)));
    order(slice.claims, lean.claims);
    order(slice.documents, lean.documents);
    assert.deepEqual(slice.stories, lean.stories.filter((s: { documents: string[] }) => s.documents.some((d) => docs.has(d))));
    assert.ok(slice.stories.length >= 1);
  }
  assert.ok(slices.some(([, s]) => s.documents.length < lean.documents.length), 'a story is less than the whole report');
  assert.equal((await app.request('/api/report?story=nope')).status, 404);
  assert.equal((await app.request('/api/report?document=nope')).status, 404);
  assert.equal((await app.request('/api/report?story=s1&document=a')).status, 400);
});

test('lists come whole, or a page at a time with offset and limit', async () => {
  const app = createApp({ store: openMemoryStore(), token: TOKEN });
  assert.equal((await app.request('/api/ingest', post('/api/ingest', DOCS))).status, 200);
  for (const name of ['claims', 'groups', 'timeline', 'entities', 'documents', 'stories']) {
    const whole = await (await app.request(`/api/${name}`)).json();
    assert.deepEqual(Object.keys(whole), [name], 'without paging, the list alone');
    const all = whole[name] as unknown[];
    if (name === 'claims') assert.ok(all.length >= 3, 'more than one page of claims');
    const pages: unknown[] = [];
    for (let offset = 0; offset < all.length + 2; offset += 2) {
      const page = await (await app.request(`/api/${name}?offset=${offset}&limit=2`)).json();
      assert.deepEqual({ total: page.total, offset: page.offset, limit: page.limit }, { total: all.length, offset, limit: 2 });
      pages.push(...page[name]);
    }
    assert.deepEqual(pages, all, `${name}: the pages make the list`);
    assert.deepEqual((await (await app.request(`/api/${name}?offset=1`)).json())[name], all.slice(1, 101), 'limit defaults to 100');
  }
  const doc = await (await app.request('/api/claims?document=a&limit=1')).json();
  assert.equal(doc.claims.length, 1);
  assert.equal(doc.claims[0].document, 'a');
  for (const q of ['limit=0', 'limit=10001', 'limit=2.5', 'offset=-1', 'offset=x', 'limit=']) {
    const r = await app.request(`/api/claims?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal((await r.json()).error.code, 'bad-query');
  }
});

test('overlapping requests for the whole report share one; a write lets it go', async () => {
  const base = openMemoryStore();
  let loads = 0;
  const store = { ...base, load: (o?: Parameters<typeof base.load>[0]) => { loads++; return base.load(o); } };
  const app = createApp({ store, token: TOKEN });
  assert.equal((await app.request('/api/ingest', post('/api/ingest', DOCS))).status, 200);
  const first = await app.request('/api/report');
  const second = await app.request('/api/report?omit=mentions'); // (while the first still streams)
  assert.equal(loads, 1, 'one build for both');
  const [a, b] = [await first.json(), await second.json()];
  assert.deepEqual(b, { ...a, mentions: [] });
  const r = await app.request('/api/reviews', post('/api/reviews', { target: 'claim', key: a.claims[0].id, status: 'confirmed' }));
  assert.equal(r.status, 201);
  const after = await (await app.request('/api/report')).json();
  assert.equal(loads, 2, 'built again after a write');
  assert.deepEqual(after.claims[0].reviews?.map((x: { status: string }) => x.status), ['confirmed']);
});

test('the UI has a strict CSP, and no path reaches the file system', async () => {
  const app = createApp({ store: openMemoryStore(), token: TOKEN });
  const page = await app.request('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), PAGE_CSP);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await app.request('/assets/app.js')).status, 200);
  for (const p of ['/assets/..%2F..%2Fpackage.json', '/assets/../../package.json', '/assets/%2e%2e%2fserver%2fcreate-app.ts', '/../package.json', '/assets/constructor', '/assets/__proto__', '/etc/passwd']) {
    const r = await app.request(p);
    assert.equal(r.status, 404, p);
    assert.doesNotMatch(await r.text(), /"name": "triangulate"|root:x:/);
  }
});

test('one end-to-end run against the real server on loopback', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'tri-serve-')), 's.db');
  const bin = new URL('../bin/triangulate.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, TRIANGULATE_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (s: string) => {
        err += s;
        const m = /serving (http:\/\/\S+)/.exec(err);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
    });
    const r = await fetch(new URL('/api/ingest', url), post('', DOCS));
    assert.equal(r.status, 200);
    const report = await (await fetch(new URL('/api/report', url))).json();
    assert.equal(report.documents.length, 2);
    const page = await fetch(url);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  } finally {
    child.kill('SIGTERM');
  }
});
