/**
 * The one-file HTML report: the analysts' UI with the report embedded as JSON, working offline. The JSON sits in
 * a `<script type="application/json">` with every `<` escaped, so no text of an article can close the tag; the
 * page's Content-Security-Policy allows only its own inline script and style (by hash) and no network.
 */
import type { Report } from '../model/report.ts';
import { jsonReportChunks } from '../report/json-report-chunks.ts';
import { APP_SCRIPT, APP_STYLE, cspHash } from './assets.ts';

/** JSON text made safe inside a script element: `<`, `>`, `&`, U+2028 and U+2029 escaped (each on its own). */
function forScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** JSON safe inside a script element. */
export function jsonForScript(value: unknown): string {
  return forScript(JSON.stringify(value));
}

/** Escapes text for an HTML text node or attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The page shell shared by the one-file report and the served UI. */
export function pageShell(options: { title: string; body: string; head: string; bodyAttrs?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${options.head}
<title>${escapeHtml(options.title)}</title>
</head>
<body${options.bodyAttrs ?? ''}>
<header><a href="#/">Triangulate</a><span class="muted">evidence ledger</span><form id="search" role="search"><input id="q" type="search" placeholder="Search claims and documents" aria-label="Search"></form></header>
<main id="main"></main>
${options.body}
</body>
</html>
`;
}

/** Where the report goes in the page (a text no page has). */
const REPORT_HERE = '\u0000report\u0000';

/**
 * The one-file report in pieces: the page around the report, and the report's JSON member by member (escaped piece
 * by piece, which escapes as the whole would). As one string, a store's report took several times its size: the
 * JSON, its escaped copy and the page (a 244 MB page took 2.5 GB).
 * @example [...renderHtmlPieces(report)].join('').startsWith('<!doctype html>') // true
 */
export function* renderHtmlPieces(report: Report): Generator<string> {
  const csp = `default-src 'none'; script-src ${cspHash(APP_SCRIPT)}; style-src ${cspHash(APP_STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const [before, after] = pageShell({
    title: 'Triangulate report',
    head: `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">\n<style>${APP_STYLE}</style>`,
    body: `<script type="application/json" id="report-data">${REPORT_HERE}</script>\n<script>${APP_SCRIPT}</script>`,
  }).split(REPORT_HERE);
  yield before;
  for (const piece of jsonReportChunks(report, 0)) yield forScript(piece);
  yield after;
}

/** @example renderHtml(report).startsWith('<!doctype html>') // true */
export function renderHtml(report: Report): string {
  return [...renderHtmlPieces(report)].join('');
}
