/**
 * The one-file HTML report: the analysts' UI with the report embedded as JSON, working offline. The JSON sits in
 * a `<script type="application/json">` with every `<` escaped, so no text of an article can close the tag; the
 * page's Content-Security-Policy allows only its own inline script and style (by hash) and no network.
 */
import type { Report } from '../model/report.ts';
import { APP_SCRIPT, APP_STYLE, cspHash } from './assets.ts';

/** JSON safe inside a script element: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

/** @example renderHtml(report).startsWith('<!doctype html>') // true */
export function renderHtml(report: Report): string {
  const csp = `default-src 'none'; script-src ${cspHash(APP_SCRIPT)}; style-src ${cspHash(APP_STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return pageShell({
    title: 'Triangulate report',
    head: `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">\n<style>${APP_STYLE}</style>`,
    body: `<script type="application/json" id="report-data">${jsonForScript(report)}</script>\n<script>${APP_SCRIPT}</script>`,
  });
}
