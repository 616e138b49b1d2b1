/**
 * Durations and offsets built on a counted unit: "two years", "nearly eight months", "the past two years",
 * "24 hours", "a decade", "three-day", "for months", and the dates "two weeks ago", "a year earlier".
 */
import { allMatches } from '../text/all-matches.ts';
import { mentionsAny } from '../text/mentions-any.ts';
import type { Span } from '../model/report.ts';
import {
  A_HYPHEN_RE,
  AND_A_HALF_KEYS,
  COMPOUND_JOIN_RE,
  DURATION_DET_LEFT_RE,
  DURATION_HEAD_RE,
  DURATION_MOD_LEFT_RE,
  DURATION_MODS,
  DURATION_UNIT_RE,
  FINANCIAL_WORDS_RE,
  FRACTION_COUNTS,
  HYPHENATED_RE,
  OF_AFTER_RE,
  OFFSET_DIRECTIONS,
  OFFSET_SUFFIX_RE,
  PREPOSITIONAL_MODS,
  SECOND_FOLLOW_RE,
  SINGLE_COUNTS,
  THE_START_RE,
  UNIT_AND_A_HALF_RE,
  UNIT_PREPOSITIONS,
  VAGUE_OR_RE,
  VAGUE_UNITS_RE,
} from '../text/en/time-patterns.ts';
import type { TimeCandidate, TimeContext, TimexValue } from './time-candidate.ts';
import { timeDurationValue, unitKey } from './time-duration-value.ts';
import { timeExtendLeft } from './time-extend-left.ts';
import { timeCountBefore } from './time-count-before.ts';
import { timeOffsetValue } from './time-offset-value.ts';

/** How far back (characters) a quarter or day mention still anchors "a year earlier". */
const ANCHOR_REACH = 1500;

/** Rank of a duration's last unit, larger for smaller units (-1 when unknown). */
function unitRank(v: string): number {
  const code = v.slice(-1);
  const ranks: Record<string, number> = v.startsWith('PT') ? { H: 4, M: 5, S: 6 } : { Y: 0, M: 1, W: 2, D: 3 };
  return ranks[code] ?? -1;
}

/** Whether duration b is counted in a smaller unit than a ("two hours and 30 minutes", not "two weeks and a year"). */
function smallerUnit(a: string, b: string): boolean {
  return unitRank(a) >= 0 && unitRank(b) > unitRank(a);
}

/** Whether the sentence around `at` reports financial results (where "a year ago" means the year-ago quarter). */
function financialSentence(ctx: TimeContext, at: number): boolean {
  const s = ctx.sentence(at);
  return FINANCIAL_WORDS_RE.test(ctx.text.slice(s.start, s.end));
}

/** The reference day for "earlier"/"later": the last day mentioned nearby, else the publication day. */
function anchorDay(ctx: TimeContext, at: number) {
  if (ctx.day && at - ctx.day.at < ANCHOR_REACH) return ctx.day.day;
  return ctx.dct;
}

/** The value of an offset date ("two weeks ago", "a year earlier") in context. */
function offsetResolve(n: number | null, unit: string, dir: -1 | 1, fromDct: boolean, mod: string | null, at: number) {
  return (ctx: TimeContext): TimexValue => {
    const u = unitKey(unit);
    // Earnings reports: "a year ago" / "a year earlier" next to a quarter means that quarter a year before.
    if (n === 1 && u === 'year' && dir < 0 && ctx.quarter && (at - ctx.quarter.at < ANCHOR_REACH || financialSentence(ctx, at))) {
      return { type: 'DATE', value: `${ctx.quarter.y - 1}-Q${ctx.quarter.q}`, mod };
    }
    const ref = fromDct ? ctx.dct : anchorDay(ctx, at);
    return { type: 'DATE', value: timeOffsetValue(ref, n, unit, dir), mod };
  };
}

/**
 * Duration (and offset-date) candidates in a window.
 * @param text the document text
 * @param win the window to search ([start, end) offsets into `text`)
 * @example timeDurationCandidates('for nearly eight months', {start: 0, end: 23}) // one candidate, "nearly eight months"
 */
