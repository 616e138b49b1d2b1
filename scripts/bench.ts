/**
 * `npm run bench`: the pipeline end to end (ingest → clean → annotate → claims → reconcile → SQLite) on
 * (a) plain-text articles and (b) HTML pages, with articles/s, MB/s, peak memory and the time per stage; the
 * same text through wink-nlp's bare sentence+token pass as a reference (our time as a ratio to it); and a
 * scaling run. It reads the real articles of ../shared/eval/data when present (never copied into the repo) and
 * otherwise generates a corpus from examples/. It runs the command's bundle (see src/cli/bundle-entry.ts), as
 * `triangulate` does. The last line is one JSON object with the figures.
 *
 *   npm run bench [-- --texts 1000 --pages 200 --sizes 1000,10000,100000 --threads 2 --scale-heap MB --scale-corpus reports|articles --thread-scaling]
 *
 * `--scale-heap MB` runs each scaling size with V8's old space capped (`--max-old-space-size`), as a user may
 * with NODE_OPTIONS; without it V8 lets garbage grow far past the live heap before collecting. `--scale-corpus
 * articles` scales on PolNeAR's articles instead of the generated reports (see `renamedArticles`). `--thread-scaling`
 * first times the per-document stages alone (the worker pool, no corpus stages, no store) on the plain-text corpus
 * with one worker thread and then with `--threads`, to show what the second core adds on this machine.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RawInput } from '../src/model/doc.ts';
import { cliBundle } from '../src/cli/cli-bundle.mjs';

// The pipeline as the command runs it: from its bundle (see bundle-entry.ts), else from the sources.
const bundle = await cliBundle();
const engine: typeof import('../src/cli/bundle-entry.ts') = bundle ? await import(pathToFileURL(bundle).href) : await import('../src/cli/bundle-entry.ts');
const { readInputs, ingestInBatches, closePool, processInWorkers, openSqliteStore, limitHeapGrowth } = engine;

// As the CLI does (see limit-heap-growth.ts).
const heapWarning = limitHeapGrowth();
if (heapWarning) console.error(heapWarning);

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const TEXTS = Number(opt('texts', '1000'));
const PAGES = Number(opt('pages', '200'));
const SIZES = opt('sizes', '1000,10000,100000').split(',').map(Number);
const THREADS = Number(opt('threads', String(availableParallelism())));
const SCALE_HEAP = opt('scale-heap', '');
const SCALE_CORPUS = opt('scale-corpus', 'reports');
const shared = new URL('../../shared/eval/data/', import.meta.url).pathname;

const input = (id: string, raw: string, format: 'text' | 'html', published: string | null = null): RawInput =>
  ({ label: id, source: { path: id, url: null, outlet: null }, format, raw, meta: { id, published } });

/** PolNeAR's articles (../shared/eval/data/attribution), or null when absent. */
function polnearArticles(): Array<{ text: string; published: string }> | null {
  const file = join(shared, 'attribution/gold.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; published: string });
}

/** Plain-text articles: PolNeAR's when present, else variants of the examples (numbers and order changed). */
function textCorpus(n: number): { inputs: RawInput[]; origin: string } {
  const lines = polnearArticles();
  if (lines) {
    return { inputs: Array.from({ length: n }, (_, i) => { const l = lines[i % lines.length]; return input(`t${i}`, l.text, 'text', l.published); }), origin: 'PolNeAR articles (../shared/eval/data/attribution)' };
  }
  return { inputs: generated(n), origin: 'generated from examples/kursk' };
}

/**
 * Variants of the example reports: paragraphs rotated, numbers shifted and a closing line with the report's
 * number, so that no two are the same content (a repeated one would be skipped, not processed). Every variant
 * tells one of five stories, so reconciliation meets the worst case: large groups of one figure.
 */
function generated(n: number, size?: number): RawInput[] {
  return [...generate(n, size)];
}

/** The same reports made one at a time, for a streaming ingest (the corpus is never in memory at once). */
function* generate(n: number, size?: number): Generator<RawInput> {
  const base = readInputs([new URL('../examples/kursk/', import.meta.url).pathname]).inputs.map((i) => i.raw);
  for (let i = 0; i < n; i++) {
    const paras = base[i % base.length].split('\n').filter((p) => p.trim());
    const k = i % paras.length;
    let text = [...paras.slice(k), ...paras.slice(0, k)].join('\n\n').replace(/\d[\d,]*/g, (m) => String(Number(m.replace(/,/g, '')) + (i % 997)));
    if (size) text = text.slice(0, size);
    yield input(`g${i}`, `${text}\n\n(Report ${i}.)`, 'text', `2025-0${1 + (i % 9)}-1${i % 10}`);
  }
}

/**
 * Real articles for the scaling run: PolNeAR's, each copy after the first with some of its capitalised words
 * replaced by made-up names, so that every copy is new content with new names (the entity table, the
 * vocabulary and the stories grow as in a real stream) while its figures recur as a continuing story's do.
 */
function* renamedArticles(n: number): Generator<RawInput> {
  const lines = polnearArticles();
  if (!lines) throw new Error('--scale-corpus articles needs ../shared/eval/data/attribution');
  const syllables = ['ka', 'ro', 'mi', 'ten', 'sa', 'lu', 'vor', 'del', 'an', 'is', 'qu', 'ber', 'ny', 'tho', 'gar', 'lex'];
  const rename = (word: string, copy: number) => {
    let h = Math.imul(copy, 2654435761) >>> 0;
    for (const c of word) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    let s = '';
    for (let k = 0; k < 3; k++, h >>>= 4) s += syllables[h & 15];
    return s[0].toUpperCase() + s.slice(1);
  };
  for (let i = 0; i < n; i++) {
    const l = lines[i % lines.length];
    const copy = Math.floor(i / lines.length);
    const raw = copy === 0 ? l.text : l.text.replace(/\b[A-Z][a-z]{3,}\b/g, (w) => (w.length % 3 === copy % 3 ? rename(w, copy) : w));
    yield input(`a${i}`, raw, 'text', l.published);
  }
}

/** HTML pages: the article-extraction benchmark's when present, else generated pages with chrome around the text. */
function htmlCorpus(n: number): { inputs: RawInput[]; origin: string } {
  const dir = join(shared, 'article-extraction/pages');
  if (existsSync(dir)) {
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    return { inputs: Array.from({ length: n }, (_, i) => input(`h${i}`, pages[i % pages.length] + `<!-- ${i} -->`, 'html')), origin: 'article-extraction pages (../shared/eval/data/article-extraction)' };
  }
  return {
    inputs: generated(n).map((g, i) => input(`h${i}`, `<html><head><title>Report ${i}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Report ${i}</h1>${g.raw.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><aside><h3>Related</h3><ul><li><a href="/a">A story</a></li></ul></aside><footer>© Outlet</footer></body></html>`, 'html')),
    origin: 'generated HTML pages',
  };
}

const mb = (inputs: RawInput[]) => inputs.reduce((s, i) => s + Buffer.byteLength(i.raw), 0) / 1e6;
const rssMb = () => process.memoryUsage().rss / 1e6;
let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, rssMb()); }, 50);

