/**
 * Scores the time tagger on the TempEval-3 dev split: reads ../shared/eval/data/times/gold.jsonl (only `id`,
 * `text` and `published` of each line; the gold timexes are the scorer's business), runs findTimes on each
 * document, writes .tmp/times-report.json in the report format and runs the scorer on it.
 *
 *   npx tsx scripts/eval-times.ts [--quiet]     (from the repository root)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/annotate/find-times.ts';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, '..', 'shared', 'eval', 'data', 'times');
const reportPath = join(root, '.tmp', 'times-report.json');

interface Input {
  id: string;
  text: string;
  published: string | null;
}

const inputs: Input[] = readFileSync(join(dataDir, 'gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const d = JSON.parse(l) as Record<string, unknown>;
    return { id: String(d.id), text: String(d.text), published: typeof d.published === 'string' ? d.published : null };
  });

const documents: object[] = [];
const mentions: object[] = [];
for (const d of inputs) {
  documents.push({
    id: d.id, source: { path: d.id, url: null, outlet: null }, title: null,
    published: { value: d.published, origin: 'metadata' }, language: 'en', text: d.text, removed: [], duplicateOf: null,
  });
  findTimes(d.text, d.published).forEach((t, i) => {
    mentions.push({
      id: `${d.id}#t${i}`, document: d.id, type: 'time', text: t.text, span: t.span,
      time: { value: t.time.value, type: t.time.type }, quantity: null, entity: null,
    });
  });
}

mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(reportPath, JSON.stringify({
  version: 1, documents, entities: [], claims: [], groups: [], contradictions: [], timeline: [], stories: [], mentions,
}));

const args = [join('..', 'shared', 'eval', 'times.mjs'), '--data', join('..', 'shared', 'eval', 'data', 'times'), '--report', reportPath];
if (!process.argv.includes('--quiet')) args.push('--verbose');
process.stdout.write(execFileSync('node', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
