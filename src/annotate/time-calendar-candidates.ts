/**
 * Calendar names without a day: years ("1990", "fiscal 1989", "nineteen ninety-six"), decades ("the 1990s"),
 * centuries, quarters and halves ("the third quarter", "third-quarter"), anaphoric quarters ("the quarter",
 * "the year-ago period"), seasons ("last fall"), months ("July", "last July", "October of last year") and month
 * ranges ("July or August").
 */
import { allMatches } from '../text/all-matches.ts';
import { mentionsAny } from '../text/mentions-any.ts';
import type { Span } from '../model/report.ts';
import {
  CAPITALISED_RE,
  CENTURY_KEYS,
  CENTURY_RE,
  DAY_NUMBER_AFTER_RE,
  DECADE_KEYS,
  DECADE_PREPOSITIONS,
  DECADE_RE,
  DECADE_WORDS,
  EARLY_LATE_MID,
  MONTH_KEYS,
  MONTH_OR_MONTH_RE,
  MONTH_RE,
  NEXT_WORD_RE,
  NINETEEN_PREFIX_RE,
  ORDINAL_NUMBERS,
  PREV_WORD_RE,
  QUARTER_ANAPHOR_KEYS,
  QUARTER_ANAPHOR_RE,
  QUARTER_DET_OUTSIDE,
  QUARTER_HYPHEN_RE,
  QUARTER_KEYS,
  QUARTER_RE,
  SEASON_CODES,
  SEASON_KEYS,
  SEASON_PREPOSITIONS,
  SEASON_RE,
  SET_QUANTIFIERS,
  SHORT_YEAR_CUE_BEFORE_RE,
  SHORT_YEAR_RE,
  THIS_YEAR_PHRASES,
  YEAR_AGO_ADJ_RE,
  YEAR_AGO_ADJECTIVES,
  YEAR_END_RE,
  YEAR_GLUED_PREFIX_RE,
  YEAR_KEYS,
  YEAR_MOD_WORDS,
  YEAR_QUANTITY_NOUNS,
  YEAR_RE,
  YEAR_WORDS_KEYS,
  YEAR_DIGITS_RE,
  YEAR_WORDS_RE,
} from '../text/en/time-patterns.ts';
import { pad } from './time-calendar.ts';
import type { TimeCandidate, TimeContext, TimexValue } from './time-candidate.ts';
import { isMonthWord, monthNumber } from './time-month-word.ts';
import { monthYear, type Relation, seasonYear } from './time-nearest.ts';
import { timeNumber } from './time-number.ts';

const ANCHOR_REACH = 1500;

/** A date candidate whose value does not depend on context. */
function fixed(start: number, end: number, value: TimexValue, priority: number, source: string, role: TimeCandidate['role'] = 'point'): TimeCandidate {
  return { start, end, priority, role, source, resolve: () => value };
}

/** Two-digit year → four digits, in the century that puts it nearest the publication year (or 19xx). */
function expandYear(yy: number, ctx: TimeContext): number {
  const ref = ctx.dct?.y ?? 1999;
  const century = Math.floor(ref / 100) * 100;
  const options = [century - 100 + yy, century + yy, century + 100 + yy];
  // Prefer the past: up to five years ahead of publication at most.
  return options.filter((y) => y <= ref + 5).pop() ?? century + yy;
}

/** The relation word of "last/this/next …" phrases. */
function relationOf(rel: string | undefined): Relation {
  const r = (rel ?? '').trim().toLowerCase();
  if (r === 'last' || r === 'this past' || r === 'the past' || r === 'the previous') return 'last';
  if (r === 'next' || r === 'this coming' || r === 'the coming' || r === 'the following') return 'next';
  if (r === 'this') return 'this';
  return null;
}

