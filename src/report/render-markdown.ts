/**
 * Renders a report as Markdown a person can read: the documents with title, date, outlet, language, what was
 * removed and which passages restate the article; then the errors.
 */
import type { Report } from '../model/report.ts';

/** Escapes Markdown control characters in untrusted text so it renders as written. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!|<>~]/g, (c) => '\\' + c).replace(/\s+/g, ' ').trim();
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/** @example renderMarkdown(report).startsWith('# Triangulate report') // true */
export function renderMarkdown(report: Report): string {
  const out: string[] = ['# Triangulate report', ''];
  const docs = report.documents;
  out.push(`${docs.length} document${docs.length === 1 ? '' : 's'}, ${report.claims.length} claims, ${report.mentions.length} mentions.`, '');
  out.push('## Documents', '');
  for (const d of docs) {
    out.push(`### ${d.id}: ${d.title ? escapeMarkdown(d.title) : '(untitled)'}`, '');
    const date = d.published.value ? `${d.published.value} (${d.published.origin})` : 'unknown';
    out.push(`- Source: ${escapeMarkdown(d.source.path ?? d.source.url ?? '-')}${d.source.url ? ` <${escapeMarkdown(d.source.url)}>` : ''}`);
    out.push(`- Published: ${date}`);
    out.push(`- Outlet: ${d.source.outlet ? escapeMarkdown(d.source.outlet) : 'unknown'}`);
    out.push(`- Language: ${d.language}; ${d.text.length} characters of text`);
    if (d.duplicateOf) out.push(`- Nearly repeats ${d.duplicateOf}`);
    if (d.removed.length) {
      out.push(`- Removed (${d.removed.length}):`);
      for (const r of d.removed) out.push(`  - ${r.reason}: "${escapeMarkdown(clip(r.text, 100))}"`);
    } else out.push('- Removed: nothing');
    const der = d.derivative ?? [];
    if (der.length) {
      out.push(`- Restates the article (${der.length} passage${der.length === 1 ? '' : 's'}, kept but not counted as sources):`);
      for (const x of der) out.push(`  - ${x.reason}: "${escapeMarkdown(clip(d.text.slice(x.span.start, x.span.end), 100))}"`);
    }
    out.push('');
  }
  const errors = report.errors ?? [];
  if (errors.length) {
    out.push('## Inputs that failed', '');
    for (const e of errors) out.push(`- ${escapeMarkdown(e.input)}: ${escapeMarkdown(e.message)} (${e.code})`);
    out.push('');
  }
  return out.join('\n');
}
