/** The JSON Schema of the report, generated from the zod schema (the one declaration of the format). */
import { z } from 'zod';
import { ReportSchema } from './report.ts';

/** @example reportJsonSchema().title // 'Triangulate report, version 1' */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://github.com/triangulate/triangulate/schema/report.schema.json',
    title: 'Triangulate report, version 1',
    description: 'What `triangulate analyze --format json` writes. Offsets are UTF-16 code-unit offsets into documents[].text, end exclusive.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
