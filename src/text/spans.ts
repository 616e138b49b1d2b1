/** Span helpers shared by the stages: binary searches over annotations sorted by start. */
import { firstIndex } from '../model/first-index.ts';
import type { Span } from '../model/report.ts';

/** Index of the first item whose `span.end` is after `at` (items sorted by start, non-overlapping). */
export function firstEndingAfter<T extends { span: Span }>(items: T[], at: number): number {
  return firstIndex(items, (x) => x.span.end > at);
}

/** Whether `span` lies inside one of `spans`. */
export function insideAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end);
}

/** The items that lie inside `span` (items sorted by start). */
export function within<T extends { span: Span }>(items: T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(items, span.start); i < items.length && items[i].span.start < span.end; i++) {
    if (items[i].span.start >= span.start && items[i].span.end <= span.end) out.push(items[i]);
  }
  return out;
}
