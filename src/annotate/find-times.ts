/**
 * The temporal expression tagger: finds dates, times, durations and sets in a text and normalises them to
 * TIMEX3 values (TimeML conventions, as TempEval-3 annotates them), resolving relative expressions against the
 * publication date.
 */
import { VALUE_DAY_PREFIX_RE, VALUE_QUARTER_RE, VALUE_YEAR_PREFIX_RE } from '../text/en/time-patterns.ts';
import type { TimeAnnotation } from '../model/doc.ts';
import { parseDct } from './time-calendar.ts';
import type { TimeCandidate, TimeContext, TimexValue } from './time-candidate.ts';
import { timeCalendarCandidates } from './time-calendar-candidates.ts';
import { timeChronoCandidates } from './time-chrono-candidates.ts';
import { timeClockCandidates } from './time-clock-candidates.ts';
import { timeCombineCandidates } from './time-combine-candidates.ts';
import { timeContext } from './time-context.ts';
import { timeDurationCandidates } from './time-duration-candidates.ts';
import { timeHolidayCandidates } from './time-holiday-candidates.ts';
import { timeExtendCandidates } from './time-extend-candidates.ts';
import { timeRelativeCandidates } from './time-relative-candidates.ts';
import { timeResolvedInterval } from './time-resolved-interval.ts';
import { timeSelectCandidates } from './time-select-candidates.ts';
import { timeSetCandidates } from './time-set-candidates.ts';
import { timeWindows } from './time-windows.ts';

/** Records what a resolved expression mentions, for the anaphoric ones after it. */
function remember(ctx: TimeContext, c: TimeCandidate, v: TimexValue): void {
  if (c.anaphoric || !v.value || (v.type !== 'DATE' && v.type !== 'TIME')) return;
  let m: RegExpExecArray | null;
  if ((m = VALUE_QUARTER_RE.exec(v.value)) && c.source.startsWith('quarter') && c.source !== 'quarter-anaphor') {
    const y = Number(m[1]);
    const q = Number(m[2]);
    // Only a completed quarter is the one a report is about ("expects a weak fourth quarter" is not).
    if (!ctx.dct || y * 4 + q < ctx.dct.y * 4 + Math.ceil(ctx.dct.m / 3)) ctx.quarter = { y, q, at: c.start };
  }
  if ((m = VALUE_DAY_PREFIX_RE.exec(v.value))) ctx.day = { day: { y: +m[1], m: +m[2], d: +m[3] }, at: c.start };
  if ((m = VALUE_YEAR_PREFIX_RE.exec(v.value))) ctx.year = { y: Number(m[1]), at: c.start };
}

/**
 * Temporal expressions of a text, in text order, without overlaps.
 * @param text the document text (spans are UTF-16 offsets into it; `text.slice(span.start, span.end)` equals
 *   each annotation's `text`)
 * @param published the publication date ("2025-06-17" or "1998-02-13T14:26:00"), or null: relative expressions
 *   then stay patterns ("XXXX-07" for "July") and are never resolved against today
 * @returns annotations with the TIMEX3 type, value and mod, and for DATE/TIME values the calendar interval
 * @example findTimes('Last July, the company said on Tuesday.', '2025-06-17')
 *   // "Last July" → 2024-07 (2024-07-01..2024-07-31), "Tuesday" → 2025-06-17
 */
export function findTimes(text: string, published: string | null): TimeAnnotation[] {
  const out: TimeAnnotation[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const ctx = timeContext(text, parseDct(published));
  for (const win of timeWindows(text)) {
    let candidates: TimeCandidate[] = [
      ...timeChronoCandidates(text, win),
      ...timeCalendarCandidates(text, win),
      ...timeRelativeCandidates(text, win),
      ...timeDurationCandidates(text, win),
      ...timeSetCandidates(text, win),
      ...timeClockCandidates(text, win),
      ...timeHolidayCandidates(text, win),
    ];
    if (candidates.length === 0) continue;
    candidates = timeCombineCandidates(text, timeExtendCandidates(text, win, candidates));
    ctx.enterWindow(win);
    for (const c of timeSelectCandidates(candidates)) {
      if (inQuotedTitle(text, c.start, c.end)) continue;
      let v: TimexValue | null = null;
      try {
        v = c.resolve(ctx, c);
      } catch {
        v = null; // odd content never stops the document
      }
      if (!v) continue;
      remember(ctx, c, v);
      const time = { value: v.value, type: v.type, mod: v.mod ?? null };
      out.push({
        span: { start: c.start, end: c.end },
        text: text.slice(c.start, c.end),
        time,
        resolved: v.type === 'DATE' || v.type === 'TIME' ? timeResolvedInterval(v.value) : null,
      });
    }
  }
  return out;
}

/** Longest quoted title read as one, in characters. */
const MAX_TITLE = 48;

/**
 * Whether `start`–`end` lies in a quoted title, a programme's or a book's ("ABC's “This Week”", "NBC's “Today”",
 * "“CBS This Morning”", "“The Day After Tomorrow”"): a short quotation whose words all open with a capital and that
 * holds no sentence's end. Such words name the title, not a time.
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && start - k <= MAX_TITLE; k--) {
    const ch = text[k];
    if (ch === '“' || ch === '"') { open = k; break; }
    if (ch === '”' || ch === '\n') return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = end; k < text.length && k - open <= MAX_TITLE; k++) {
    const ch = text[k];
    if (ch === '”' || ch === '"') { close = k; break; }
    if (ch === '“' || ch === '\n') return false;
  }
  if (close < 0) return false;
  const words = text.slice(open + 1, close).replace(/[,:]$/, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|with|in|on|for|to|at)$/.test(w)) && !/[.!?]/.test(text.slice(open + 1, close));
}

