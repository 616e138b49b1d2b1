/**
 * A block of the source before cleaning: a line of plain text or a paragraph-level element of HTML, with its
 * place in the raw input where it is known exactly.
 */
export interface RawBlock {
  /** The block's text (decoded; for plain text, the raw line without its line break and outer spaces). */
  text: string;
  kind: 'paragraph' | 'heading' | 'list-item';
  /** Offset of `text` in the raw input when `text` is a verbatim slice of it (plain text), else null. */
  rawStart: number | null;
}

/** Splits plain text into one block per non-empty line, keeping each line's raw offset. */
export function splitTextBlocks(raw: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const line = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = line.exec(raw))) {
    const s = m[0];
    const lead = s.length - s.trimStart().length;
    const text = s.trim();
    if (!text) continue;
    blocks.push({ text, kind: /^#{1,6} /.test(text) ? 'heading' : 'paragraph', rawStart: m.index + lead });
  }
  return blocks;
}
