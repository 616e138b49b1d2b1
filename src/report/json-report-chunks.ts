/**
 * The JSON report in pieces whose concatenation is `JSON.stringify(report, null, 2) + '\n'`, byte for byte. A
 * report of 10,000 articles is about half a billion characters: as one string, and then its UTF-8 copy, it held
 * about a gigabyte more than the report itself. The report object and its lists are written member by member, and
 * each member is stringified on its own.
 */
import type { Report } from '../model/report.ts';

/** Containers this deep are written member by member (the report object, then its lists); deeper ones whole. */
const STREAMED_DEPTH = 2;

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep: its lines after the first indented. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  // A JSON string never holds a raw line break, so every line break is the layout's.
  return depth === 0 ? text : text.replaceAll('\n', '\n' + '  '.repeat(depth));
}

function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth >= STREAMED_DEPTH || !isContainer(value)) {
    yield nested(value, depth);
    return;
  }
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (!value.length) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      yield pad;
      // As JSON.stringify: a member that has no JSON form is null in a list.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* pieces(v, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield '  '.repeat(depth) + ']';
    return;
  }
  // As JSON.stringify: a property that has no JSON form is left out.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [i, [k, v]] of entries.entries()) {
    yield `${pad}${JSON.stringify(k)}: `;
    yield* pieces(v, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield '  '.repeat(depth) + '}';
}

/**
 * @example [...jsonReportChunks(report)].join('') === JSON.stringify(report, null, 2) + '\n' // true
 */
export function* jsonReportChunks(report: Report): Generator<string> {
  yield* pieces(report, 0);
  yield '\n';
}
