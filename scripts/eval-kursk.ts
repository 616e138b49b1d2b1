/**
 * Scores the whole pipeline on the development corpus: runs `triangulate analyze` over ../shared/corpus/kursk,
 * writes .tmp/kursk-report.json and runs ../shared/eval/score.mjs on it against ../shared/gold/kursk.gold.json.
 *
 *   npm run eval:kursk     (from the repository root; needs ../shared)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const corpus = join(shared, 'corpus', 'kursk');
const gold = join(shared, 'gold', 'kursk.gold.json');
const scorer = join(shared, 'eval', 'score.mjs');
for (const need of [corpus, gold, scorer]) {
  if (!existsSync(need)) {
    console.error(`eval:kursk: ${need} is missing (the development corpus, its gold reading and the scorer live in ../shared).`);
    process.exit(2);
  }
}
const report = join(root, '.tmp', 'kursk-report.json');
mkdirSync(join(root, '.tmp'), { recursive: true });
execFileSync(process.execPath, [join(root, 'bin', 'triangulate.js'), 'analyze', corpus, '-o', report], { stdio: 'inherit' });
execFileSync(process.execPath, [scorer, '--gold', gold, '--report', report], { stdio: 'inherit' });
