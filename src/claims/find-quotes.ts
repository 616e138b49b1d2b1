/**
 * Quotations and their speakers. A quotation may run over several sentences; its speaker is named once, before
 * it ("X said: “…”") or after it ("“…,” X said"), and every claim inside it is that speaker's.
 */
import type { Span } from '../model/report.ts';

/** Longest quotation followed (characters): longer "quotes" are unbalanced quote marks. */
export const MAX_QUOTE = 4000;

/** Opening and closing quotation marks: curly, straight, and the two apostrophes some outlets use (''…''). */
const MARKS: Array<[string, string]> = [['“', '”'], ['"', '"'], ["''", "''"]];

/**
 * Spans of quotations in `text` (curly “…” pairs, straight "…" pairs, or ''…'' pairs), inside one block (no blank line).
 * @example quoteSpans('He said “we will win.” Then left.') // [{ start: 8, end: 22 }]
 */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    // The first opening mark, and the mark that closes it.
    let start = -1;
    let close = '';
    for (const [o, c] of MARKS) {
      const at = text.indexOf(o, i);
      if (at >= 0 && (start < 0 || at < start)) {
        start = at;
        close = c;
      }
    }
    if (start < 0) break;
    const end = closingAt(text, close, start + 1);
    const blank = text.indexOf('\n\n', start + 1);
    const paragraphEnd = blank < 0 ? text.length : blank;
    if (end < 0 || (blank >= 0 && blank < end)) {
      // News convention: a quotation running over several paragraphs opens each one and closes only the last,
      // so an unclosed quotation runs to the end of its paragraph.
      if (paragraphEnd - start <= MAX_QUOTE && paragraphEnd - start > 20) out.push({ start, end: paragraphEnd });
      i = paragraphEnd;
      continue;
    }
    if (end - start > MAX_QUOTE) {
      i = start + 1;
      continue;
    }
    out.push({ start, end: end + close.length });
    i = end + close.length;
  }
  return out;
}

/**
 * Where the quotation opened before `from` closes: its closing mark, or a mark of the other kind that can only close
 * there, as outlets mix them: a straight quotation closed by a curly one ("\"Never underestimate Trump,” Reid said"),
 * a curly one closed by an opening mark typed after the quotation's last punctuation ("“It's unusual,“ said Larry
 * Noble"). -1 when it does not close.
 */
function closingAt(text: string, close: string, from: number): number {
  let end = text.indexOf(close, from);
  const other = close === '"' ? '”' : close === '”' ? '“' : null;
  if (!other) return end;
  for (let k = text.indexOf(other, from); k >= 0 && (end < 0 || k < end); k = text.indexOf(other, k + 1)) {
    if (other === '”' || (/[,.!?]/.test(text[k - 1] ?? '') && /\s/.test(text[k + 1] ?? ''))) {
      end = k;
      break;
    }
  }
  return end;
}

