/**
 * Schemas for what users hand us: `corpus.json` manifests and JSONL lines. Types are inferred from them.
 */
import { z } from 'zod';

const optionalString = z.string().nullish();

/** One line of a `.jsonl` / `.ndjson` input: one of `text` or `html` is required. */
export const JsonlLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String).nullish(),
    text: optionalString,
    html: optionalString,
    title: optionalString,
    published: optionalString,
    url: optionalString,
    outlet: optionalString,
  })
  .passthrough()
  .refine((o) => typeof o.text === 'string' || typeof o.html === 'string', {
    message: 'a line needs a "text" or an "html" field',
  });
export type JsonlLine = z.infer<typeof JsonlLineSchema>;

/** A folder's `corpus.json`: metadata per file. */
export const ManifestSchema = z.object({
  documents: z.array(
    z.object({
      path: z.string().min(1),
      published: optionalString,
      title: optionalString,
      url: optionalString,
      outlet: optionalString,
      id: optionalString,
    }).passthrough(),
  ),
}).passthrough();
export type Manifest = z.infer<typeof ManifestSchema>;

/** Formats a zod error as one line: `path: message; path: message`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`).join('; ');
}
