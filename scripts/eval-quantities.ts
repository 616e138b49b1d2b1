/**
 * Scores the quantity extractor on the NewsQuant dev split: reads `../shared/eval/data/quantities/gold.jsonl`
 * (only each line's `id` and `text`; the gold answers are left to the scorer), runs `findQuantities` on every
 * sentence, writes a report to `.tmp/quantities-report.json`, and runs the shared scorer on it.
 *
 * Usage (from the repository root): `npx tsx scripts/eval-quantities.ts [--quiet]`
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuantities } from '../src/annotate/find-quantities.ts';
import type { Mention, Report, ReportDocument } from '../src/model/report.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/eval/data/quantities');
const reportPath = join(root, '.tmp/quantities-report.json');
const quiet = process.argv.includes('--quiet');

/** The id and text of each sentence: nothing else of a gold line is read. */
function readSentences(path: string): Array<{ id: string; text: string }> {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    return { id, text };
  });
}

const sentences = readSentences(join(data, 'gold.jsonl'));
const documents: ReportDocument[] = [];
const mentions: Mention[] = [];
for (const { id, text } of sentences) {
  documents.push({
    id, source: { path: id, url: null, outlet: null }, title: null, published: { value: null, origin: 'unknown' },
    language: 'en', text, removed: [], duplicateOf: null,
  });
  findQuantities(text).forEach((q, i) => {
    mentions.push({ id: `${id}-q${i + 1}`, document: id, type: 'quantity', text: q.text, span: q.span, time: null, quantity: q.quantity, entity: null });
  });
}
const report: Report = { version: 1, documents, entities: [], claims: [], groups: [], contradictions: [], timeline: [], stories: [], mentions };
mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(reportPath, JSON.stringify(report, null, 1));

const args = ['../shared/eval/quantities.mjs', '--data', '../shared/eval/data/quantities', '--report', '.tmp/quantities-report.json'];
if (!quiet) args.push('--verbose');
const run = spawnSync('node', args, { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
