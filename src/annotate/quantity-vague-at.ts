/** Vague magnitudes: "thousands", "tens of thousands", "hundreds of millions", "dozens", "several hundred". */
import { SEVERAL_SCALE_AT, VAGUE_AT } from '../text/en/quantity-patterns.ts';
import { wordBefore } from './quantity-word-before.ts';

/** A vague magnitude read at a position. */
export interface VagueMagnitude {
  /** As reported in `Quantity.vague`, lower case and plural: "thousands", "tens of thousands". */
  vague: string;
  start: number;
  end: number;
}

/**
 * The vague magnitude starting at `pos` ("several hundred" and "a few thousand" read as "hundreds", "thousands"),
 * not reaching before `floor`; null when there is none.
 *
 * @example vagueAt('tens of thousands of people', 0, 0) // { vague: 'tens of thousands', start: 0, end: 17 }
 */
export function vagueAt(text: string, pos: number, floor: number): VagueMagnitude | null {
  VAGUE_AT.lastIndex = pos;
  const m = VAGUE_AT.exec(text);
  if (m) {
    const vague = (m[1] ? `${m[1]} of ${m[2]}` : m[2]).toLowerCase();
    return { vague, start: pos, end: pos + m[0].length };
  }
  SEVERAL_SCALE_AT.lastIndex = pos;
  const s = SEVERAL_SCALE_AT.exec(text);
  if (!s) return null;
  // "a few hundred": the article belongs to the phrase.
  const a = wordBefore(text, pos, floor);
  const start = a && a.text.toLowerCase() === 'a' && s[0][0].toLowerCase() === 'f' ? a.start : pos;
  return { vague: `${s[1].toLowerCase()}s`, start, end: pos + s[0].length };
}
