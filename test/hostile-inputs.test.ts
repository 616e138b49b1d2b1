/**
 * Hostile and broken inputs through the real CLI, generated at test time: each gives a clean result or a clear
 * error naming the input; one bad input never stops the rest; the exit code says something failed; no stack
 * trace. (Unit-level cases are in ingest.test.ts and cli.test.ts.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { inputsOf } from '../src/cli/read-inputs.ts';
import type { InputError } from '../src/ingest/input-error.ts';
import type { Report } from '../src/model/report.ts';
import { assertReportInvariants } from './helpers/invariants.ts';

const BIN = new URL('../bin/triangulate.js', import.meta.url).pathname;
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 300_000, maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const STORY = 'The council approved 12 new schools on Monday, the mayor said. Officials expect about 3,000 pupils next year.';

test('a folder of broken inputs: every bad one named, the good ones processed, exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-hostile-'));
  const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  w('good.txt', STORY);
  w('empty.txt', '');
  w('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  w('archive.txt', gzipSync(Buffer.from(STORY)));
  w('zipped.html', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
  w('invalid-utf8.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0xff, 0xfe, 0x41]), Buffer.from(' said 12 people came.')]));
  w('utf16-no-bom.txt', iconv.encode(STORY, 'utf-16le'));
  w('cp1252.txt', iconv.encode('The minister said “12 schools” would open — café.', 'windows-1252'));
  w('nested.html', `<html><body>${'<div>'.repeat(10000)}<p>${STORY}</p>${'</div>'.repeat(10000)}</body></html>`);
  w('scripts-only.html', '<html><head><style>p{color:red}</style></head><body><script>var x = 1;</script><script>alert(1)</script></body></html>');
  w('truncated.html', `<html><body><article><p>${STORY}</p><p>More rain is expect`);
  w('runs.txt', `${'1'.repeat(100000)} ${'.'.repeat(100000)} ${'-'.repeat(100000)} ${'1,'.repeat(50000)} ${'9-'.repeat(50000)} ${STORY}`);
  w('lines.jsonl', [JSON.stringify({ id: 'j1', text: STORY }), '{"id": "j2", "text": ', JSON.stringify({ id: 'j3', title: 'no text' }), JSON.stringify({ id: 'j4', text: STORY.replace('12', '14'), published: '9999-12-31' }), JSON.stringify({ id: 'j5', text: STORY.replace('12', '15'), published: '0000-00-00' })].join('\n'));
  w('broken.rss', '<?xml version="1.0"?><rss><channel><item><title>x</title></channel>');
  w('xxe.rss', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&x;</description></item></channel></rss>');
  w('lol.rss', '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><description>&c;</description></item></channel></rss>');
  w('corpus.json', JSON.stringify({ documents: [{ path: 'good.txt', published: '2024-05-06' }, { path: 'vanished.txt' }] }));
  symlinkSync(join(dir, 'does-not-exist.txt'), join(dir, 'dangling.txt'));

  const r = run(['analyze', dir, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at .*\.(ts|js):\d+/, 'no stack trace');
  const report = JSON.parse(r.stdout) as Report;
  assertReportInvariants(report);
  const err = new Map((report.errors ?? []).map((e) => [e.input.split('/').pop()!, e]));
  const code = (name: string) => err.get(name)?.code;
  assert.equal(code('empty.txt'), 'empty');
  assert.equal(code('image.txt'), 'not-text');
  assert.match(err.get('image.txt')!.message, /PNG/);
  assert.equal(code('archive.txt'), 'not-text');
  assert.equal(code('zipped.html'), 'not-text');
  assert.equal(code('lines.jsonl:2'), 'bad-json');
  assert.equal(code('lines.jsonl:3'), 'bad-line');
  assert.equal(code('broken.rss'), 'bad-feed');
  assert.equal(code('xxe.rss'), 'bad-feed');
  assert.equal(code('lol.rss'), 'bad-feed');
  assert.equal(code('corpus.json'), 'missing-file');
  assert.equal(code('dangling.txt'), 'not-found');
  for (const e of report.errors ?? []) assert.match(r.stderr, new RegExp(e.input.split('/').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  const doc = (path: string) => report.documents.find((d) => d.source.path === path || d.id === path);
  assert.deepEqual(doc('good.txt')?.published, { value: '2024-05-06', origin: 'metadata' });
  assert.match(doc('invalid-utf8.txt')!.text, /Café/);
  assert.equal(doc('utf16-no-bom.txt')!.text, STORY);
  assert.match(doc('cp1252.txt')!.text, /“12 schools” would open — café/);
  assert.match(doc('nested.html')!.text, /approved 12 new schools/);
  assert.equal(doc('scripts-only.html')!.text, '');
  assert.ok(doc('scripts-only.html')!.messages?.some((m) => /no article text/.test(m.reason)));
  assert.match(doc('truncated.html')!.text, /approved 12 new schools/);
  assert.match(doc('runs.txt')!.text, /approved 12 new schools/);
  for (const id of ['j4', 'j5']) {
    assert.equal(doc(id)?.published.origin, 'unknown', id);
    assert.ok(doc(id)?.messages?.some((m) => /publication date/.test(m.reason)), id);
  }
});

test('limits: a file over --max-bytes and a run over --max-docs are named, the rest goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-limits-'));
  writeFileSync(join(dir, 'big.txt'), `${STORY}\n`.repeat(20000));
  writeFileSync(join(dir, 'small.txt'), STORY);
  const r = run(['analyze', dir, '--max-bytes', '100000']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.documents.map((d) => d.source.path), ['small.txt']);
  assert.match(r.stderr, /big\.txt: \d+ bytes is over the limit of 100000 \(raise it with --max-bytes\)/);
  const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `${STORY} (${i})` })).join('\n');
  const capped = run(['analyze', '-', '--max-docs', '3'], lines);
  assert.equal(capped.code, 1);
  assert.equal((JSON.parse(capped.stdout) as Report).documents.length, 3);
  assert.match(capped.stderr, /over the limit of 3/);
});

test('a directory with 10,000 small files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-many-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < 10000; i++) writeFileSync(join(dir, 'in', `${String(i).padStart(5, '0')}.txt`), `Report ${i}: the council approved ${i} new homes on Monday, the mayor said.`);
  const out = join(dir, 'report.json');
  const r = run(['analyze', join(dir, 'in'), '--quiet', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(spawnSync('cat', [out], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).stdout) as Report;
  assert.equal(report.documents.length, 10000);
  assertReportInvariants(report);
});

test('a 50 MB text file is refused by default without being read; a 5 MB single line is stopped by the time budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-huge-'));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(join(dir, 'ok.txt'), STORY);
  const r = run(['analyze', dir, '--quiet']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.documents.map((d) => d.source.path), ['ok.txt']);
  assert.equal(report.errors?.[0].code, 'too-large');
  const line = join(mkdtempSync(join(tmpdir(), 'tri-line-')), 'line.txt');
  writeFileSync(line, 'The army said 1,200 soldiers arrived on Monday. '.repeat(110000).slice(0, 5_000_000));
  const slow = run(['analyze', line, '--doc-budget', '2', '--quiet']);
  assert.equal(slow.code, 1);
  const rep = JSON.parse(slow.stdout) as Report;
  assert.match(rep.errors?.[0].message ?? '', /over the time budget of 2 s per document/);
  assertReportInvariants(rep);
});

test('inputs are read file by file as they are asked for, and a file gone by then is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-lazy-'));
  for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, `${n}.txt`), `Report ${n}: 40 bridges were closed.`);
  const errors: InputError[] = [];
  const it = inputsOf([dir], {}, errors)[Symbol.iterator]();
  assert.equal(it.next().value?.raw, 'Report a: 40 bridges were closed.');
  // Nothing else has been read yet: a file removed now is missed, and said so.
  rmSync(join(dir, 'c.txt'));
  assert.equal(it.next().value?.raw, 'Report b: 40 bridges were closed.');
  assert.equal(it.next().done, true);
  assert.deepEqual(errors.map((e) => [e.input.endsWith('c.txt'), e.code]), [[true, 'not-found']]);
});

test('a JSONL file larger than --max-bytes is read line by line: the limit is per line, and a line over it is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-jsonl-big-'));
  const file = join(dir, 'big.jsonl');
  const line = (i: number, pad = 0) => JSON.stringify({ id: `d${i}`, text: `Report ${i}: ${STORY}${' The mayor repeated it.'.repeat(pad)}` });
  // Twelve lines of about 150 bytes (1.8 kB in all), the fifth of about 2.5 kB, under a limit of 1 kB; CRLF endings.
  writeFileSync(file, Array.from({ length: 12 }, (_, i) => line(i, i === 4 ? 100 : 0)).join('\r\n') + '\r\n');
  const r = run(['analyze', file, '--max-bytes', '1000', '--quiet']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.documents.length, 11);
  assert.ok(!report.documents.some((d) => d.id === 'd4'));
  assert.deepEqual(report.errors?.map((e) => [e.input, e.code]), [[`${file}:5`, 'too-large']]);
  assertReportInvariants(report);
  // A line split across the reader's 1 MiB chunks is read whole.
  const long = join(dir, 'long.jsonl');
  writeFileSync(long, [line(0), line(1, 60000), line(2)].join('\n'));
  const all = [...inputsOf([long], {}, [])];
  assert.deepEqual(all.map((i) => i.meta.id), ['d0', 'd1', 'd2']);
  assert.equal(all[1].raw.length, `Report 1: ${STORY}`.length + ' The mayor repeated it.'.length * 60000);
});
