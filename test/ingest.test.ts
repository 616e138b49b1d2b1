/** Ingest: encodings, JSONL, feeds and dates, as table rows. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes, NotTextError } from '../src/ingest/decode-bytes.ts';
import { normalizeDate } from '../src/ingest/normalize-date.ts';
import { parseFeed } from '../src/ingest/parse-feed.ts';
import { parseJsonl } from '../src/ingest/parse-jsonl.ts';

const SAMPLE = 'The minister said “10,000 troops” arrived — café résumé naïve.';

test('decodeBytes reads UTF-8, BOMs, UTF-16 and legacy encodings', () => {
  const rows: Array<[string, Uint8Array, string]> = [
    ['utf-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'utf-8'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf-16be')]), 'utf-16be'],
    ['utf-16le without BOM', iconv.encode(SAMPLE, 'utf-16le'), 'utf-16le'],
    ['utf-16be without BOM', iconv.encode(SAMPLE, 'utf-16be'), 'utf-16be'],
    ['windows-1252 sniffed', iconv.encode(SAMPLE.repeat(3), 'windows-1252'), 'windows-1252'],
  ];
  for (const [name, bytes, enc] of rows) {
    const d = decodeBytes(bytes);
    assert.ok(d.text.includes(SAMPLE), `${name}: ${d.text.slice(0, 60)}`);
    assert.equal(d.encoding, enc, name);
  }
});

test('decodeBytes honours a declared charset', () => {
  const html = `<html><head><meta charset="iso-8859-1"></head><body>Caf${'\u00e9'} cr${'\u00e8'}me</body></html>`;
  assert.match(decodeBytes(iconv.encode(html, 'latin1')).text, /Café crème/);
  // A page labelled Latin-1 whose bytes are valid UTF-8 is read as UTF-8 (mislabelled pages are common).
  assert.match(decodeBytes(Buffer.from(html.replace('iso-8859-1', 'windows-1252'), 'utf8')).text, /Café crème/);
});

test('decodeBytes refuses binary content with a clear reason', () => {
  const rows: Array<[string, number[]]> = [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]],
    ['gzip', [0x1f, 0x8b, 0x08, 0, 0, 0]],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
    ['random control bytes', Array.from({ length: 200 }, (_, i) => (i * 7) % 32)],
  ];
  for (const [name, bytes] of rows) assert.throws(() => decodeBytes(Uint8Array.from(bytes)), NotTextError, name);
  assert.throws(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47])), /PNG/);
});

test('decodeBytes reads invalid UTF-8 as a legacy encoding instead of failing', () => {
  const bytes = Buffer.concat([Buffer.from('Valid start '), Buffer.from([0xe9, 0x20, 0x93, 0x41, 0x94])]);
  const d = decodeBytes(bytes);
  assert.match(d.text, /Valid start é “A”/);
});

test('normalizeDate', () => {
  const rows: Array<[string, string | null]> = [
    ['2025-06-17', '2025-06-17'],
    ['2025-06-17T09:30:00Z', '2025-06-17T09:30:00'],
    ['2025-06-17T23:30:00-04:00', '2025-06-17T23:30:00'],
    ['Tue, 17 Jun 2025 09:00:00 +0900', '2025-06-17T09:00:00'],
    ['2024/3/5', '2024-03-05'],
    ['0000-00-00', null],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of rows) assert.equal(normalizeDate(input), want, input);
});

test('parseJsonl keeps good lines, reports bad ones by line number', () => {
  const text = ['{"id":"a","text":"First."}', 'not json', '{"id":"b"}', '', '{"id":7,"html":"<p>Hi</p>","published":"2024-01-02"}'].join('\n');
  const { inputs, errors } = parseJsonl(text, 'x.jsonl');
  assert.deepEqual(inputs.map((i) => [i.meta.id, i.format]), [['a', 'text'], ['7', 'html']]);
  assert.equal(inputs[1].meta.published, '2024-01-02');
  assert.deepEqual(errors.map((e) => [e.input, e.code]), [['x.jsonl:2', 'bad-json'], ['x.jsonl:3', 'bad-line']]);
  assert.match(errors[1].message, /"text" or an "html"/);
});

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Daily Wire Service</title>
<item><title>Bridge closes</title><link>https://example.org/a</link><pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate>
<description>&lt;p&gt;The bridge closed on Monday.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item></channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Vote delayed</title><link rel="alternate" href="https://example.org/v"/><published>2024-05-01T12:00:00Z</published>
<content type="html">The vote was delayed by a week.</content></entry></feed>`;

test('parseFeed reads RSS 2.0 and Atom items', () => {
  const rss = parseFeed(RSS, 'f.xml');
  assert.equal(rss.inputs.length, 1);
  assert.deepEqual(rss.errors.map((e) => e.code), ['empty']);
  assert.equal(rss.inputs[0].meta.title, 'Bridge closes');
  assert.equal(rss.inputs[0].source.outlet, 'Daily Wire Service');
  assert.equal(rss.inputs[0].format, 'html');
  assert.equal(rss.inputs[0].meta.published, 'Mon, 04 Mar 2024 10:00:00 +0000');
  const atom = parseFeed(ATOM, 'a.atom');
  assert.equal(atom.inputs[0].meta.url, 'https://example.org/v');
  assert.equal(atom.inputs[0].raw, 'The vote was delayed by a week.');
});

test('parseFeed refuses broken XML and entity payloads', () => {
  const broken = parseFeed('<rss><channel><item><title>x</title></channel>', 'b.xml');
  assert.equal(broken.errors[0].code, 'bad-feed');
  assert.match(broken.errors[0].message, /broken XML at line/);
  const xxe = parseFeed('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&x;</description></item></channel></rss>', 'x.xml');
  assert.match(xxe.errors[0].message, /entities/);
  const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><rss><channel><item><description>&lol2;</description></item></channel></rss>`;
  assert.equal(parseFeed(lol, 'l.xml').inputs.length, 0);
  assert.equal(parseFeed('<html><body>hi</body></html>', 'n.xml').errors[0].code, 'bad-feed');
});
