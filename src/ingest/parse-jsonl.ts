/**
 * Reads a JSONL / NDJSON input: one document a line. A bad line is reported and skipped; the others stay.
 */
import type { RawInput } from '../model/doc.ts';
import { JsonlLineSchema, describeIssues } from './input-schemas.ts';
import type { InputError } from './input-error.ts';

/**
 * @param text the decoded file
 * @param path the file's path as given (used for `source.path` when a line has no id, and in messages)
 * @example parseJsonl('{"id":"a","text":"Hi"}\n', 'x.jsonl').inputs[0].meta.id // 'a'
 */
export function parseJsonl(text: string, path: string): { inputs: RawInput[]; errors: InputError[] } {
  const inputs: RawInput[] = [];
  const errors: InputError[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const r = parseJsonlLine(lines[i], i + 1, path);
    if (r === null) continue;
    if ('code' in r) errors.push(r);
    else inputs.push(r);
  }
  return { inputs, errors };
}

/**
 * One line of a JSONL input: the document it holds, the problem with it, or null for a blank line.
 * @param lineNo the line's number, from 1
 * @example parseJsonlLine('{"text":"Hi"}', 3, 'x.jsonl') // { label: 'x.jsonl:3', format: 'text', raw: 'Hi', … }
 */
export function parseJsonlLine(text: string, lineNo: number, path: string): RawInput | InputError | null {
  const line = text.trim();
  if (!line) return null;
  const label = `${path}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { input: label, code: 'bad-json', message: `line ${lineNo} is not valid JSON (${(e as Error).message})` };
  }
  const parsed = JsonlLineSchema.safeParse(value);
  if (!parsed.success) return { input: label, code: 'bad-line', message: `line ${lineNo}: ${describeIssues(parsed.error)}` };
  const o = parsed.data;
  const id = o.id ?? null;
  return {
    label,
    source: { path: id ?? label, url: o.url ?? null, outlet: o.outlet ?? null },
    format: typeof o.html === 'string' && typeof o.text !== 'string' ? 'html' : 'text',
    raw: (typeof o.text === 'string' ? o.text : o.html) ?? '',
    meta: { id: id ?? undefined, title: o.title ?? null, published: o.published ?? null, url: o.url ?? null, outlet: o.outlet ?? null },
  };
}
