/**
 * The words and clause marks of a window, tokenised once so that the tense of every expression in it is a short
 * walk over tokens instead of a scan of the text.
 */
import { allMatches } from '../text/all-matches.ts';
import type { Span } from '../model/report.ts';
import {
  ABBREVIATIONS,
  ABBREVIATION_BEFORE_RE,
  CUE_TOKEN_RE,
  INITIAL_RE,
  SENTENCE_START_AFTER_RE,
  WORD_START_RE,
} from '../text/en/time-patterns.ts';

/** A token: a word (lower case, except "May"), a comma, another clause stop (; : ( ) quotes) or a sentence end. */
export interface CueToken {
  start: number;
  end: number;
  kind: 'word' | 'comma' | 'stop' | 'sentence';
  word: string;
}

/** Whether the . ! ? at `i` ends a sentence: followed by space and a capital, quote or digit; not an abbreviation. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (!SENTENCE_START_AFTER_RE.test(text.slice(i + 1, i + 6))) return false;
  if (c === '.') {
    const word = ABBREVIATION_BEFORE_RE.exec(text.slice(Math.max(0, i - 12), i));
    if (word && (ABBREVIATIONS.has(word[1].toLowerCase()) || INITIAL_RE.test(word[1]))) return false;
  }
  return true;
}

/**
 * The cue tokens of a window, in order.
 * @param text the document text
 * @param win the window
 * @example timeCueTokens('He left, then.', {start: 0, end: 14}) // he, left, ",", then, "." (sentence)
 */
export function timeCueTokens(text: string, win: Span): CueToken[] {
  const out: CueToken[] = [];
  const slice = text.slice(win.start, win.end);
  for (const m of allMatches(CUE_TOKEN_RE, slice)) {
    const start = win.start + (m.index ?? 0);
    const t = m[0];
    const end = start + t.length;
    if (WORD_START_RE.test(t)) out.push({ start, end, kind: 'word', word: t === 'May' ? 'May' : t.toLowerCase() });
    else if (t === ',') out.push({ start, end, kind: 'comma', word: t });
    else if (t === '.' || t === '!' || t === '?') {
      if (endsSentence(text, start)) out.push({ start, end, kind: 'sentence', word: t });
    } else out.push({ start, end, kind: 'stop', word: t });
  }
  return out;
}
