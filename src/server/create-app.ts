/**
 * The HTTP API and the web UI, as a Hono app over a store. Reads are open on loopback; every write (ingest,
 * reviews) needs the bearer token. Bodies are validated and size-limited; pages carry a strict
 * Content-Security-Policy; static files come from a fixed map, so no URL reaches the file system.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { describeIssues, JsonlLineSchema } from '../ingest/input-schemas.ts';
import type { RawInput } from '../model/doc.ts';
import type { Report } from '../model/report.ts';
import { ReviewInputSchema } from '../model/review.ts';
import { attachReview, buildReport, reportDocument } from '../report/build-report.ts';
import { joinedPieces, jsonReportChunks } from '../report/json-report-chunks.ts';
import { reportPart } from '../report/report-slice.ts';
import { ingestIntoStore } from '../store/ingest-into-store.ts';
import { FOR_LEAN_REPORT, FOR_REPORT, StoreError, type Store } from '../store/store.ts';
import { APP_SCRIPT, APP_STYLE } from '../ui/assets.ts';
import { pageShell } from '../ui/render-html.ts';
import { OPENAPI } from './openapi.ts';
import { pageOf } from './page-of.ts';

export interface AppOptions {
  store: Store;
  /** The bearer token for writes (and for reads when not on loopback); null refuses every write. */
  token: string | null;
  /** Whether reads need the token too (default false: reads are open, as on loopback). */
  protectReads?: boolean;
  /** Largest request body in bytes (default 10 MiB). */
  maxBody?: number;
  /** Most documents in one ingest request (default 1,000). */
  maxDocuments?: number;
  now?: () => Date;
}

