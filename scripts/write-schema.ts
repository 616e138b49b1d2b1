/** Writes schema/report.schema.json from the zod report schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/model/report-json-schema.ts';

const file = new URL('../schema/report.schema.json', import.meta.url);
writeFileSync(file, JSON.stringify(reportJsonSchema(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
