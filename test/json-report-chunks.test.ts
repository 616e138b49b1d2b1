/**
 * The JSON report written in pieces is the report as one string, byte for byte; so is the one-file HTML report.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../src/model/report.ts';
import { runPipeline } from '../src/pipeline.ts';
import { buildReport } from '../src/report/build-report.ts';
import { jsonReportChunks } from '../src/report/json-report-chunks.ts';
import { jsonForScript, renderHtmlPieces } from '../src/ui/render-html.ts';

const whole = (r: unknown) => JSON.stringify(r, null, 2) + '\n';
const pieces = (r: unknown) => [...jsonReportChunks(r as Report)];
const compact = (r: unknown) => [...jsonReportChunks(r as Report, 0)].join('');

test('a report in pieces is JSON.stringify(report, null, 2), and comes in more than one piece', () => {
  const corpus = runPipeline([
    { label: 'a', source: { path: 'a.txt', url: null, outlet: 'A' }, format: 'text', raw: 'Officials said 1,200 residents were evacuated on Monday, the “worst” flood since 1998.', meta: { id: 'a', published: '2024-10-22' } },
    { label: 'b', source: { path: 'b.txt', url: null, outlet: 'B' }, format: 'text', raw: 'About 1,500 people were evacuated, the mayor said on Tuesday.\n\nNo one was hurt.', meta: { id: 'b', published: '2024-10-23' } },
  ], { now: new Date('2024-11-01T00:00:00Z') });
  const report = buildReport(corpus, [{ input: 'c.txt', code: 'empty', message: 'no text' }]);
  const p = pieces(report);
  assert.equal(p.join(''), whole(report));
  assert.ok(p.length > 20, `${p.length} pieces`);
  assert.equal(compact(report), JSON.stringify(report), 'without indentation, as the API sends it');
});

test('values without a JSON form, empty containers, dates and escapes come out as JSON.stringify writes them', () => {
  const odd = {
    version: 1, documents: [], empty: {}, gone: undefined, fn: () => 1,
    claims: [{ a: undefined, b: [1, { c: 'line\nbreak "quoted" é \\ \u2028' }], d: {} }, undefined, null, 'text', 5, () => 1],
    nested: { deep: [[1, 2], []], when: new Date(0) }, when: new Date(0),
  };
  assert.equal(pieces(odd).join(''), whole(odd));
  assert.equal(pieces({}).join(''), whole({}));
  assert.equal(compact(odd), JSON.stringify(odd));
  assert.equal(compact({}), JSON.stringify({}));
});

test('the one-file HTML report in pieces embeds the report as one escaped string would', () => {
  const hostile = '</script><script>alert(1)</script> <!-- & \u2028 \u2029 “quoted” >';
  const corpus = runPipeline([
    { label: 'h', source: { path: 'h.txt', url: null, outlet: hostile }, format: 'text', raw: `Officials said 1,200 residents were evacuated on Monday. ${hostile}`, meta: { id: 'h', published: '2024-10-22', title: hostile } },
  ], { now: new Date('2024-11-01T00:00:00Z') });
  const report = buildReport(corpus);
  const pieces = [...renderHtmlPieces(report)];
  const page = pieces.join('');
  assert.ok(pieces.length > 10, `${pieces.length} pieces`);
  const embedded = `<script type="application/json" id="report-data">${jsonForScript(report)}</script>`;
  assert.ok(page.includes(embedded), 'the report is embedded as jsonForScript writes it');
  assert.equal(page.split('</script>').length - 1, 2, 'only the page closes its two scripts');
  assert.deepEqual(JSON.parse(jsonForScript(report)), JSON.parse(JSON.stringify(report)));
});
