/** The pipeline's contract: stage order checked, public exports pinned, odd content never crashes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as api from '../src/index.ts';
import { assignIds, checkStages, defaultStages, runPipeline } from '../src/pipeline.ts';
import { buildReport } from '../src/report/build-report.ts';
import { createCorpus } from '../src/model/corpus.ts';
import { toRawOffset } from '../src/clean/align-to-raw.ts';
import { assertOffsetMap, assertReportInvariants } from './helpers/invariants.ts';

test('the public API exports exactly these names', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'ReportSchema', 'buildReport', 'checkStages', 'closePool', 'createApp', 'createDoc', 'decodeBytes', 'defaultStages',
    'ingestInBatches', 'ingestIntoStore', 'inputsOf', 'normalizeDate', 'openMemoryStore', 'openSqliteStore', 'parseFeed', 'parseJsonl', 'readInputs',
    'renderCsv', 'renderMarkdown', 'reportJsonSchema', 'reportSlice', 'runPipeline', 'runPipelineParallel', 'toRawOffset',
  ]);
});

test('the published schema file is the one the zod model generates', async () => {
  const { readFileSync } = await import('node:fs');
  const onDisk = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(onDisk, api.reportJsonSchema(), 'run `npm run schema` after changing src/model/report.ts');
});

test('a corpus stage that throws warns on each document, and the stages after it run', () => {
  const stages = defaultStages().map((s) => s.name !== 'entity-links' ? s : { ...s, runAll() { throw new Error('link table broken'); } });
  const corpus = runPipeline([
    { label: 'a', source: { path: 'a', url: null, outlet: null }, format: 'text', raw: 'Officials said 1,200 residents were evacuated on Monday.', meta: { id: 'a', published: '2024-10-22' } },
    { label: 'b', source: { path: 'b', url: null, outlet: null }, format: 'text', raw: 'About 1,200 people were evacuated on Monday, the mayor said.', meta: { id: 'b', published: '2024-10-22' } },
  ], { stages, now: new Date('2024-11-01T00:00:00Z') });
  for (const d of corpus.documents) {
    assert.deepEqual(d.messages.filter((m) => m.stage === 'entity-links'), [{ stage: 'entity-links', reason: 'stage failed: link table broken', severity: 'warning' }]);
    assert.ok(d.claims.length > 0, 'claims were still made');
  }
  assert.ok(corpus.groups.length > 0, 'reconciliation still ran');
});

test('a wrong stage order fails at once and says how to fix it', () => {
  const stages = defaultStages();
  const clean = stages.find((s) => s.name === 'clean')!;
  const sentences = stages.find((s) => s.name === 'sentences')!;
  assert.doesNotThrow(() => checkStages(stages));
  assert.throws(() => checkStages([sentences, clean]), /Stage "sentences" needs "text".*put "clean" before "sentences"/);
});

const input = (raw: string, format: 'text' | 'html' = 'text') => ({ label: 'x', source: { path: 'x', url: null, outlet: null }, format, raw, meta: {} });

test('odd content never crashes a stage, and the outputs keep their invariants', () => {
  const alphabet = fc.constantFrom('a', 'B', ' ', '\n', '\n\n', '.', ',', '-', '1', '0', '“', '”', '<', '>', '&amp;', 'é', '\u00a0', 'Comments', 'Skip to content', '5 Comments', 'References:', '1. ', '</p><p>', '<div>');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }), fc.boolean(), (parts, html) => {
    const [doc] = runPipeline([input(parts.join(''), html ? 'html' : 'text')], { now: new Date('2026-01-01') }).documents;
    assert.deepEqual(doc.messages.filter((m) => m.severity === 'fatal'), []);
    if (!html) assertOffsetMap(doc);
    else for (const r of doc.offsets) assert.ok(r.rawStart + r.rawLength <= doc.raw.length);
    assertReportInvariants(buildReport(createCorpus([doc])));
  }), { numRuns: 150 });
});

test('the offset map leads back to the raw characters of plain text and of HTML', () => {
  const [text] = runPipeline([input('Skip to content\n\nA Headline Of The Story Here\n\nFirst paragraph of the story.\n\nSecond one.')]).documents;
  const at = text.text.indexOf('Second');
  assert.equal(text.raw.slice(toRawOffset(text.offsets, at)!, toRawOffset(text.offsets, at)! + 6), 'Second');
  const [page] = runPipeline([input('<html><body><article><p>The <b>port</b> reopened on Monday after a strike of nine days &amp; talks.</p></article></body></html>', 'html')]).documents;
  assertOffsetMap(page);
  const p = page.text.indexOf('port');
  assert.equal(page.raw.slice(toRawOffset(page.offsets, p)!, toRawOffset(page.offsets, p)! + 4), 'port');
});

test('a publication date in the far future or 0000-00-00 is ignored with a warning', () => {
  const docs = runPipeline([
    { ...input('The dam opened on Monday.'), meta: { published: '9999-12-31' } },
    { ...input('The dam opened on Monday.'), meta: { published: '0000-00-00' } },
  ], { now: new Date('2026-01-01') }).documents;
  for (const d of docs) {
    assert.equal(d.published.origin, 'unknown');
    assert.ok(d.messages.some((m) => m.severity === 'warning' && /publication date/.test(m.reason)));
  }
});

test('a document over its time budget is stopped with a clear message; the others go on', () => {
  const slow = { name: 'slow', needs: [], adds: ['slow'], run: (d: { text: string }) => { if (d.text.includes('slow')) { const t = Date.now(); while (Date.now() - t < 20); } } };
  const after = { name: 'after', needs: [], adds: ['after'], run: (d: { title: string | null }) => { d.title = 'ran'; } };
  const docs = runPipeline([
    { ...input('a slow one'), label: 'slow.txt' },
    { ...input('a quick one'), label: 'quick.txt' },
  ], { stages: [{ name: 'copy', needs: [], adds: ['text'], run: (d: { raw: string; text: string }) => { d.text = d.raw; } }, slow, after] as never, docBudgetMs: 5 }).documents;
  assert.match(docs[0].messages.find((m) => m.severity === 'fatal')?.reason ?? '', /over the time budget .* after "slow"/);
  assert.equal(docs[0].title, null);
  assert.equal(docs[1].title, 'ran');
});

test('ids: a document keeps its own id unless taken; the others get the first free d1, d2, …', () => {
  const inp = (id?: string) => ({ label: 'x', source: { path: 'x', url: null, outlet: null }, format: 'text' as const, raw: 'x', meta: id === undefined ? {} : { id } });
  const taken = new Set(['a', 'd1', 'd3']);
  assert.deepEqual(assignIds([inp('b'), inp('a'), inp(), inp('b'), inp(' c ')], taken), ['b', 'd2', 'd4', 'd5', 'c']);
  assert.deepEqual([...taken], ['a', 'd1', 'd3'], 'a set of taken ids is left as it was');
  assert.deepEqual(assignIds([inp('a'), inp()], ['a']), ['d1', 'd2']);
});

test('sentences: a piece the splitter cut after an abbreviation joins the sentence before it', () => {
  const text = '“A pathetic figure!” he wrote. Rep. Elijah Cummings (D-Md.), chair of the panel, spoke. It was polled by the A.F.L.-C.I.O. The union agreed.';
  const corpus = runPipeline([{ label: 's', source: { path: 's', url: null, outlet: null }, format: 'text', raw: text, meta: { published: '2016-05-20' } }]);
  const doc = corpus.documents[0];
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), [
    '“A pathetic figure!” he wrote.',
    'Rep. Elijah Cummings (D-Md.), chair of the panel, spoke.',
    'It was polled by the A.F.L.-C.I.O.',
    'The union agreed.',
  ]);
});
