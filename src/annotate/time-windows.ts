/**
 * Cuts a text into bounded windows for the time tagger: paragraphs (lines), and long paragraphs at sentence ends
 * (or, failing that, at a space), so that chrono and the tense scan never see a huge string.
 */
import { NON_BLANK_RE } from '../text/en/time-patterns.ts';
import type { Span } from '../model/report.ts';

/**
 * The windows of a text, in order, covering every non-blank line.
 * @param text the document text
 * @param maxLength the longest window (default 2000 UTF-16 units); a longer line is cut at the last sentence end
 *   (". " + capital) before the limit, else at the last space, else hard
 * @example timeWindows('One.\nTwo.') // [{start: 0, end: 4}, {start: 5, end: 9}]
 */
export function timeWindows(text: string, maxLength = 2000): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    while (lineEnd - s > maxLength) {
      const limit = s + maxLength;
      let cut = -1;
      // The last sentence end before the limit, in the second half of the window.
      for (let i = limit - 2; i > s + maxLength / 2; i--) {
        const c = text.charCodeAt(i);
        if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) {
          const n = text.charCodeAt(i + 2);
          if (n >= 65 && n <= 90) {
            cut = i + 2;
            break;
          }
        }
      }
      if (cut < 0) {
        // The last space in the second half of the window (a bounded scan: lastIndexOf could run to the start).
        let sp = -1;
        for (let i = limit; i > s + maxLength / 2; i--) {
          if (text.charCodeAt(i) === 32) {
            sp = i;
            break;
          }
        }
        cut = sp > 0 ? sp + 1 : limit;
        // Never between the two halves of a surrogate pair.
        const c = text.charCodeAt(cut - 1);
        if (c >= 0xd800 && c <= 0xdbff) cut++;
      }
      out.push({ start: s, end: cut });
      s = cut;
    }
    if (NON_BLANK_RE.test(text.slice(s, lineEnd))) out.push({ start: s, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  return out;
}
