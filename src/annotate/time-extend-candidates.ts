/**
 * Point modifiers inside TIMEX3 extents: "late 2023", "early next year", "mid-November", "the end of 1990",
 * "earlier this month", "around Nov. 1". Each date candidate gets a longer twin carrying the `mod`.
 */
import type { Span } from '../model/report.ts';
import { EARLIER_LATER_SOURCES, GLUED_MODS, POINT_MODS, POINT_MODS_ALLOWED, POINT_MOD_LEFT_RE } from '../text/en/time-patterns.ts';
import type { TimeCandidate } from './time-candidate.ts';
import { timeExtendLeft } from './time-extend-left.ts';

/**
 * The candidates plus, for each point or day candidate preceded by a modifier, its extended twin.
 * @param text the document text
 * @param win the window (extensions stay inside it)
 * @param candidates the candidates found so far
 * @example timeExtendCandidates('late 2023', {start: 0, end: 9}, [year2023]) // adds "late 2023" with mod END
 */
export function timeExtendCandidates(text: string, win: Span, candidates: TimeCandidate[]): TimeCandidate[] {
  const out = [...candidates];
  for (const c of candidates) {
    if (c.role !== 'point' && c.role !== 'day' && c.role !== 'clock') continue;
    const ext = timeExtendLeft(text, c.start, win.start, POINT_MOD_LEFT_RE);
    if (!ext || !POINT_MODS_ALLOWED.has(ext.word)) continue;
    // "mid-" is glued; the others take a space ("late-November" happens too).
    if (text[c.start - 1] === '-' && !GLUED_MODS.has(ext.word)) continue;
    // "earlier"/"later" only before relative days and weekdays ("earlier this year", "later Tuesday").
    if ((ext.word === 'earlier' || ext.word === 'later') && !EARLIER_LATER_SOURCES.has(c.source)) continue;
    const mod = POINT_MODS.get(ext.word) ?? null;
    const inner = c;
    out.push({
      ...c,
      start: ext.start,
      priority: c.priority,
      source: `${c.source}+mod`,
      resolve: (ctx, self) => {
        // The inner expression reads its tense around the whole extent ("until mid-November").
        const v = inner.resolve(ctx, { ...inner, start: self.start, end: self.end });
        return v && (v.type === 'DATE' || v.type === 'TIME') ? { ...v, mod: v.mod ?? mod } : v;
      },
    });
  }
  return out;
}
