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
