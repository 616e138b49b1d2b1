/**
 * Clock times chrono does not read, or reads differently from TimeML: "noon", "midnight", "mid-afternoon",
 * "10 p.m" (no final dot), "4 in the morning", "9 a.m. EST".
 */
import { allMatches } from '../text/all-matches.ts';
import type { Span } from '../model/report.ts';
import { APPROX_WORDS, CLOCK_RE, CLOCK_WORD_RE, CLOCK_WORD_VALUES } from '../text/en/time-patterns.ts';
import { formatDay, pad } from './time-calendar.ts';
import type { TimeCandidate } from './time-candidate.ts';

/**
 * A clock candidate: a time of day without a day; alone it is read on the publication day.
 * @param start offsets of the expression
 * @param clock the TIMEX3 time part ("T14:30", "TAF")
 * @param mod TIMEX3 mod or null
 * @example clockCandidate(0, 6, 'T12:00', null, 'clock-word')
 */
export function clockCandidate(start: number, end: number, clock: string, mod: string | null, source: string): TimeCandidate {
  return {
    start, end, priority: 2, role: 'clock', clock, source,
    resolve: (ctx) => ({ type: 'TIME', value: `${ctx.dct ? formatDay(ctx.dct) : 'XXXX-XX-XX'}${clock}`, mod }),
  };
}

/**
 * Clock candidates in a window.
 * @param text the document text
 * @param win the window ([start, end) offsets into `text`)
 * @example timeClockCandidates('at noon Thursday', {start: 0, end: 16}) // "noon"
 */
export function timeClockCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  for (const m of allMatches(CLOCK_WORD_RE, slice)) {
    const g = m.groups ?? {};
    const info = CLOCK_WORD_VALUES.get(g.w.toLowerCase());
    if (!info) continue;
    const start = win.start + (m.index ?? 0);
    const approx = !!g.pre && APPROX_WORDS.has(g.pre.trim().toLowerCase());
    out.push(clockCandidate(approx ? start : start + (g.pre ?? '').length, start + m[0].length, info.clock, approx ? 'APPROX' : info.mod ?? null, 'clock-word'));
  }
  for (const m of allMatches(CLOCK_RE, slice)) {
    const g = m.groups ?? {};
    let h = Number(g.h);
    const min = g.m ? Number(g.m) : 0;
    const ap = (g.ap ?? '').toLowerCase();
    const inthe = (g.inthe ?? '').toLowerCase();
    if (ap.startsWith('p') || inthe.includes('afternoon') || inthe.includes('evening') || inthe.includes('night')) {
      if (h < 12) h += 12;
    } else if ((ap.startsWith('a') || inthe.includes('morning')) && h === 12) h = 0;
    if (h > 24 || (!ap && !inthe)) continue;
    if (inthe === "o'clock") continue;
    const start = win.start + (m.index ?? 0);
    const end = start + m[0].length;
    out.push(clockCandidate(start, end, `T${pad(h, 2)}:${pad(min, 2)}`, null, 'clock'));
  }
  return out;
}
