/** Renders a report in the format the user asked for: json, md, html (one file, offline) or csv (claims). */
import type { Report } from '../model/report.ts';
import { renderCsv } from '../report/render-csv.ts';
import { renderHtmlPieces } from '../ui/render-html.ts';
import { jsonReportChunks } from '../report/json-report-chunks.ts';
import { renderMarkdown } from '../report/render-markdown.ts';

export type Format = 'json' | 'md' | 'html' | 'csv';

/** The report as text, whole or in pieces (JSON and HTML: a store's report as one string took several times its size). */
export function renderReport(report: Report, format: Format): string | Iterable<string> {
  if (format === 'md') return renderMarkdown(report);
  if (format === 'html') return renderHtmlPieces(report);
  if (format === 'csv') return renderCsv(report);
  return jsonReportChunks(report);
}
