/**
 * Fixture folders for the cleaning stage: `test/fixtures/clean/<case>/input.{txt,html}`, optional
 * `config.json` (given metadata: published, title), and `expected.json` (title, published, removed,
 * derivative passages, text). `UPDATE=1 npm test` rewrites the expectations, which are then reviewed like code.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPipeline } from '../src/pipeline.ts';
import { buildReport } from '../src/report/build-report.ts';
import { createCorpus } from '../src/model/corpus.ts';
import { assertOffsetMap, assertReportInvariants } from './helpers/invariants.ts';

const root = new URL('./fixtures/clean/', import.meta.url).pathname;
const NOW = new Date('2026-01-01T00:00:00Z');

for (const name of readdirSync(root).sort()) {
  test(`clean fixture: ${name}`, () => {
    const dir = join(root, name);
    const inputFile = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const raw = readFileSync(join(dir, inputFile), 'utf8');
    const config = existsSync(join(dir, 'config.json')) ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) : {};
    const [doc] = runPipeline([{ label: inputFile, source: { path: inputFile, url: null, outlet: null }, format: inputFile.endsWith('.html') ? 'html' : 'text', raw, meta: config }], { now: NOW }).documents;
    assert.deepEqual(doc.messages.filter((m) => m.severity === 'fatal'), []);
    assertOffsetMap(doc);
    assertReportInvariants(buildReport(createCorpus([doc])));
    const actual = {
      title: doc.title,
      published: doc.published,
      language: doc.language,
      outlet: doc.source.outlet,
      removed: doc.removed,
      derivative: doc.derivative.map((d) => ({ reason: d.reason, text: doc.text.slice(d.span.start, d.span.end) })),
      text: doc.text,
    };
    const file = join(dir, 'expected.json');
    if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
  });
}
