/** Renders a report in the format the user asked for: json, md, html (one file, offline) or csv (claims). */
import type { Report } from '../model/report.ts';
import { renderCsv } from '../report/render-csv.ts';
import { renderHtml } from '../ui/render-html.ts';
import { renderMarkdown } from '../report/render-markdown.ts';

export type Format = 'json' | 'md' | 'html' | 'csv';

export function renderReport(report: Report, format: Format): string {
  if (format === 'md') return renderMarkdown(report);
  if (format === 'html') return renderHtml(report);
  if (format === 'csv') return renderCsv(report);
  return JSON.stringify(report, null, 2) + '\n';
}