/** Year of "(of) this/last/next year" relative to the publication year or the last year mentioned. */
function yearOfRelative(yrel: string, ctx: TimeContext): number | null {
  const r = yrel.toLowerCase();
  const base = ctx.dct?.y;
  if (r === 'this' || r === 'the current year' || r === 'the year') return base ?? null;
  if (r === 'last') return base === undefined ? null : base - 1;
  if (r === 'next') return base === undefined ? null : base + 1;
  const anchor = ctx.year?.y ?? base;
  if (anchor === undefined) return null;
  if (r === 'that' || r === 'the same' || r === 'the same year' || r === 'the fiscal year') return anchor;
  if (r === 'the following') return anchor + 1;
  if (r === 'the previous' || r === 'the previous year') return anchor - 1;
  return null;
}

/** The quarter of a day's month. */
function quarterOf(m: number): number {
  return Math.ceil(m / 3);
}

/**
 * Calendar-name candidates in a window.
 * @param text the document text
 * @param win the window ([start, end) offsets into `text`)
 * @example timeCalendarCandidates('Last July, in the third quarter', {start: 0, end: 31})
 */
export function timeCalendarCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  const lower = slice.toLowerCase();
  // A costly pattern runs only over a window that holds one of the words all its matches contain.
  const scan = (re: RegExp, keys: readonly string[]) => (mentionsAny(lower, keys) ? allMatches(re, slice) : []);
  const at = (m: RegExpMatchArray) => win.start + (m.index ?? 0);

  // Years.
  for (const m of (YEAR_DIGITS_RE.test(slice) ? allMatches(YEAR_RE, slice) : [])) {
    const start = at(m);
    const g = m.groups ?? {};
    const end = start + m[0].length - (g.post ? g.post.length : 0);
    const y = Number(g.year);
    const pre = (g.pre ?? '').trim().toLowerCase();
    const glued = YEAR_GLUED_PREFIX_RE.test(pre) ? pre.slice(0, -1) : null;
    // A bare number before a unit or after a count word is a quantity: "1990 troops" is rare, "2000 people" not.
    const next = NEXT_WORD_RE.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
    if ((!pre || glued) && YEAR_QUANTITY_NOUNS.has(next)) continue;
    if (!pre && (y < 1800 || y > 2099)) continue;
    const mod = glued ? YEAR_MOD_WORDS.get(glued) ?? null : null;
    out.push(fixed(start, end, { type: 'DATE', value: pad(y, 4), mod }, 2, 'year'));
  }

  for (const m of scan(YEAR_WORDS_RE, YEAR_WORDS_KEYS)) {
    const g = m.groups ?? {};
    const words = g.words.toLowerCase();
    let y: number | null = null;
    if (words.startsWith('nineteen')) {
      const rest = words.replace(NINETEEN_PREFIX_RE, '');
      const n = timeNumber(rest);
      if (n !== null && n < 100) y = 1900 + n;
    } else if (g.pre) {
      const n = timeNumber(words);
      if (n !== null && n >= 2000 && n < 2100) y = n;
    }
    if (y === null) continue;
    const start = at(m);
    out.push(fixed(start, start + m[0].length, { type: 'DATE', value: String(y) }, 2, 'year-words'));
  }

  for (const m of allMatches(SHORT_YEAR_RE, slice)) {
    const start = at(m);
    const prev = text.slice(Math.max(0, start - 6), start).toLowerCase();
    // Only after a preposition: "in '89", "since '95"; a quote mark alone is too ambiguous.
    if (!SHORT_YEAR_CUE_BEFORE_RE.test(prev)) continue;
    const yy = Number(m.groups?.yy);
    out.push({
      start, end: start + m[0].length, priority: 1, role: 'point', source: 'short-year',
      resolve: (ctx) => ({ type: 'DATE', value: String(expandYear(yy, ctx)) }),
    });
  }

  // Decades.
  for (const m of scan(DECADE_RE, DECADE_KEYS)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const mod = g.mod ? YEAR_MOD_WORDS.get(g.mod.toLowerCase()) ?? null : null;
    if (g.digits) {
      out.push(fixed(start, end, { type: 'DATE', value: g.digits.slice(0, 3), mod }, 3, 'decade'));
      continue;
    }
    // "the nineties", "the '80s" want a determiner, a modifier or a preposition ("in the '80s", "since '80s").
    const prev = PREV_WORD_RE.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase() ?? '';
    if (!g.det && !g.mod && !DECADE_PREPOSITIONS.has(prev)) continue;
    const tens = g.short ? Number(g.short[0]) : DECADE_WORDS.get(g.words.toLowerCase());
    if (tens === undefined) continue;
    out.push({
      start, end, priority: 3, role: 'point', source: 'decade',
      resolve: (ctx) => {
        // The century that puts the decade in the past of publication.
        const y = expandYear(tens * 10, ctx);
        return { type: 'DATE', value: String(Math.floor(y / 10)), mod };
      },
    });
  }

  // Centuries.
  for (const m of scan(CENTURY_RE, CENTURY_KEYS)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const det = (g.det ?? '').trim().toLowerCase();
    const ordinal = g.ord ? Number(g.ord) : g.word ? ORDINAL_NUMBERS.get(g.word.toLowerCase()) ?? null : null;
    if (ordinal !== null) {
      out.push(fixed(start, end, { type: 'DATE', value: pad(ordinal - 1, 2) }, 3, 'century'));
      continue;
    }
    const shift = det === 'this' ? 0 : det === 'last' || det === 'the last' || det === 'the past' ? -1 : det === 'next' || det === 'the next' ? 1 : null;
    if (shift === null) continue;
    if (det === 'the past' || det === 'the last') {
      out.push(fixed(start, end, { type: 'DURATION', value: 'P100Y' }, 3, 'century', 'duration'));
      continue;
    }
    out.push({
      start, end, priority: 3, role: 'point', source: 'century',
      resolve: (ctx) => ({ type: 'DATE', value: ctx.dct ? pad(Math.floor(ctx.dct.y / 100) + shift, 2) : 'XX' }),
    });
  }

  // Quarters and halves.
  for (const m of scan(QUARTER_RE, QUARTER_KEYS)) {
    const g = m.groups ?? {};
    if (g.pl) continue;
    let start = at(m);
    const end = start + m[0].length;
    const det = (g.det ?? '').trim().toLowerCase();
    // "a quarter" is a fraction unless an adjective makes it a period ("a flat second quarter"); possessives and
    // determiners of the adjective "third-quarter" stay outside the extent.
    const hyphen = QUARTER_HYPHEN_RE.test(m[0]);
    if (g.det && ((det === 'a' && !g.adj) || QUARTER_DET_OUTSIDE.has(det) || (hyphen && !g.yrel && !g.year1 && !g.adj))) start += g.det.length;
    const unit = g.unit.toLowerCase();
    const ordWord = g.ord.toLowerCase();
    const n = ordWord === 'last' || ordWord === 'final' ? (unit === 'half' ? 2 : 4) : ORDINAL_NUMBERS.get(ordWord) ?? 0;
    if (!n || (unit === 'half' && n > 2)) continue;
    const code = unit === 'half' ? `H${n}` : `Q${n}`;
    const yrel = (g.yrel ?? '').toLowerCase();
    const year1 = g.year1 ? Number(g.year1) : g.year2 ? Number(g.year2) : null;
    const yrel2 = (g.yrel2 ?? '').toLowerCase();
    const qStart = unit === 'half' ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    out.push({
      start, end, priority: 3, role: 'point', source: 'quarter',
      resolve: (ctx, self) => {
        let y: number | null = year1;
        if (y === null && yrel) {
          if (yrel.startsWith('this')) y = ctx.dct?.y ?? null;
          else if (yrel.startsWith('last')) y = ctx.dct ? ctx.dct.y - 1 : null;
          else if (yrel.startsWith('next')) y = ctx.dct ? ctx.dct.y + 1 : null;
          else {
            // The year-ago third quarter: a year before the quarter under discussion.
            const base = ctx.quarter?.y ?? (ctx.dct ? ctx.dct.y : null);
            y = base === null ? null : base - 1;
          }
        }
        if (y === null && yrel2) y = yearOfRelative(THIS_YEAR_PHRASES.has(yrel2) ? 'this' : yrel2, ctx);
        if (y === null && ctx.dct) {
          y = ctx.dct.y;
          // A quarter that has not begun at publication is last year's, unless the sentence looks ahead.
          if (qStart > ctx.dct.m && ctx.tense(self.start, self.end) !== 'future') y--;
        }
        return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${code}` };
      },
    });
  }

  for (const m of scan(QUARTER_ANAPHOR_RE, QUARTER_ANAPHOR_KEYS)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const det = g.det.toLowerCase();
    const adj = (g.adj ?? '').toLowerCase();
    const unit = g.unit.toLowerCase();
    if (det === 'a') continue;
    if (unit === 'period' && !adj && !det.startsWith('year-')) continue;
    const ago = YEAR_AGO_ADJECTIVES.has(adj) || det.startsWith('year-') || !!g.ly;
    const explicitYear = g.year ? Number(g.year) : null;
    const current = det === 'this' || adj === 'current' || adj === 'current fiscal';
    if (adj === 'same' && !g.ly) continue;
    out.push({
      start, end, priority: 4, role: 'point', source: 'quarter-anaphor',
      resolve: (ctx, self) => {
        const recent = ctx.quarter && start - ctx.quarter.at < 4 * ANCHOR_REACH ? ctx.quarter : null;
        if (explicitYear !== null) {
          // "the 1988 period": that year's part of the quarter under discussion.
          return { type: 'DATE', value: recent ? `${explicitYear}-Q${recent.q}` : String(explicitYear) };
        }
        let y: number;
        let q: number;
        if (recent && !current) {
          y = recent.y;
          q = recent.q;
        } else if (ctx.dct) {
          y = ctx.dct.y;
          q = quarterOf(ctx.dct.m);
          // "the latest quarter" in a past-tense report is the last completed one.
          if (!current) {
            q--;
            if (q === 0) {
              q = 4;
              y--;
            }
          }
        } else return { type: 'DATE', value: ago ? 'XXXX-QX' : 'XXXX-QX' };
        if (ago) y--;
        return { type: 'DATE', value: `${pad(y, 4)}-Q${q}` };
      },
    });
  }

  // "year-earlier profit", "the year-ago results": a year before the quarter under discussion, else last year.
  for (const m of scan(YEAR_AGO_ADJ_RE, YEAR_KEYS)) {
    const start = at(m);
    out.push({
      start, end: start + m[0].length, priority: 1, role: 'other', source: 'year-ago', anaphoric: true,
      resolve: (ctx, self) => {
        if (ctx.quarter && start - ctx.quarter.at < ANCHOR_REACH) return { type: 'DATE', value: `${ctx.quarter.y - 1}-Q${ctx.quarter.q}` };
        return { type: 'DATE', value: ctx.dct ? pad(ctx.dct.y - 1, 4) : 'XXXX' };
      },
    });
  }

  // "year-end", "year's end": the end of the publication year.
  for (const m of scan(YEAR_END_RE, YEAR_KEYS)) {
    const start = at(m);
    out.push({
      start, end: start + m[0].length, priority: 2, role: 'point', source: 'year-end',
      resolve: (ctx, self) => {
        const y = ctx.dct?.y;
        return { type: 'DATE', value: y === undefined ? 'XXXX' : pad(y, 4), mod: 'END' };
      },
    });
  }

  // Seasons.
  for (const m of scan(SEASON_RE, SEASON_KEYS)) {
    const g = m.groups ?? {};
    if (g.pl) continue;
    let start = at(m);
    const end = start + m[0].length;
    const relRaw = (g.rel ?? '').toLowerCase();
    const season = SEASON_CODES.get(g.season.toLowerCase()) ?? '';
    const hasYear = !!(g.year || g.ywords || g.yrel);
    if (!relRaw && !g.mod && !hasYear) continue;
    const seasonWord = g.season.toLowerCase();
    // "fall" and "spring" are verbs and nouns too: only with a determiner or a year.
    if (SEASON_PREPOSITIONS.has(relRaw)) {
      if (!g.mod && !hasYear) continue;
      start += g.rel.length + 1;
    }
    const modWord = (g.mod ?? (EARLY_LATE_MID.has(relRaw) ? relRaw : '')).toLowerCase();
    const mod = modWord.startsWith('early') ? 'START' : modWord.startsWith('late') ? 'END' : modWord.startsWith('mid') ? 'MID' : null;
    const rel = relationOf(relRaw);
    const year = g.year ? Number(g.year) : null;
    const ywords = g.ywords ? g.ywords.toLowerCase() : null;
    const yrel = g.yrel ?? null;
    out.push({
      start, end, priority: 3, role: 'point', source: 'season',
      resolve: (ctx, self) => {
        let y: number | null = year;
        if (y === null && ywords) {
          const n = timeNumber(ywords.replace(NINETEEN_PREFIX_RE, ''));
          y = n !== null && ywords.startsWith('nineteen') ? 1900 + n : null;
        }
        if (y === null && yrel) y = yearOfRelative(yrel, ctx);
        if (y === null && ctx.dct) y = seasonYear(ctx.dct, season, rel, rel ? null : ctx.tense(self.start, self.end));
        return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${season}`, mod };
      },
    });
  }

  // Month ranges: "July or August".
  for (const m of (lower.includes(' or ') ? scan(MONTH_OR_MONTH_RE, MONTH_KEYS) : [])) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const m1 = monthNumber(g.m1);
    const m2 = monthNumber(g.m2);
    if (!m1 || !m2 || !CAPITALISED_RE.test(g.m1) || !CAPITALISED_RE.test(g.m2)) continue;
    const year = g.year ? Number(g.year) : null;
    out.push({
      start, end, priority: 3, role: 'other', source: 'month-range',
      resolve: (ctx, self) => {
        if (year !== null) return { type: 'DATE', value: `${year}-${pad(m1, 2)}/${year + (m2 < m1 ? 1 : 0)}-${pad(m2, 2)}` };
        if (!ctx.dct) return { type: 'DATE', value: `XXXX-${pad(m1, 2)}/XXXX-${pad(m2, 2)}` };
        const y1 = monthYear(ctx.dct, m1, null, ctx.tense(self.start, self.end));
        const y2 = m2 < m1 ? y1 + 1 : y1;
        return { type: 'DATE', value: `${y1}-${pad(m1, 2)}/${y2}-${pad(m2, 2)}` };
      },
    });
  }

  // Months without a day.
  for (const m of allMatches(MONTH_RE, slice)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const monthStart = start + (g.rel ? g.rel.length : 0);
    const monthEnd = monthStart + g.month.length;
    const month = monthNumber(g.month);
    if (!month) continue;
    const hasMore = !!(g.rel || g.yrel || g.year || g.yy);
    if (!isMonthWord(text, monthStart, monthEnd, hasMore && !(g.rel && SET_QUANTIFIERS.has(g.rel.trim().toLowerCase())))) continue;
    // "Jan. 14": a day follows; chrono reads those.
    if (DAY_NUMBER_AFTER_RE.test(text.slice(monthEnd, monthEnd + 3)) && !g.year && !g.yy) continue;
    const relRaw = (g.rel ?? '').trim().toLowerCase();
    if (relRaw === 'every' || relRaw === 'each') {
      out.push(fixed(start, end, { type: 'SET', value: `XXXX-${pad(month, 2)}` }, 2, 'month-set', 'other'));
      continue;
    }
    const rel = relationOf(relRaw);
    const year = g.year ? Number(g.year) : null;
    const yy = g.yy ? Number(g.yy) : null;
    const yrel = g.yrel ?? null;
    out.push({
      start, end, priority: 2, role: 'point', source: 'month',
      resolve: (ctx, self) => {
        let y: number | null = year ?? (yy !== null ? expandYear(yy, ctx) : null);
        if (y === null && yrel) y = yearOfRelative(yrel, ctx);
        if (y === null && ctx.dct) y = monthYear(ctx.dct, month, rel, rel ? null : ctx.tense(self.start, self.end));
        return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${pad(month, 2)}` };
      },
    });
  }
  return out;
}