export function timeDurationCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  const lower = slice.toLowerCase();
  // A costly pattern runs only over a window that holds one of the words all its matches contain.
  const scan = (re: RegExp, keys: readonly string[]) => (mentionsAny(lower, keys) ? allMatches(re, slice) : []);

  /** Adds the duration or offset candidate; returns the extent and value of a plain duration. */
  const add = (start: number, end: number, n: number | null, unit: string, baseMod: string | null, priority: number): { start: number; end: number; value: string } | null => {
    const key = unitKey(unit);
    const after = text.slice(end, Math.min(win.end, end + 16));
    const suffix = OFFSET_SUFFIX_RE.exec(after);
    const dirWord = suffix?.groups?.dir.toLowerCase() ?? '';
    const offset = OFFSET_DIRECTIONS.get(dirWord);
    if (suffix && suffix.groups?.sep === ' ' && offset) {
      const { dir, fromDct } = offset;
      const modExt = timeExtendLeft(text, start, win.start, DURATION_MOD_LEFT_RE);
      const s = modExt && modExt.word !== 'within' && modExt.word !== 'over' ? modExt.start : start;
      const mod = s !== start ? DURATION_MODS.get(modExt!.word) ?? null : baseMod;
      const e = end + suffix[0].length;
      out.push({
        start: s, end: e, priority, role: 'point', source: 'offset',
        resolve: offsetResolve(n, key, dir, fromDct, mod, s),
      });
      return null;
    }
    let s = start;
    let mod = baseMod;
    // Adjectives ("the eight-year war", "a three-day visit") keep their determiner outside the extent.
    const adjectival = HYPHENATED_RE.test(text.slice(start, end)) && !A_HYPHEN_RE.test(text.slice(start, end));
    const det = adjectival ? null : timeExtendLeft(text, s, win.start, DURATION_DET_LEFT_RE);
    if (det) s = det.start;
    const modExt = adjectival ? null : timeExtendLeft(text, s, win.start, DURATION_MOD_LEFT_RE);
    const determined = !!det || THE_START_RE.test(text.slice(s, end));
    // "over the past two years": "over" is a preposition before a determiner, a modifier before a number.
    if (modExt && !(determined && PREPOSITIONAL_MODS.has(modExt.word))) {
      s = modExt.start;
      mod = DURATION_MODS.get(modExt.word) ?? mod;
    }
    const value = timeDurationValue(n, key);
    if (!value) return null;
    out.push({
      start: s, end, priority, role: 'duration', source: 'duration',
      resolve: () => ({ type: 'DURATION', value, mod }),
    });
    return { start: s, end, value };
  };

  const plain: Array<{ start: number; end: number; value: string }> = [];
  for (const m of allMatches(DURATION_UNIT_RE, slice)) {
    const g = m.groups ?? {};
    const unitStart = win.start + (m.index ?? 0);
    const end = unitStart + m[0].length;
    const key = unitKey(g.unit);
    const count = timeCountBefore(text, unitStart, win.start);
    if (!count) continue;
    const start = count.start;
    const countText = text.slice(start, unitStart).trim().toLowerCase();
    const next = text.slice(end, end + 12);
    const single = SINGLE_COUNTS.has(countText);
    // Ordinals and fractions, not durations: "a second chance", "a quarter of", "three quarters of".
    if (key === 'second' && single && !SECOND_FOLLOW_RE.test(next)) continue;
    if (key === 'quarter' && (single || OF_AFTER_RE.test(next) || FRACTION_COUNTS.has(countText))) continue;
    // Ages ("a 27-year-old") are not annotated as times.
    if (g.tail?.toLowerCase() === '-old' && key === 'year') continue;
    const n = count.n === null ? null : count.n + (g.tail?.toLowerCase() === ' and a half' ? 0.5 : 0);
    const made = add(start, end, n, g.unit, count.approx ? 'APPROX' : null, 2);
    if (made && !made.value.includes('X')) plain.push(made);
  }

  for (const m of scan(UNIT_AND_A_HALF_RE, AND_A_HALF_KEYS)) {
    const start = win.start + (m.index ?? 0);
    add(start, start + m[0].length, 1.5, m.groups?.unit ?? '', null, 3);
  }

  // "two hours and 30 minutes", "a year and six months": one duration.
  for (let i = 0; i + 1 < plain.length; i++) {
    const a = plain[i];
    const b = plain[i + 1];
    if (!COMPOUND_JOIN_RE.test(text.slice(a.end, b.start))) continue;
    if (a.value.startsWith('PT') !== b.value.startsWith('PT') || !smallerUnit(a.value, b.value)) continue;
    const value = a.value + b.value.replace(DURATION_HEAD_RE, '');
    out.push({ start: a.start, end: b.end, priority: 3, role: 'duration', source: 'duration', resolve: () => ({ type: 'DURATION', value }) });
  }

  for (const m of allMatches(VAGUE_UNITS_RE, slice)) {
    const g = m.groups ?? {};
    const pre = g.pre.toLowerCase();
    let start = win.start + (m.index ?? 0);
    const end = start + m[0].length;
    // A preposition stays outside the extent ("for months" → "months").
    if (UNIT_PREPOSITIONS.has(pre)) start += g.pre.length + 1;
    add(start, end, null, g.unit, VAGUE_OR_RE.test(pre) ? 'APPROX' : null, 1);
  }
  return out;
}
