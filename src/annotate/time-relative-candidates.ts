/**
 * Expressions relative to publication: "today", "yesterday", "this morning", "last night", weekdays ("on
 * Tuesday", "last Friday", "Friday morning"), "last year", "this week", "next month", "the weekend", "earlier
 * this year", and the vague references "now", "recently", "the future".
 */
import { allMatches } from '../text/all-matches.ts';
import type { Span } from '../model/report.ts';
import {
  CAPITALISED_RE,
  CURRENT_NOT_TIME,
  DAY_PART_CODES,
  DEICTIC_DAY_RE,
  DEICTIC_PART_RE,
  EARLY_LATE_RELATIVE_RE,
  FUTURE_NOT_TIME_NEXT,
  NEXT_WORD_RE,
  REF_RE,
  REF_WORDS,
  REL_ANAPHORIC,
  REL_BACK,
  REL_CURRENT,
  REL_DAY,
  REL_DEICTIC,
  REL_LAST,
  REL_NEXT,
  REL_WHOLE,
  RELATIVE_UNIT_RE,
  SHIFT_BACK_WORDS,
  UNIT_SHIFT_AFTER_RE,
  WEEKDAY_NUMBERS,
  WEEKDAY_RE,
  WEEKDAY_REL_LAST,
  WEEKDAY_REL_NEXT,
  YEAR_SPAN_AFTER_RE,
} from '../text/en/time-patterns.ts';
import { addDays, addMonths, type CalendarDay, formatDay, isoWeekday, pad, weekValue } from './time-calendar.ts';
import type { TimeCandidate, TimeContext, TimexValue } from './time-candidate.ts';
import { nearestWeekday, type Relation } from './time-nearest.ts';

const ANCHOR_REACH = 1500;

/** "early"/"late"/"earlier"/"later"/"mid" → TIMEX3 mod. */
function modOf(word: string | undefined): string | null {
  let w = (word ?? '').trim().toLowerCase();
  if (w.endsWith('-')) w = w.slice(0, -1);
  if (w === 'early' || w === 'earlier') return 'START';
  if (w === 'late' || w === 'later') return 'END';
  if (w === 'mid') return 'MID';
  return null;
}

/** The day of a date value, or the anchor day of the context. */
function anchorDay(ctx: TimeContext, at: number): CalendarDay | null {
  if (ctx.day && at - ctx.day.at < ANCHOR_REACH) return ctx.day.day;
  return ctx.dct;
}

/** The weekend (Saturday) nearest to `day` in the given direction: the one just past by default. */
function weekendOf(day: CalendarDay, rel: Relation, future: boolean): CalendarDay {
  const wd = isoWeekday(day);
  if (wd >= 6 && rel !== 'last' && rel !== 'next') return addDays(day, 6 - wd);
  const back = addDays(day, -((wd + 1) % 7)); // the last Saturday before
  if (rel === 'next' || (rel !== 'last' && future)) return addDays(day, 6 - wd);
  return back;
}

/**
 * The value of "<rel> <unit>" ("last year", "this week", "the following day"), or null to drop the phrase.
 * @param rel the relation phrase, lower case
 * @param unit the unit, lower case
 */
