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
    const line = lines[i].trim();
    if (!line) continue;
    const label = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push({ input: label, code: 'bad-json', message: `line ${i + 1} is not valid JSON (${(e as Error).message})` });
      continue;
    }
    const parsed = JsonlLineSchema.safeParse(value);
    if (!parsed.success) {
      errors.push({ input: label, code: 'bad-line', message: `line ${i + 1}: ${describeIssues(parsed.error)}` });
      continue;
    }
    const o = parsed.data;
    const id = o.id ?? null;
    inputs.push({
      label,
      source: { path: id ?? label, url: o.url ?? null, outlet: o.outlet ?? null },
      format: typeof o.html === 'string' && typeof o.text !== 'string' ? 'html' : 'text',
      raw: (typeof o.text === 'string' ? o.text : o.html) ?? '',
      meta: { id: id ?? undefined, title: o.title ?? null, published: o.published ?? null, url: o.url ?? null, outlet: o.outlet ?? null },
    });
  }
  return { inputs, errors };
}
