/** Vague magnitudes: "thousands", "tens of thousands", "hundreds of millions", "dozens", "scores of". */
import { VAGUE_AT } from '../text/en/quantity-patterns.ts';
import { matchAt } from './quantity-match-at.ts';

/** A vague magnitude read at a position. */
export interface VagueMagnitude {
  /** As reported in `Quantity.vague`, lower case and plural: "thousands", "tens of thousands". */
  vague: string;
  start: number;
  end: number;
}

/**
 * The vague magnitude starting at `pos`, or null. "Several hundred" is left alone: a count, not a magnitude.
 *
 * @example vagueAt('tens of thousands of people', 0) // { vague: 'tens of thousands', start: 0, end: 17 }
 */
export function vagueAt(text: string, pos: number): VagueMagnitude | null {
  const m = matchAt(VAGUE_AT, text, pos);
  if (!m) return null;
  const vague = (m[1] ? `${m[1]} of ${m[2]}` : m[2]).toLowerCase();
  return { vague, start: pos, end: pos + m[0].length };
}