function relativeUnitValue(relIn: string, unit: string, fiscal: boolean, ctx: TimeContext, start: number, end: number, after: string): TimexValue | null {
  const dct = ctx.dct;
  let rel = relIn;
  const last = REL_LAST.has(rel);
  const next = REL_NEXT.has(rel);
  const current = REL_CURRENT.has(rel);
  const anaphoric = REL_ANAPHORIC.has(rel);
  if (REL_WHOLE.has(rel)) rel = 'the';
  const shift = last ? -1 : next ? 1 : 0;
  switch (unit) {
    case 'year': {
      if (rel === 'the') {
        // "the year ended June 30" is a length; "for the year" in an earnings report is the year itself.
        if (YEAR_SPAN_AFTER_RE.test(after) || fiscal) return { type: 'DURATION', value: 'P1Y' };
        return dct ? { type: 'DATE', value: pad(dct.y, 4) } : { type: 'DATE', value: 'XXXX' };
      }
      if (anaphoric) {
        const base = ctx.year && start - ctx.year.at < 4 * ANCHOR_REACH ? ctx.year.y : dct?.y;
        if (base === undefined) return { type: 'DATE', value: 'XXXX' };
        const d = rel === 'the following' ? 1 : REL_BACK.has(rel) ? -1 : 0;
        return { type: 'DATE', value: pad(base + d, 4) };
      }
      if (!last && !next && !current) return null;
      return { type: 'DATE', value: dct ? pad(dct.y + shift, 4) : 'XXXX' };
    }
    case 'month': {
      if (anaphoric) {
        // "the following month": relative to the last day or month mentioned.
        const base = anchorDay(ctx, start);
        if (!base) return { type: 'DATE', value: 'XXXX-XX' };
        const d = rel === 'the following' ? 1 : REL_BACK.has(rel) ? -1 : 0;
        const m = addMonths(base.y, base.m, d);
        return { type: 'DATE', value: `${pad(m.y, 4)}-${pad(m.m, 2)}` };
      }
      if (rel === 'the' || rel === 'a') return null;
      if (!dct) return { type: 'DATE', value: 'XXXX-XX' };
      const m = addMonths(dct.y, dct.m, shift);
      return { type: 'DATE', value: `${pad(m.y, 4)}-${pad(m.m, 2)}` };
    }
    case 'week': {
      if (rel === 'the' || rel === 'a' || anaphoric) return null;
      if (!dct) return { type: 'DATE', value: 'XXXX-WXX' };
      return { type: 'DATE', value: weekValue(addDays(dct, 7 * shift)) };
    }
    case 'weekend': {
      if (rel === 'a') return null;
      if (!dct) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      const r: Relation = last ? 'last' : next ? 'next' : null;
      const sat = weekendOf(dct, r, ctx.tense(start, end) === 'future');
      return { type: 'DATE', value: `${weekValue(sat)}-WE` };
    }
    case 'quarter': {
      if (!(last || next || current) || rel === 'the latest') return null;
      if (!dct) return { type: 'DATE', value: 'XXXX-QX' };
      const m = addMonths(dct.y, dct.m, 3 * shift);
      return { type: 'DATE', value: `${pad(m.y, 4)}-Q${Math.ceil(m.m / 3)}` };
    }
    case 'decade': {
      if (last || next) return { type: 'DURATION', value: 'P10Y' };
      if (!current) return null;
      return { type: 'DATE', value: dct ? String(Math.floor(dct.y / 10)) : 'XXX' };
    }
    case 'day': {
      if (!anaphoric && !(rel === 'the next' || rel === 'the last' || rel === 'the previous')) return null;
      const base = anchorDay(ctx, start);
      if (!base) return { type: 'DATE', value: 'XXXX-XX-XX' };
      const d = rel === 'the following' || rel === 'the next' ? 1 : REL_BACK.has(rel) ? -1 : 0;
      return { type: 'DATE', value: formatDay(addDays(base, d)) };
    }
    default:
      return null;
  }
}

/** Whether "<rel> <unit>" is a time expression at all ("the month", "a week", "the last day" are not). */
function relativeUnitAllowed(rel: string, unit: string): boolean {
  const deictic = REL_DEICTIC.has(rel);
  switch (unit) {
    case 'year':
    case 'weekend':
      return rel !== 'a';
    case 'month':
      return deictic || REL_ANAPHORIC.has(rel);
    case 'week':
    case 'quarter':
    case 'decade':
      return deictic;
    case 'day':
      return REL_DAY.has(rel);
    default:
      return false;
  }
}

/**
 * Relative-expression candidates in a window.
 * @param text the document text
 * @param win the window ([start, end) offsets into `text`)
 * @example timeRelativeCandidates('He left on Tuesday.', {start: 0, end: 19}) // "Tuesday"
 */
