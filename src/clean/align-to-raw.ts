/**
 * Finds where the words of a decoded block (from HTML) sit in the raw markup, so that cleaned offsets map back
 * to the source. Words are matched in order from a cursor; runs of words that are contiguous in both texts are
 * merged. A word the markup spells differently (entities) is left unmapped rather than guessed.
 */
import type { OffsetRun } from '../model/doc.ts';

/** How far past the cursor a word may be found (markup between two paragraphs can be long). */
const WINDOW = 200_000;
/** After this many unmatched words in a row the block is given up (its text is not in the raw as such). */
const MAX_MISSES = 40;

/**
 * @param raw the raw input
 * @param text the block's decoded text
 * @param from where to start looking in `raw`
 * @returns runs with `start` relative to `text`
 * @example alignToRaw('<p>Hi <b>there</b></p>', 'Hi there', 0) // [{start:0,rawStart:3,length:2,…},{start:3,rawStart:9,length:5,…}]
 */
export function alignToRaw(raw: string, text: string, from: number): OffsetRun[] {
  const whole = indexWithin(raw, text, from);
  if (whole >= 0) return [{ start: 0, rawStart: whole, length: text.length, rawLength: text.length, exact: true }];
  const runs: OffsetRun[] = [];
  const word = /\S+/g;
  let pos = from;
  let misses = 0;
  let m: RegExpExecArray | null;
  while ((m = word.exec(text))) {
    const at = indexWithin(raw, m[0], pos);
    if (at < 0) {
      if (++misses > MAX_MISSES) break;
      continue;
    }
    misses = 0;
    const last = runs[runs.length - 1];
    // Merge with the previous run when the gap between the words is the same in both texts.
    if (last && last.start + last.length <= m.index && m.index - (last.start + last.length) === at - (last.rawStart + last.rawLength)
      && raw.slice(last.rawStart + last.rawLength, at) === text.slice(last.start + last.length, m.index)) {
      last.length = m.index + m[0].length - last.start;
      last.rawLength = at + m[0].length - last.rawStart;
    } else {
      runs.push({ start: m.index, rawStart: at, length: m[0].length, rawLength: m[0].length, exact: true });
    }
    pos = at + m[0].length;
  }
  return runs;
}

/**
 * Where `s` first starts in `raw` at most WINDOW past `from`, or -1. Only the window is searched: a text that is
 * not in the page (a block with inline markup, a word spelled with entities) no longer costs a scan to its end.
 */
function indexWithin(raw: string, s: string, from: number): number {
  const at = raw.slice(from, from + WINDOW + s.length).indexOf(s);
  return at < 0 ? -1 : from + at;
}

/**
 * Maps an offset of the cleaned text to the raw input: exact inside a run, else the raw end of the nearest run
 * before it (or null when no run precedes it).
 */
export function toRawOffset(runs: OffsetRun[], offset: number): number | null {
  let lo = 0, hi = runs.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (best < 0) return null;
  const r = runs[best];
  if (offset <= r.start + r.length) return r.rawStart + Math.min(offset - r.start, r.rawLength);
  return r.rawStart + r.rawLength;
}
