/** The command line end to end: the README's main job, formats, standard input, and bad inputs. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/model/report.ts';
import { assertReportInvariants } from './helpers/invariants.ts';

const BIN = new URL('../bin/triangulate.js', import.meta.url).pathname;
const EXAMPLE = new URL('../examples/kursk/', import.meta.url).pathname;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('analyze examples/kursk writes a valid JSON report', () => {
  const r = run(['analyze', EXAMPLE, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assertReportInvariants(report);
  assert.equal(report.documents.length, 5);
  assert.ok(report.documents.every((d) => d.published.origin === 'metadata'));
  assert.deepEqual(report.errors, []);
});

test('analyze --format md is readable Markdown', () => {
  const r = run(['analyze', EXAMPLE, '--format', 'md']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Triangulate report/);
  assert.match(r.stdout, /comments: "5 Comments"/);
});

test('standard input, JSONL and a bad line: the good documents stay, the exit code says something failed', () => {
  const r = run(['analyze', '-', '--format', 'json'], '{"id":"one","text":"The river rose by two metres on Monday, officials said."}\n{broken\n');
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Report;
  assertReportInvariants(report);
  assert.deepEqual(report.documents.map((d) => d.id), ['one']);
  assert.match(r.stderr, /-:2: line 2 is not valid JSON/);
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
});

test('missing files, binary files, empty files and a broken corpus.json are named; the rest is processed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-'));
  for (const f of readdirSync(EXAMPLE)) if (f.endsWith('.txt')) copyFileSync(join(EXAMPLE, f), join(dir, f));
  writeFileSync(join(dir, 'corpus.json'), '{ not json');
  writeFileSync(join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(join(dir, 'empty.txt'), '');
  const missing = join(dir, 'nope.txt');
  const r = run(['analyze', dir, missing, '--format', 'json']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Report;
  assertReportInvariants(report);
  assert.equal(report.documents.length, 5);
  const codes = new Map((report.errors ?? []).map((e) => [e.input.split('/').pop(), e.code]));
  assert.equal(codes.get('corpus.json'), 'bad-manifest');
  assert.equal(codes.get('image.html'), 'not-text');
  assert.equal(codes.get('empty.txt'), 'empty');
  assert.equal(codes.get('nope.txt'), 'not-found');
  assert.match(r.stderr, /nope\.txt: no such file or folder/);
});

test('a corpus.json that names missing files is reported; its dates apply to the others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'The council met on Tuesday and approved the plan by 7 votes to 2.');
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ documents: [{ path: 'a.txt', published: '2024-02-06', outlet: 'Town Crier' }, { path: 'gone.txt' }] }));
  const r = run(['analyze', dir]);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.documents[0].published, { value: '2024-02-06', origin: 'metadata' });
  assert.equal(report.documents[0].source.outlet, 'Town Crier');
  assert.equal(report.documents[0].source.path, 'a.txt');
  assert.match(r.stderr, /names "gone\.txt", which is not in the folder/);
});

test('misuse exits 2 with one line and no stack trace', () => {
  const bad = run(['analyze', EXAMPLE, '--format', 'pdf']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /pdf/);
  const none = run(['analyze']);
  assert.equal(none.code, 2);
  const limit = run(['analyze', EXAMPLE, '--max-docs', 'zero']);
  assert.equal(limit.code, 2);
  assert.match(limit.stderr, /--max-docs must be a positive whole number/);
  assert.doesNotMatch(limit.stderr, /\n\s+at /);
});

test('near-duplicates point at the earlier document', () => {
  const text = 'Rescue teams pulled 14 survivors from the rubble of the collapsed market building on Friday, the fire service said, and the search continued overnight.';
  const lines = [{ id: 'a', text }, { id: 'b', text: text + ' Updated.' }, { id: 'c', text: 'An entirely different report about the football final and its 60,000 fans.' }];
  const r = run(['analyze', '-'], lines.map((l) => JSON.stringify(l)).join('\n'));
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.documents.map((d) => d.duplicateOf), [null, 'a', null]);
});

test('--aliases merges names the built-in rules keep apart; a bad table is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-'));
  const table = join(dir, 'aliases.json');
  writeFileSync(table, JSON.stringify({ entities: [{ name: 'Jerome Powell', type: 'person', aliases: ['Jay Powell'] }] }));
  const lines = [
    { id: 'a', text: 'Federal Reserve chair Jerome Powell said on Wednesday that rates would stay at 5.5 percent.' },
    { id: 'b', text: 'Fed chief Jay Powell told reporters that rates would stay at 5.5 percent for now.' },
  ].map((l) => JSON.stringify(l)).join('\n');
  const people = (r: Report) => r.entities.filter((e) => /Powell/.test([e.name, ...e.aliases].join(' ')));
  const without = JSON.parse(run(['analyze', '-'], lines).stdout) as Report;
  const withTable = JSON.parse(run(['analyze', '-', '--aliases', table], lines).stdout) as Report;
  assert.equal(people(withTable).length, 1, JSON.stringify(people(withTable)));
  assert.ok(people(without).length >= 1);
  writeFileSync(table, '{"entities": [{"name": 1}]}');
  const bad = run(['analyze', '-', '--aliases', table], lines);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /alias table .*aliases\.json/);
});

test('ingest, then review a claim and a group by id or key: the report shows the reviews; an unknown one is named', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'tri-cli-review-')), 's.db');
  assert.equal(run(['ingest', EXAMPLE, '--db', db, '--quiet']).code, 0);
  const before = JSON.parse(run(['report', '--db', db, '--format', 'json']).stdout) as Report;
  const claim = before.claims[3], group = before.groups[2];
  const byId = run(['review', 'claim', claim.id, 'confirmed', '--db', db]);
  assert.equal(byId.code, 0, byId.stderr);
  assert.match(byId.stdout, new RegExp(`^review 1: claim ${claim.id} \\(${claim.key}\\) confirmed`));
  const byKey = run(['review', 'group', group.key!, 'disputed', '--note', 'two counts', '--db', db]);
  assert.equal(byKey.code, 0, byKey.stderr);
  assert.match(byKey.stdout, new RegExp(`^review 2: group ${group.id} \\(`));
  const unknown = run(['review', 'claim', 'c99999', 'wrong', '--db', db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no claim with id or key "c99999"/);
  const after = JSON.parse(run(['report', '--db', db, '--format', 'json']).stdout) as Report;
  assert.deepEqual(after.claims.filter((c) => c.reviews).map((c) => [c.id, c.reviews!.map((r) => r.status)]), [[claim.id, ['confirmed']]]);
  assert.deepEqual(after.groups.filter((g) => g.reviews).map((g) => [g.id, g.reviews!.map((r) => [r.status, r.note])]), [[group.id, [['disputed', 'two counts']]]]);
});

test('stories lists a store\'s stories; report of one story or one document: what it shows, in any format; an unknown one is named', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'tri-cli-slice-')), 's.db');
  assert.equal(run(['ingest', EXAMPLE, '--db', db, '--quiet']).code, 0);
  const whole = JSON.parse(run(['report', '--db', db, '--format', 'json']).stdout) as Report;
  const story = whole.stories[0];
  const one = JSON.parse(run(['report', '--db', db, '--format', 'json', '--story', story.id]).stdout) as Report;
  const own = new Set(whole.claims.filter((c) => story.documents.includes(c.document)).map((c) => c.id));
  assert.deepEqual(one.groups, whole.groups.filter((g) => g.claims.some((id) => own.has(id))));
  assert.deepEqual(one.stories.map((s) => s.id), whole.stories.filter((s) => s.documents.some((d) => story.documents.includes(d))).map((s) => s.id));
  for (const id of own) assert.ok(one.claims.some((c) => c.id === id));
  const doc = story.documents[0];
  const md = run(['report', '--db', db, '--story', story.id]);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, new RegExp(`Story ${story.id}`));
  const byDoc = JSON.parse(run(['report', '--db', db, '--format', 'json', '--document', doc]).stdout) as Report;
  assert.ok(byDoc.claims.filter((c) => c.document === doc).length === whole.claims.filter((c) => c.document === doc).length);
  const listed = run(['stories', '--db', db]);
  assert.equal(listed.code, 0, listed.stderr);
  assert.deepEqual(listed.stdout.trim().split('\n').map((l) => l.split('\t')), whole.stories.map((s) => [s.id, `${s.documents.length} document${s.documents.length === 1 ? '' : 's'}`, s.title]));
  assert.deepEqual(JSON.parse(run(['stories', '--db', db, '--json']).stdout), whole.stories.map((s) => ({ id: s.id, title: s.title, documents: s.documents.length })));
  const unknown = run(['report', '--db', db, '--story', 'nope']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no story nope in .*s\.db \(its stories are s1/);
  assert.equal(run(['report', '--db', db, '--document', 'nope']).code, 2);
  assert.equal(run(['report', '--db', db, '--document', doc, '--story', story.id]).code, 2);
});

test('a reader that stops early (| head) ends the command quietly, with its own exit code', async () => {
  // The JSON report of the example is larger than a pipe holds: the writes after the reader has gone fail.
  const child = spawn(process.execPath, [BIN, 'analyze', EXAMPLE, '--format', 'json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.destroy(); // (gone before the first write)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
});

test('analyze says that ingest is the way for a corpus too large to hold in memory', async () => {
  const { analyzeHint, ANALYZE_IN_MEMORY_HINT } = await import('../src/cli/main.ts');
  assert.equal(analyzeHint(ANALYZE_IN_MEMORY_HINT), null);
  assert.match(analyzeHint(ANALYZE_IN_MEMORY_HINT + 1)!, /holds all 5,001 documents in memory.*`triangulate ingest`/);
});
