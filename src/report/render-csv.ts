/**
 * Renders the claims of a report as CSV (RFC 4180), one row a claim with its document, value, time, source
 * chain, modality, group and verdict. Cells that a spreadsheet would run as a formula are defused.
 */
import type { Report } from '../model/report.ts';

/** Quotes a cell; a leading =, +, -, @ is prefixed with ' so spreadsheets show it as text. */
export function csvCell(v: string | number | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** @example renderCsv(report).split('\n')[0] // 'claim,document,kind,text,…' */
export function renderCsv(report: Report): string {
  const entity = new Map(report.entities.map((e) => [e.id, e.name]));
  const groupOf = new Map<string, Report['groups'][number]>();
  for (const g of report.groups) for (const id of g.claims) groupOf.set(id, g);
  const header = ['claim', 'document', 'kind', 'text', 'low', 'high', 'approximate', 'vague', 'unit', 'time', 'predicate', 'sources', 'modality', 'origin', 'group', 'verdict', 'start', 'end'];
  const rows = report.claims.map((c) => {
    const g = groupOf.get(c.id);
    return [c.id, c.document, c.kind, c.text, c.quantity?.low, c.quantity?.high, c.quantity ? String(c.quantity.approximate) : '', c.quantity?.vague, c.quantity?.unit,
      c.time?.value, c.event.predicate, c.attribution.map((a) => entity.get(a.source) ?? a.source).join(' <- '), c.modality, c.origin, g?.id, g?.verdict, c.span.start, c.span.end];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