export function timeRelativeCandidates(text: string, win: Span): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const slice = text.slice(win.start, win.end);
  const at = (m: RegExpMatchArray) => win.start + (m.index ?? 0);

  // today, yesterday, tomorrow, tonight, the day before yesterday, yesterday morning.
  for (const m of allMatches(DEICTIC_DAY_RE, slice)) {
    const g = m.groups ?? {};
    const start = at(m);
    let end = start + m[0].length;
    if (g.part && !g.dp) end -= g.part.length; // "today's" → "today"
    if (g.part && g.dp) continue;
    const day = g.day.toLowerCase();
    const pre = (g.pre ?? '').trim().toLowerCase();
    const shift = (day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : day === 'overnight' ? -1 : 0) + (pre === 'the day before' ? -1 : pre === 'the day after' ? 1 : 0);
    const mod = modOf(pre);
    const dpCode = g.dp ? DAY_PART_CODES.get(g.dp.toLowerCase()) : day === 'tonight' || day === 'overnight' ? 'NI' : undefined;
    out.push({
      start, end, priority: 3, role: dpCode ? 'point' : 'day', source: 'deictic',
      resolve: (ctx) => {
        const date = ctx.dct ? formatDay(addDays(ctx.dct, shift)) : 'XXXX-XX-XX';
        return dpCode ? { type: 'TIME', value: `${date}T${dpCode}`, mod } : { type: 'DATE', value: date, mod };
      },
    });
  }

  // this morning, last night, this afternoon, that evening.
  for (const m of allMatches(DEICTIC_PART_RE, slice)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const rel = g.rel.toLowerCase();
    if (rel === 'the') continue;
    const dp = g.dp.toLowerCase();
    // "last morning" is not said; "last night" is yesterday evening.
    if (rel === 'last' && dp !== 'night') continue;
    const code = DAY_PART_CODES.get(dp) ?? 'MO';
    const mod = modOf(g.pre);
    out.push({
      start, end, priority: 3, role: 'point', source: 'day-part',
      resolve: (ctx) => {
        const base = rel === 'that' ? anchorDay(ctx, start) : ctx.dct;
        if (!base) return { type: 'TIME', value: `XXXX-XX-XXT${code}`, mod };
        return { type: 'TIME', value: `${formatDay(rel === 'last' ? addDays(base, -1) : base)}T${code}`, mod };
      },
    });
  }

  // Weekdays.
  for (const m of allMatches(WEEKDAY_RE, slice)) {
    const g = m.groups ?? {};
    let start = at(m);
    let end = start + m[0].length;
    const wdWord = g.wd;
    if (!CAPITALISED_RE.test(wdWord)) continue;
    const wd = WEEKDAY_NUMBERS.get(wdWord.toLowerCase()) ?? 0;
    let relRaw = (g.rel ?? '').trim().toLowerCase();
    if (relRaw === 'on') {
      start += (g.pre ?? '').length + g.rel.length;
      relRaw = '';
      if (g.pre) continue;
    }
    if (g.pl === "'s" && !g.dp) end -= 2;
    const plural = g.pl === 's' || !!g.dpl;
    const dpCode = g.dp ? DAY_PART_CODES.get(g.dp.toLowerCase()) : undefined;
    const mod = modOf(g.pre);
    if (plural || relRaw === 'every' || relRaw === 'each') {
      const value = `XXXX-WXX-${wd}${dpCode ? `T${dpCode}` : ''}`;
      out.push({ start, end, priority: 3, role: 'other', source: 'weekday-set', resolve: () => ({ type: 'SET', value }) });
      continue;
    }
    const rel: Relation = WEEKDAY_REL_LAST.has(relRaw) ? 'last' : WEEKDAY_REL_NEXT.has(relRaw) ? 'next' : relRaw === 'this' ? 'this' : null;
    out.push({
      start, end, priority: 3, role: dpCode ? 'point' : 'day', source: 'weekday',
      resolve: (ctx, self) => {
        let date: string;
        if (!ctx.dct) date = `XXXX-WXX-${wd}`;
        else if (relRaw === 'the previous' || relRaw === 'the following') {
          const base = anchorDay(ctx, start) ?? ctx.dct;
          date = formatDay(nearestWeekday(base, wd, rel, null));
        } else {
          // "Friday's close", "Wednesday's ruling": a possessive weekday names a day already past.
          const tense = rel ? null : g.pl === "'s" ? 'past' : ctx.tense(self.start, self.end);
          date = formatDay(nearestWeekday(ctx.dct, wd, rel, tense));
        }
        return dpCode ? { type: 'TIME', value: `${date}T${dpCode}`, mod } : { type: 'DATE', value: date, mod };
      },
    });
  }

  // last year, this week, next month, the weekend, the following day.
  for (const m of allMatches(RELATIVE_UNIT_RE, slice)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const rel = g.rel.toLowerCase();
    const unit = g.unit.toLowerCase();
    if (!relativeUnitAllowed(rel, unit)) continue;
    const after = text.slice(end, end + 20);
    // "the year before", "the day after": one unit from the day or year under discussion.
    const shifted = rel === 'the' && (unit === 'year' || unit === 'day') ? UNIT_SHIFT_AFTER_RE.exec(after) : null;
    if (shifted) {
      const d = SHIFT_BACK_WORDS.has(shifted[1].toLowerCase()) ? -1 : 1;
      out.push({
        start, end: end + shifted[0].length, priority: 3, role: unit === 'day' ? 'day' : 'point', source: 'relative-unit', anaphoric: true,
        resolve: (ctx, self) => {
          if (unit === 'day') {
            const base = anchorDay(ctx, self.start);
            return { type: 'DATE', value: base ? formatDay(addDays(base, d)) : 'XXXX-XX-XX' };
          }
          const base = ctx.year && self.start - ctx.year.at < 4 * ANCHOR_REACH ? ctx.year.y : ctx.dct?.y;
          return { type: 'DATE', value: base === undefined ? 'XXXX' : pad(base + d, 4) };
        },
      });
      continue;
    }
    if (rel === 'the' && unit === 'day') continue; // "the day" alone is not a date
    out.push({
      start, end, priority: 2, role: unit === 'day' ? 'day' : 'point', source: 'relative-unit',
      resolve: (ctx, self) => relativeUnitValue(rel, unit, !!g.fiscal, ctx, self.start, self.end, after),
    });
  }

  // earlier this year, later this month, early next week, earlier in the year.
  for (const m of allMatches(EARLY_LATE_RELATIVE_RE, slice)) {
    const g = m.groups ?? {};
    const start = at(m);
    const end = start + m[0].length;
    const mod = modOf(g.mod);
    let rel = (g.rel ?? g.rel2 ?? '').toLowerCase();
    const unit = g.unit.toLowerCase();
    if (rel === 'in the') rel = unit === 'day' ? 'that' : 'this';
    if (rel === 'the') rel = 'this';
    if (rel === 'the same') rel = 'that';
    const dpCode = DAY_PART_CODES.get(unit);
    out.push({
      start, end, priority: 3, role: 'point', source: 'early-late',
      resolve: (ctx) => {
        if (dpCode) {
          const base = rel === 'that' ? anchorDay(ctx, start) : ctx.dct;
          return { type: 'TIME', value: `${base ? formatDay(base) : 'XXXX-XX-XX'}T${dpCode}`, mod };
        }
        if (unit === 'year' && rel === 'that') {
          const v = relativeUnitValue('that', unit, false, ctx, start, end, '');
          return v ? { ...v, mod } : null;
        }
        const v = relativeUnitValue(rel === 'that' ? 'the same' : rel, unit, false, ctx, start, end, '');
        return v && v.type !== 'DURATION' ? { ...v, mod } : null;
      },
    });
  }

  // now, currently, recently, the future, the past.
  for (const m of allMatches(REF_RE, slice)) {
    const word = m.groups?.w ?? '';
    const lower = word.toLowerCase();
    const start = at(m);
    const end = start + word.length;
    const value = REF_WORDS.get(lower);
    if (!value) continue;
    const next = NEXT_WORD_RE.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
    if (lower === 'current' && (CURRENT_NOT_TIME.has(next) || !next)) continue;
    if (lower === 'future' && FUTURE_NOT_TIME_NEXT.has(next)) continue;
    out.push({ start, end, priority: 4, role: 'other', source: 'ref', resolve: () => ({ type: 'DATE', value }) });
  }
  return out;
}
