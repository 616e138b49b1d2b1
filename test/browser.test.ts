/**
 * The web UI in Debian's headless Chromium (playwright-core, executablePath /usr/bin/chromium): the served UI on
 * kursk (story, figure table, the treaty-date contradiction, a claim's highlighted source) and the one-file HTML
 * report with hostile content (script, onerror, javascript: links, </script> inside the JSON). Skipped, with a
 * message, where Chromium is not installed (`apt-get install chromium`; .ci/run installs it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { readInputs } from '../src/cli/read-inputs.ts';
import { createApp } from '../src/server/create-app.ts';
import { ingestIntoStore } from '../src/store/ingest-into-store.ts';
import { openMemoryStore } from '../src/store/memory/memory-store.ts';
import { runPipeline } from '../src/pipeline.ts';
import { buildReport } from '../src/report/build-report.ts';
import { renderHtml } from '../src/ui/render-html.ts';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : 'Chromium is not installed (apt-get install chromium)';
// The README's screenshots are rewritten with SCREENSHOTS=1 npm test; other runs keep theirs in a temp folder.
const SHOTS = process.env.SCREENSHOTS ? new URL('../docs/screenshots/', import.meta.url).pathname : mkdtempSync(join(tmpdir(), 'tri-shots-'));
let browser: Browser;

before(async () => {
  if (skip) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
});

test('the served UI: kursk story, figures, the treaty contradiction, a highlighted claim', { skip }, async () => {
  const store = openMemoryStore();
  ingestIntoStore(store, readInputs([new URL('../examples/kursk/', import.meta.url).pathname]).inputs);
  const app = createApp({ store, token: 'ui-token' });
  const server = await new Promise<{ close: () => void; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ close: () => s.close(), port: info.port }));
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.locator('a[data-story]:not([data-story="all"])').first().click();
    await page.locator('table.figures').waitFor();
    assert.ok(await page.locator('table.figures tbody tr').count() >= 1, 'the figure table has rows');
    const contradictions = await page.locator('ul.contradictions').innerText();
    assert.match(contradictions, /July 2024.*June 2024|June 2024.*July 2024/s, 'the treaty date contradiction is shown');
    await page.screenshot({ path: join(SHOTS, 'story.png'), fullPage: true });
    await page.locator('table.figures a.claim').first().click();
    const mark = page.locator('mark#highlight');
    await mark.waitFor();
    const claimId = await mark.getAttribute('data-claim');
    const text = await mark.innerText();
    const report = await (await fetch(`http://127.0.0.1:${server.port}/api/claims/${claimId}`)).json();
    assert.equal(text, report.text, 'the highlighted span is the claim text');
    await page.screenshot({ path: join(SHOTS, 'claim.png') });
    // The page fetched the stories, then the part of the report the story shows (without texts or mentions), and
    // this document's text when it was opened; never the whole report.
    assert.ok(requests.some((u) => u.endsWith('/api/stories')), requests.join(' '));
    assert.ok(requests.some((u) => /\/api\/report\?omit=mentions,text&story=[^&]+$/.test(u)), requests.join(' '));
    assert.ok(requests.some((u) => /\/api\/documents\/[^/]+$/.test(u)), requests.join(' '));
    assert.ok(!requests.some((u) => /\/api\/report(\?omit=mentions,text)?$/.test(u)), requests.join(' '));
    // A review: the token and a note are asked for; the badge shows without fetching the report again.
    page.on('dialog', (d) => void d.accept(d.message().includes('token') ? 'ui-token' : 'checked against the NIS briefing'));
    const reports = requests.filter((u) => u.includes('/api/report')).length;
    await page.locator('.claim-card button[data-review="confirmed"]').click();
    await page.locator('.claim-card span.review.confirmed').waitFor();
    assert.deepEqual(store.reviews().map((r) => [r.target, r.status, r.note]), [['claim', 'confirmed', 'checked against the NIS briefing']]);
    assert.equal(requests.filter((u) => u.includes('/api/report')).length, reports);
    // A document opened from its address alone: the page fetches the part of the report that document shows.
    const doc = (await (await fetch(`http://127.0.0.1:${server.port}/api/claims/${claimId}`)).json()).document;
    await page.goto(`http://127.0.0.1:${server.port}/#/doc/${encodeURIComponent(doc)}/${encodeURIComponent(claimId!)}`);
    await page.reload();
    await page.locator('mark#highlight').waitFor();
    assert.equal(await page.locator('mark#highlight').innerText(), text);
    assert.ok(requests.some((u) => u.endsWith(`/api/report?omit=mentions,text&document=${encodeURIComponent(doc)}`)), requests.join(' '));
    await page.locator('.claim-card span.review.confirmed').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    server.close();
  }
});

test('hostile article content renders as text in the one-file report', { skip }, async () => {
  const payloads = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 2">',
    '</script><script>window.__pwned = 3</script>',
    '<a href="javascript:window.__pwned=4">click</a>',
  ];
  const text = `Officials said 1,200 residents were evacuated on Monday. ${payloads.join(' ')} The dam failed after 3 days of rain.`;
  const corpus = runPipeline([{ label: 'x', source: { path: 'x.txt', url: 'javascript:window.__pwned=5', outlet: '<b onmouseover=alert(1)>Evil</b>' }, format: 'text', raw: text, meta: { title: '<img src=x onerror="window.__pwned=6">', published: '2024-10-24' } }]);
  const html = renderHtml(buildReport(corpus));
  assert.equal(html.match(/<script\b/gi)?.length, 2, 'only the data and the app scripts');
  const file = join(mkdtempSync(join(tmpdir(), 'tri-ui-')), 'report.html');
  writeFileSync(file, html);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`file://${file}#/doc/${corpus.documents[0].id}`);
    await page.locator('.doc-text').waitFor();
    assert.match(await page.locator('.doc-text').innerText(), /<script>window.__pwned = 1<\/script>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('.doc-text img, .doc-text script, main img').count(), 0);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(hrefs.every((h) => !/^javascript:/i.test(h)), hrefs.join(' '));
    await page.screenshot({ path: join(SHOTS, 'hostile.png') });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('Chromium is found where the tests expect it', { skip: !!skip || process.platform !== 'linux' }, () => {
  assert.equal(spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).status, 0);
});
