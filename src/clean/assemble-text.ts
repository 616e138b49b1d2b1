/**
 * Joins the kept blocks of a page into the cleaned text (blocks separated by a blank line), and records what
 * was removed, which passages are derivative, and the map from cleaned offsets back to the raw input.
 */
import type { Block, OffsetRun } from '../model/doc.ts';
import type { Derivative, Removed } from '../model/report.ts';
import { alignToRaw } from './align-to-raw.ts';
import type { BlockDecision } from './classify-blocks.ts';
import type { RawBlock } from './raw-block.ts';

export interface Assembled {
  text: string;
  blocks: Block[];
  removed: Removed[];
  derivative: Derivative[];
  offsets: OffsetRun[];
  /** The text of the block chosen as the title, if any. */
  title: string | null;
}

/**
 * @param raw the decoded input (offsets point into it)
 * @param blocks the page's blocks, in order
 * @param decisions one decision per block (see classifyBlocks)
 */
export function assembleText(raw: string, blocks: RawBlock[], decisions: BlockDecision[]): Assembled {
  const parts: string[] = [];
  const out: Assembled = { text: '', blocks: [], removed: [], derivative: [], offsets: [], title: null };
  let length = 0;
  let rawCursor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const d = decisions[i];
    if (d.action === 'title') {
      out.title ??= b.text.replace(/^#{1,6} /, '');
      if (b.rawStart !== null) rawCursor = b.rawStart + b.text.length;
      continue;
    }
    if (d.action === 'remove') {
      out.removed.push({ text: b.text, reason: d.reason });
      if (b.rawStart !== null) rawCursor = b.rawStart + b.text.length;
      continue;
    }
    if (parts.length) {
      parts.push('\n\n');
      length += 2;
    }
    const start = length;
    parts.push(b.text);
    length += b.text.length;
    const span = { start, end: length };
    out.blocks.push({ span, kind: b.kind });
    if (d.action === 'derivative') out.derivative.push({ span, reason: d.reason });
    if (b.rawStart !== null) {
      out.offsets.push({ start, rawStart: b.rawStart, length: b.text.length, rawLength: b.text.length, exact: true });
      rawCursor = b.rawStart + b.text.length;
    } else {
      const runs = alignToRaw(raw, b.text, rawCursor);
      for (const r of runs) out.offsets.push({ ...r, start: r.start + start });
      if (runs.length) rawCursor = runs[runs.length - 1].rawStart + runs[runs.length - 1].rawLength;
    }
  }
  out.text = parts.join('');
  return out;
}
