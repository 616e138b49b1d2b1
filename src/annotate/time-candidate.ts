/**
 * The shapes the time tagger passes between its passes: candidate expressions (a span and a way to compute
 * the TIMEX3 value once the document context is known) and the context they are resolved in.
 */
import type { CalendarDay } from './time-calendar.ts';

/** A TIMEX3 type, value and modifier. */
export interface TimexValue {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string | null;
  mod?: string | null;
}

/** Past or future orientation of the words around an expression (null: no cue). */
export type Tense = 'past' | 'future' | null;

/**
 * What the resolver knows: the publication day and what the document mentioned so far (TimeML resolves
 * anaphoric expressions such as "the quarter" or "a year earlier" against them).
 */
export interface TimeContext {
  text: string;
  /** The publication day, or null: relative expressions then stay patterns (XXXX-07). */
  dct: CalendarDay | null;
  /** Orientation of the sentence around [start, end). */
  tense(start: number, end: number): Tense;
  /** The sentence around an offset (within the window being resolved). */
  sentence(at: number): { start: number; end: number };
  /** The last quarter mentioned, with the offset where it was mentioned. */
  quarter: { y: number; q: number; at: number } | null;
  /** The last year mentioned explicitly (a DATE value with a year). */
  year: { y: number; at: number } | null;
  /** The last day mentioned (YYYY-MM-DD). */
  day: { day: CalendarDay; at: number } | null;
}

/** How a candidate combines with its neighbours. */
export type CandidateRole =
  | 'point' // a date or time that can take "early", "late", "the end of"
  | 'day' // a day-granular point that can carry a clock time ("Tuesday", "yesterday", "Aug. 7")
  | 'clock' // a clock time without a day ("2:30 p.m.")
  | 'duration' // a length that can take "nearly", "the past"
  | 'other';

/** A candidate temporal expression. */
export interface TimeCandidate {
  start: number;
  end: number;
  /** Breaks ties between candidates of equal length (higher wins). */
  priority: number;
  role: CandidateRole;
  /** For clock candidates: the time part ("T14:30", "TMO"). */
  clock?: string;
  /** Which pass made it (for debugging). */
  source: string;
  /** True when the value is derived from earlier mentions: it must not become the anchor for later ones. */
  anaphoric?: boolean;
  /** The value, computed in document order (null: drop the candidate). */
  resolve(ctx: TimeContext, self: TimeCandidate): TimexValue | null;
}