/**
 * The CPU time of each thread of this process so far, in ms by thread id (Linux's /proc; null elsewhere). The
 * worker threads are not told apart from V8's and libuv's helper threads by name (all are "node").
 */
function threadCpu(): Map<number, number> | null {
  try {
    const out = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * 10); // utime + stime, in ticks of 10 ms
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Where a run's CPU went, in seconds: the main thread; the `THREADS` busiest other threads, taken to be the worker
 * threads; and the rest, V8's helper threads (mostly TurboFan compiling, see the README) and libuv's.
 */
function cpuSplit(before: Map<number, number> | null, after: Map<number, number> | null): string | null {
  if (!before || !after) return null;
  const used = [...after].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)] as const).filter(([, ms]) => ms > 0);
  const main = used.find(([tid]) => tid === process.pid)?.[1] ?? 0;
  const others = used.filter(([tid]) => tid !== process.pid).map(([, ms]) => ms).sort((x, y) => y - x);
  const workers = others.slice(0, THREADS).reduce((n, ms) => n + ms, 0);
  const rest = others.slice(THREADS).reduce((n, ms) => n + ms, 0);
  return `main ${fmt(main / 1000)}, worker threads ${fmt(workers / 1000)}, other threads ${fmt(rest / 1000)} (V8's compiler and collector helpers)`;
}

