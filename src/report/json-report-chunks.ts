/**
 * The JSON report in pieces whose concatenation is `JSON.stringify(report, null, space)` (plus a final line break
 * when indented), byte for byte. A report of 10,000 articles is about half a billion characters: as one string,
 * and then its UTF-8 copy, it held about a gigabyte more than the report itself. The report object and its lists
 * are written member by member, and each member is stringified on its own.
 */
import type { Report } from '../model/report.ts';

/** Containers this deep are written member by member (the report object, then its lists); deeper ones whole. */
const STREAMED_DEPTH = 2;

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
const hasNoJson = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* pieces(value: unknown, depth: number, space: number): Generator<string> {
  if (depth >= STREAMED_DEPTH || !isContainer(value)) {
    const text = JSON.stringify(value, null, space);
    // A JSON string never holds a raw line break, so every line break is the layout's: indent the lines after the first.
    yield space && depth ? text.replaceAll('\n', '\n' + ' '.repeat(space * depth)) : text;
    return;
  }
  const open = space ? '\n' + ' '.repeat(space * (depth + 1)) : '';
  const close = space ? '\n' + ' '.repeat(space * depth) : '';
  if (Array.isArray(value)) {
    if (!value.length) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield (i ? ',' : '') + open;
      // As JSON.stringify: a member that has no JSON form is null in a list.
      if (hasNoJson(value[i])) yield 'null';
      else yield* pieces(value[i], depth + 1, space);
    }
    yield close + ']';
    return;
  }
  // As JSON.stringify: a property that has no JSON form is left out.
  const entries = Object.entries(value).filter(([, v]) => !hasNoJson(v));
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [k, v]] of entries.entries()) {
    yield `${i ? ',' : ''}${open}${JSON.stringify(k)}:${space ? ' ' : ''}`;
    yield* pieces(v, depth + 1, space);
  }
  yield close + '}';
}

/**
 * @param space indentation as JSON.stringify takes it (0: none, and no final line break)
 * @example [...jsonReportChunks(report)].join('') === JSON.stringify(report, null, 2) + '\n' // true
 */
export function* jsonReportChunks(report: Report, space = 2): Generator<string> {
  yield* pieces(report, 0, space);
  if (space) yield '\n';
}

/** Pieces joined into strings of about `size` characters (the last may be shorter; none is empty), for writing. */
export function* joinedPieces(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}