export const IngestBodySchema = z.object({ documents: z.array(z.unknown()).min(1) }).strict();

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function tokenMatches(given: string | undefined, token: string | null): boolean {
  if (!token || !given) return false;
  const m = /^Bearer\s+(.+)$/i.exec(given.trim());
  if (!m) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What `GET /api/report?omit=` may leave out: what the lean report, the one the server keeps, lacks. */
const LEAN = new Set(['mentions', 'text']);

/** The report without the parts named (empty lists and texts, so that it keeps its shape). */
function leaner(report: Report, omit: Set<string>): Report {
  if (!omit.size) return report;
  return {
    ...report,
    mentions: omit.has('mentions') ? [] : report.mentions,
    documents: omit.has('text') ? report.documents.map((d) => ({ ...d, text: '', removed: [], derivative: [] })) : report.documents,
  };
}

/** @example const app = createApp({ store, token: 'secret' }); await app.request('/api/stories') */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const app = new Hono();
  // What the server keeps between requests is the lean report (no mentions, no document texts): at 8,000 articles
  // the whole one held twice the memory. The whole report is built again when asked for, and a document's text is
  // read from the store.
  let cached: { report: Report; textLength: Map<string, number> } | null = null;
  // The whole report of the last request for it, while a response still streams it: requests that overlap share
  // one instead of holding one each (at 8,000 articles, about 0.6 GB apiece). Any write lets it go.
  let lastFull: WeakRef<Report> | null = null;
  const fullReport = () => {
    const alive = lastFull?.deref();
    if (alive) return alive;
    const built = buildReport(store.load(FOR_REPORT), [], store.reviews());
    lastFull = new WeakRef(built);
    return built;
  };
  const lean = () => {
    if (!cached) {
      // Built from the documents without their annotations (FOR_LEAN_REPORT): what the mentions are made of.
      const built = buildReport(store.load(FOR_LEAN_REPORT), [], store.reviews());
      cached = { report: leaner(built, LEAN), textLength: new Map(built.documents.map((d) => [d.id, d.text.length])) };
    }
    return cached;
  };
  const report = () => lean().report;
  const problem = (c: Context, status: 400 | 401 | 403 | 404 | 413 | 500 | 507, code: string, message: string) => c.json({ error: { code, message } }, status);

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  const needToken = async (c: Context, next: () => Promise<void>) => {
    if (!options.token) return problem(c, 403, 'writes-disabled', 'writes are disabled: start the server with a token (TRIANGULATE_TOKEN or --token-file)');
    if (!tokenMatches(c.req.header('authorization'), options.token)) return problem(c, 401, 'unauthorized', 'a valid bearer token is required for this request');
    await next();
  };
  if (options.protectReads) {
    app.use('/api/*', async (c, next) => {
      if (c.req.path === '/api/openapi.json') return next();
      if (!tokenMatches(c.req.header('authorization'), options.token)) return problem(c, 401, 'unauthorized', 'a valid bearer token is required');
      await next();
    });
  }
  const limit = (max: number) => bodyLimit({ maxSize: max, onError: (c) => problem(c, 413, 'too-large', `the request body is over ${max} bytes`) });

  // ---- reads ----------------------------------------------------------------------------------------
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  // The whole report, streamed member by member: as one string a large store's report doubled the server's memory.
  // `omit` leaves out what the web UI fetches only when it needs it: the mentions (it shows none) and the documents'
  // texts (removed lines and derivative passages too; /api/documents/{id} has them): well over half of the bytes.
  // Without both, the report is built from the store for the request (the server keeps only the lean one).
  // `story` or `document` cut it down to what the web UI shows of one story or one document (reportSlice): on a
  // large store the UI fetches a story at a time, not the whole report.
  app.get('/api/report', (c) => {
    const omit = new Set((c.req.query('omit') ?? '').split(',').map((x) => x.trim()).filter(Boolean));
    const unknown = [...omit].filter((x) => !LEAN.has(x));
    if (unknown.length) return problem(c, 400, 'bad-query', `omit takes ${[...LEAN].join(' and ')}, not ${unknown.join(', ')}`);
    const story = c.req.query('story'), document = c.req.query('document');
    if (story !== undefined && document !== undefined) return problem(c, 400, 'bad-query', 'give story or document, not both');
    const part = reportPart(omit.size === LEAN.size ? report() : leaner(fullReport(), omit), { story, document });
    if (typeof part === 'string') return problem(c, 404, 'not-found', part);
    const pieces = joinedPieces(jsonReportChunks(part, 0));
    const utf8 = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(utf8.encode(next.value));
      },
    });
    return c.body(body, 200, { 'content-type': 'application/json' });
  });
  /** A list under `name`, whole or, with `offset` or `limit`, one page of it with `total`, `offset` and `limit`. */
  const listed = <T>(c: Context, name: string, list: T[]) => {
    const page = pageOf(list, c.req.query('offset'), c.req.query('limit'));
    if (typeof page === 'string') return problem(c, 400, 'bad-query', page);
    const { items, ...where } = page;
    return c.json({ [name]: items, ...where });
  };
  app.get('/api/stories', (c) => listed(c, 'stories', report().stories));
  app.get('/api/documents', (c) => listed(c, 'documents',
    report().documents.map((d) => ({ id: d.id, title: d.title, published: d.published, source: d.source, language: d.language, duplicateOf: d.duplicateOf, length: lean().textLength.get(d.id) ?? 0 }))));
  app.get('/api/documents/:id', (c) => {
    const d = store.findDocument(c.req.param('id'), FOR_REPORT);
    return d ? c.json(reportDocument(d)) : problem(c, 404, 'not-found', `no document ${c.req.param('id')}`);
  });
  app.get('/api/claims', (c) => {
    const doc = c.req.query('document');
    return listed(c, 'claims', doc ? report().claims.filter((x) => x.document === doc) : report().claims);
  });
  app.get('/api/claims/:id', (c) => {
    const id = c.req.param('id');
    const cl = report().claims.find((x) => x.id === id || x.key === id);
    return cl ? c.json(cl) : problem(c, 404, 'not-found', `no claim ${id}`);
  });
  app.get('/api/groups', (c) => listed(c, 'groups', report().groups));
  app.get('/api/contradictions', (c) => listed(c, 'contradictions', report().contradictions));
  app.get('/api/timeline', (c) => listed(c, 'timeline', report().timeline));
  app.get('/api/entities', (c) => listed(c, 'entities', report().entities));
  app.get('/api/search', (c) => {
    const q = c.req.query('q') ?? '';
    if (q.length > 500) return problem(c, 400, 'bad-query', 'the query is over 500 characters');
    const n = Number(c.req.query('limit') ?? 50);
    if (!Number.isInteger(n) || n < 1 || n > 500) return problem(c, 400, 'bad-query', 'limit must be a whole number from 1 to 500');
    return c.json({ query: q, hits: store.search(q, n) });
  });
  app.get('/api/reviews', (c) => listed(c, 'reviews', store.reviews()));

  // ---- writes ---------------------------------------------------------------------------------------
  /** The JSON body, or undefined when it is not JSON. */
  const jsonBody = async (c: Context): Promise<unknown> => {
    try {
      return await c.req.json();
    } catch {
      return undefined;
    }
  };

  app.post('/api/reviews', limit(16 * 1024), needToken, async (c) => {
    const body = await jsonBody(c);
    if (body === undefined) return problem(c, 400, 'bad-json', 'the body is not valid JSON');
    const parsed = ReviewInputSchema.safeParse(body);
    if (!parsed.success) return problem(c, 400, 'bad-review', describeIssues(parsed.error));
    // Found in the store, and added to the report kept in memory, if any: a large store's report is not rebuilt
    // for every review.
    const target = parsed.data.target === 'claim' ? store.findClaim(parsed.data.key) : store.findGroup(parsed.data.key);
    if (!target) return problem(c, 404, 'not-found', `no ${parsed.data.target} with key or id ${parsed.data.key}`);
    // Reviews point at the stable key, so they survive re-ingests that renumber ids.
    const review = store.addReview({ ...parsed.data, key: target.key ?? target.id }, options.now?.());
    if (cached) attachReview(cached.report, review);
    lastFull = null;
    return c.json({ review }, 201);
  });

  app.post('/api/ingest', limit(options.maxBody ?? 10 * 1024 * 1024), needToken, async (c) => {
    const body = await jsonBody(c);
    if (body === undefined) return problem(c, 400, 'bad-json', 'the body is not valid JSON');
    const parsed = IngestBodySchema.safeParse(body);
    if (!parsed.success) return problem(c, 400, 'bad-body', `expected {"documents": [ … ]}: ${describeIssues(parsed.error)}`);
    const max = options.maxDocuments ?? 1000;
    if (parsed.data.documents.length > max) return problem(c, 413, 'too-many', `${parsed.data.documents.length} documents is over the limit of ${max} a request`);
    const inputs: RawInput[] = [];
    const errors: Array<{ index: number; message: string }> = [];
    parsed.data.documents.forEach((d, i) => {
      const line = JsonlLineSchema.safeParse(d);
      if (!line.success) {
        errors.push({ index: i, message: describeIssues(line.error) });
        return;
      }
      const o = line.data;
      const label = o.id ?? `request#${i + 1}`;
      inputs.push({
        label, source: { path: o.id ?? null, url: o.url ?? null, outlet: o.outlet ?? null },
        format: typeof o.html === 'string' && typeof o.text !== 'string' ? 'html' : 'text',
        raw: (typeof o.text === 'string' ? o.text : o.html) ?? '',
        meta: { id: o.id ?? undefined, title: o.title ?? null, published: o.published ?? null, url: o.url ?? null, outlet: o.outlet ?? null },
      });
    });
    if (errors.length) return problem(c, 400, 'bad-documents', errors.map((e) => `documents[${e.index}]: ${e.message}`).join('; '));
    try {
      const out = ingestIntoStore(store, inputs, { now: options.now?.() });
      cached = null;
      lastFull = null;
      return c.json({ added: out.added, skipped: out.skipped, changes: out.changes }, 200);
    } catch (e) {
      if (e instanceof StoreError) return problem(c, e.code === 'disk-full' ? 507 : 500, e.code, e.message);
      throw e;
    }
  });

  // ---- the UI ---------------------------------------------------------------------------------------
  const page = (c: Context) => {
    c.header('content-security-policy', PAGE_CSP);
    return c.html(pageShell({
      title: 'Triangulate',
      head: '<link rel="stylesheet" href="/assets/app.css">',
      body: '<script src="/assets/app.js"></script>',
      bodyAttrs: ' data-api="/api"',
    }));
  };
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/', page);
  app.get('/index.html', page);
  const ASSETS: Record<string, [string, string]> = {
    'app.js': [APP_SCRIPT, 'text/javascript; charset=utf-8'],
    'app.css': [APP_STYLE, 'text/css; charset=utf-8'],
  };
  app.get('/assets/:name', (c) => {
    const asset = Object.hasOwn(ASSETS, c.req.param('name')) ? ASSETS[c.req.param('name')] : null;
    if (!asset) return problem(c, 404, 'not-found', 'no such asset');
    c.header('content-type', asset[1]);
    c.header('cache-control', 'no-cache');
    return c.body(asset[0]);
  });
  app.notFound((c) => problem(c, 404, 'not-found', `no route for ${c.req.method} ${c.req.path}`));
  app.onError((e, c) => problem(c, 500, 'internal', `internal error: ${e.message}`));
  return app;
}