/** End to end into a fresh SQLite file, in batches of `batch` documents; returns seconds, stage times and CPU by thread. */
async function endToEnd(inputs: Iterable<RawInput>, batch = Array.isArray(inputs) ? inputs.length : 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'tri-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const stages: Record<string, number> = {};
  const cpu0 = threadCpu();
  const t0 = performance.now();
  // As `triangulate ingest` does it: batches committed one by one, the next batch's per-document stages in the
  // worker threads while the main thread reconciles and commits the current one.
  await ingestInBatches(store, inputs, { batch, threads: THREADS, onStageTime: (s, ms) => { stages[s] = (stages[s] ?? 0) + ms; } });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSplit(cpu0, threadCpu());
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, stages, cpu };
}

/** wink-nlp's bare sentence and token pass over the same texts (its own instance, sbd only). */
function referencePass(texts: string[]): number {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp');
  const bare = winkNLP(require('wink-eng-lite-web-model'), ['sbd']);
  const t0 = performance.now();
  let n = 0;
  for (const t of texts) {
    const d = bare.readDoc(t);
    n += d.sentences().length() + d.tokens().length();
  }
  if (n < 0) console.log(n);
  return (performance.now() - t0) / 1000;
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const out: Record<string, number | string> = {};

// One size of the scaling run, in a process of its own so that its memory is its own (see (c) below).
const scaleOne = opt('scale-one', '');
if (scaleOne) {
  const n = Number(scaleOne);
  await endToEnd(generated(100, 600).map((d) => ({ ...d, raw: d.raw + ' (warm-up)' }))); // start the workers, warm the JIT
  peak = rssMb();
  const r = await endToEnd(SCALE_CORPUS === 'articles' ? renamedArticles(n) : generate(n, 600), 1000); // read one batch at a time, as `ingest` streams
  clearInterval(sampler);
  await closePool();
  const stages = Object.fromEntries(Object.entries(r.stages).filter(([, ms]) => ms >= 1).map(([k, ms]) => [k, Math.round(ms)]));
  console.log(JSON.stringify({ n, seconds: r.seconds, peakRssMb: Math.max(peak, rssMb()), stages }));
  process.exit(0);
}

const text = textCorpus(TEXTS);
console.log(bundle ? `pipeline: the command's bundle (${bundle})` : 'pipeline: the sources through tsx (no bundle could be made)');
if (args.includes('--thread-scaling')) {
  const ids = text.inputs.map((i) => i.label);
  console.log(`\n(0) per-document stages alone, ${text.inputs.length} articles (${text.origin})`);
  const perThreads: number[] = [];
  for (const threads of [1, THREADS]) {
    await processInWorkers(text.inputs.slice(0, 50), ids.slice(0, 50), { threads }); // start the pool, warm the JIT
    const t0 = performance.now();
    await processInWorkers(text.inputs, ids, { threads });
    const ms = (performance.now() - t0) / text.inputs.length;
    perThreads.push(ms);
    console.log(`    ${threads} thread${threads > 1 ? 's' : ''}: ${fmt(ms, 2)} ms an article (${fmt(1000 / ms)} articles/s)`);
  }
  out.threadSpeedup = Number(fmt(perThreads[0] / perThreads[1], 2));
  console.log(`    ${THREADS} threads do ${fmt(perThreads[0] / perThreads[1], 2)}× the work of one`);
}
await endToEnd(text.inputs.slice(0, 50)); // warm up the workers and the JIT
const textRun = await endToEnd(text.inputs);
const refSeconds = referencePass(text.inputs.map((i) => i.raw));
console.log(`\n(a) plain text: ${text.inputs.length} articles, ${fmt(mb(text.inputs), 2)} MB (${text.origin}), ${THREADS} threads`);
console.log(`    ${fmt(textRun.seconds, 2)} s: ${fmt(text.inputs.length / textRun.seconds)} articles/s, ${fmt(mb(text.inputs) / textRun.seconds, 2)} MB/s`);
console.log(`    reference (wink-nlp sentence+token pass alone, one thread): ${fmt(refSeconds, 2)} s; ratio ${fmt(textRun.seconds / refSeconds, 2)}×`);
if (textRun.cpu) console.log(`    CPU by thread (s): ${textRun.cpu}`);
console.log('    time per stage (ms, summed; worker stages are wall time of the pool):');
for (const [k, v] of Object.entries(textRun.stages)) console.log(`      ${k.padEnd(28)} ${fmt(v, 0)}`);
out.textArticlesPerSec = Number(fmt(text.inputs.length / textRun.seconds));
out.textMbPerSec = Number(fmt(mb(text.inputs) / textRun.seconds, 2));
out.ratioToTokenizer = Number(fmt(textRun.seconds / refSeconds, 2));

const html = htmlCorpus(PAGES);
const htmlRun = await endToEnd(html.inputs);
console.log(`\n(b) HTML: ${html.inputs.length} pages, ${fmt(mb(html.inputs), 2)} MB (${html.origin})`);
console.log(`    ${fmt(htmlRun.seconds, 2)} s: ${fmt(html.inputs.length / htmlRun.seconds)} pages/s, ${fmt(mb(html.inputs) / htmlRun.seconds, 2)} MB/s`);
if (htmlRun.cpu) console.log(`    CPU by thread (s): ${htmlRun.cpu}`);
for (const [k, v] of Object.entries(htmlRun.stages)) console.log(`      ${k.padEnd(28)} ${fmt(v, 0)}`);
out.htmlPagesPerSec = Number(fmt(html.inputs.length / htmlRun.seconds));

console.log(`\n(c) scaling: ${SCALE_CORPUS === 'articles' ? 'PolNeAR articles, renamed copies after the first' : 'generated short reports (~600 characters)'}, ingested in batches of 1,000 into SQLite, each size in a fresh process${SCALE_HEAP ? ` (heap capped at ${SCALE_HEAP} MB)` : ''}`);
const mainPeak = peak;
const scale: Array<[number, number, number]> = [];
for (const n of SIZES) {
  const heap = SCALE_HEAP ? [`--max-old-space-size=${Number(SCALE_HEAP)}`] : [];
  const child = spawnSync(process.execPath, [...heap, ...process.execArgv, fileURLToPath(import.meta.url), '--scale-one', String(n), '--threads', String(THREADS), '--scale-corpus', SCALE_CORPUS], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    console.log(`    ${n} documents: failed (${child.stderr.trim().split('\n').pop()})`);
    continue;
  }
  const r = JSON.parse(last) as { n: number; seconds: number; peakRssMb: number; stages: Record<string, number> };
  scale.push([n, r.seconds, r.peakRssMb]);
  console.log(`    ${String(n).padStart(7)} documents: ${fmt(r.seconds, 1)} s (${fmt(n / r.seconds, 0)} documents/s), peak RSS ${fmt(r.peakRssMb, 0)} MB`);
  console.log(`            main thread (s): ${Object.entries(r.stages).filter(([k]) => !k.startsWith('documents')).map(([k, ms]) => `${k} ${fmt(ms / 1000)}`).join(', ')}`);
}
const [a, b, c] = scale;
out.scale10xTimeRatio = a && b ? Number(fmt(b[1] / a[1], 2)) : 'n/a';
if (b && c) out.scale100xTimeRatioFrom10k = Number(fmt(c[1] / b[1], 2));
out.scaleSizes = scale.map((s) => s[0]).join(',');
out.peakRssMb = scale.length ? Number(fmt(scale[scale.length - 1][2], 0)) : 'n/a';
out.peakRssMbTextAndHtml = Number(fmt(mainPeak, 0));
out.threads = THREADS;
if (SCALE_HEAP) out.scaleHeapMb = Number(SCALE_HEAP);
clearInterval(sampler);
await closePool();
console.log(JSON.stringify(out));
