/**
 * The resolution context of one document: publication day, sentence tense and what was mentioned before.
 */
import { firstIndex } from '../model/first-index.ts';
import type { Span } from '../model/report.ts';
import type { CalendarDay } from './time-calendar.ts';
import type { TimeContext } from './time-candidate.ts';
import { type CueToken, timeCueTokens } from './time-cue-tokens.ts';
import { timeTense } from './time-tense.ts';

/** Index of the first token starting at or after `pos` (binary search). */
function firstAtOrAfter(tokens: CueToken[], pos: number): number {
  return firstIndex(tokens, (t) => t.start >= pos);
}

/** A time context plus the hook that tells it which window is being resolved. */
export interface WindowedTimeContext extends TimeContext {
  /** Tokenises a window for the tense and sentence look-ups of the expressions in it. */
  enterWindow(win: Span): void;
}

/**
 * A fresh context for one document.
 * @param text the document text
 * @param dct the publication day, or null
 * @example timeContext('He left Friday.', {y: 1998, m: 2, d: 13})
 */
export function timeContext(text: string, dct: CalendarDay | null): WindowedTimeContext {
  // A window's tokens are read when an expression in it first asks for its tense or sentence.
  let cached: CueToken[] | null = [];
  let win: Span = { start: 0, end: 0 };
  const windowTokens = () => (cached ??= timeCueTokens(text, win));
  return {
    text,
    dct,
    quarter: null,
    year: null,
    day: null,
    enterWindow(w) {
      win = w;
      cached = null;
    },
    tense(start, end) {
      if (start < win.start || end > win.end) return null;
      const tokens = windowTokens();
      return timeTense(tokens, firstAtOrAfter(tokens, start) - 1, firstAtOrAfter(tokens, end));
    },
    sentence(at) {
      if (at < win.start || at > win.end) return { start: at, end: at };
      const tokens = windowTokens();
      const i = firstAtOrAfter(tokens, at);
      let s = win.start;
      for (let k = i - 1; k >= 0; k--) if (tokens[k].kind === 'sentence') {
        s = tokens[k].end;
        break;
      }
      let e = win.end;
      for (let k = i; k < tokens.length; k++) if (tokens[k].kind === 'sentence') {
        e = tokens[k].end;
        break;
      }
      return { start: s, end: e };
    },
  };
}
