/**
 * Scores story clustering on the ECB+ dev split (../shared/eval/data/stories): runs `addToStories` over the
 * split's documents (only their ids and texts), writes a report with `stories[]` to .tmp/stories-report.json and
 * runs the scorer on it, once with all documents in one batch and once in several batches (the streaming use:
 * earlier documents never move, so the score should stay close).
 *
 * usage: npx tsx scripts/eval-stories.ts [--data DIR] [--batches N] [--threshold X] [--quiet]
 *   --batches N   also feed the documents in N batches (default 10; 1 to skip), through JSON between batches
 *   --threshold X override the merge threshold (for looking at the curve; the product uses the default)
 *   --quiet       only the summary lines (otherwise the scorer's full --verbose output for the one-batch run)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToStories, createStoryState, storiesOf, type StoryInput, type StoryOptions } from '../src/reconcile/cluster-stories.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const data = arg('--data', '../shared/eval/data/stories');
const batches = Number(arg('--batches', '10'));
const options: Partial<StoryOptions> = {};
if (args.includes('--threshold')) options.threshold = Number(arg('--threshold', '0'));
const quiet = args.includes('--quiet');

const docs: StoryInput[] = readFileSync(join(data, 'docs.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string })
  .map((d) => ({ id: String(d.id), text: String(d.text ?? ''), title: null, published: null, duplicateOf: null }));

/** Clusters `docs` in `n` batches and returns the stories. */
function cluster(n: number) {
  const state = createStoryState();
  const size = Math.ceil(docs.length / n);
  const started = performance.now();
  for (let i = 0; i < docs.length; i += size) {
    // Through JSON between batches, as a store would persist it.
    const restored = i === 0 ? state : JSON.parse(JSON.stringify(state));
    addToStories(restored, docs.slice(i, i + size), options);
    Object.assign(state, restored);
  }
  return { stories: storiesOf(state), ms: performance.now() - started, bytes: JSON.stringify(state).length };
}

/** Writes the report for `stories` and returns the scorer's output. */
function score(stories: ReturnType<typeof storiesOf>, file: string, verbose: boolean): string {
  const report = {
    version: 1,
    documents: docs.map((d) => ({
      id: d.id, source: { path: d.id, url: null, outlet: null }, title: null, published: { value: null, origin: 'unknown' },
      language: 'en', text: d.text, removed: [], duplicateOf: null,
    })),
    entities: [], claims: [], groups: [], contradictions: [], timeline: [], mentions: [], stories,
  };
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(file, JSON.stringify(report));
  const cmd = ['../shared/eval/stories.mjs', '--data', data, '--report', file];
  if (verbose) cmd.push('--verbose');
  return execFileSync('node', cmd, { encoding: 'utf8' });
}

/** The scorer's line for the report ("» this report  B3 F1  B3 P  B3 R  pair F1  stories"). */
const reportLine = (out: string) => (out.split('\n').find((l) => l.includes('this report')) ?? out).replace(/^\s*» this report\s*/, '');

const one = cluster(1);
const oneOut = score(one.stories, '.tmp/stories-report.json', !quiet);
if (!quiet) console.log(oneOut);
console.log(`one batch:  B3 F1 / P / R, pair F1, stories: ${reportLine(oneOut)}   (${one.ms.toFixed(0)} ms, state ${(one.bytes / 1024).toFixed(0)} KiB)`);
if (batches > 1) {
  const many = cluster(batches);
  const out = score(many.stories, '.tmp/stories-report-batches.json', false);
  console.log(`${batches} batches: B3 F1 / P / R, pair F1, stories: ${reportLine(out)}   (${many.ms.toFixed(0)} ms, state ${(many.bytes / 1024).toFixed(0)} KiB)`);
}
