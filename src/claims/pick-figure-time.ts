/**
 * The time a figure refers to: a date of the same sentence ("11,000 personnel in October of last year"), the
 * nearest one, unless it belongs to another figure of the sentence or to the act of reporting ("On Tuesday,
 * Shoigu announced that 6,000 troops …": Tuesday dates the announcement, not the troops).
 */
import type { TimeAnnotation } from '../model/doc.ts';
import type { Span } from '../model/report.ts';

const REPORT_BETWEEN = /\b(?:said|says|told|announced|stated|reported|claimed|added|noted|that|according to)\b/i;

/**
 * @param text the document text
 * @param span the figure's span
 * @param times DATE/TIME annotations of the sentence
 * @param figures spans of all figures of the sentence
 */
export function pickFigureTime(text: string, span: Span, times: TimeAnnotation[], figures: Span[]): TimeAnnotation | null {
  const dist = (a: Span, b: Span) => (a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0);
  let best: TimeAnnotation | null = null;
  let bestD = Infinity;
  for (const t of times) {
    if (t.time.type === 'DURATION' || t.time.type === 'SET' || !t.time.value || /_REF$/.test(t.time.value)) continue;
    if (t.span.start < span.end && span.start < t.span.end) continue;
    const d = dist(t.span, span);
    // A date nearer to another figure belongs to that one.
    if (figures.some((f) => f !== span && dist(t.span, f) < d)) continue;
    const between = t.span.end <= span.start ? text.slice(t.span.end, span.start) : text.slice(span.end, t.span.start);
    if (t.span.end <= span.start && REPORT_BETWEEN.test(between)) continue;
    if (d < bestD) {
      bestD = d;
      best = t;
    }
  }
  return best;
}
