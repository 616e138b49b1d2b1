/**
 * The command line:
 *   triangulate analyze <inputs…> [--format json|md|html|csv] [--out FILE]   one shot, nothing stored
 *   triangulate ingest <inputs…> [--db FILE]                                  add to a store, print what changed
 *   triangulate report [--db FILE] [--format json|md|html|csv] [--out FILE]   a report of a store
 *   triangulate review <claim|group> <key-or-id> <confirmed|disputed|wrong> [--note TEXT] [--db FILE]
 *   triangulate serve [--db FILE] [--port N] [--host H]                        the HTTP API and web UI
 * Exit codes: 0 all inputs processed; 1 some input failed (the others are processed and stored);
 * 2 misuse or a store problem; 3 an internal error (--debug shows the stack).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { z } from 'zod';
import type { AliasTable } from '../annotate/entity-alias-table.ts';
import { describeIssues } from '../ingest/input-schemas.ts';
import { closePool, runPipelineParallel } from '../parallel/run-pipeline-parallel.ts';
import { buildReport } from '../report/build-report.ts';
import { DEFAULT_BATCH, ingestInBatches } from '../parallel/ingest-in-batches.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { reportPart } from '../report/report-slice.ts';
import { FOR_LEAN_REPORT, FOR_REPORT, StoreError, type Store } from '../store/store.ts';
import { ReviewInputSchema } from '../model/review.ts';
import { progressBar } from './progress.ts';
import type { InputError } from '../ingest/input-error.ts';
import { DEFAULT_MAX_BYTES, inputsOf, readInputs } from './read-inputs.ts';
import { renderReport, type Format } from './render-report.ts';
import { joinedPieces } from '../report/json-report-chunks.ts';
import type { Report } from '../model/report.ts';
import { UserError } from './user-error.ts';
import { limitHeapGrowth } from './limit-heap-growth.ts';

export { UserError };

/** The database file used when `--db` is not given. */
export const DEFAULT_DB = 'triangulate.db';

function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UserError(`${name} must be a positive whole number, got "${v}"`);
    return n;
  };
}

function portNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port must be a whole number from 0 to 65535, got "${v}"`);
  return n;
}

/** Writes to the file `out`, or to standard output; pieces are joined into writes of about a megabyte. */
function write(out: string | undefined, body: string | Iterable<string>): void {
  const failed = (e: unknown) => new UserError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`);
  let fd: number | null = null;
  if (out) {
    try {
      fd = openSync(out, 'w');
    } catch (e) {
      throw failed(e);
    }
  }
  try {
    for (const piece of typeof body === 'string' ? [body] : joinedPieces(body)) {
      if (fd === null) process.stdout.write(piece);
      else {
        try {
          writeSync(fd, piece);
        } catch (e) {
          throw failed(e);
        }
      }
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A report in the format asked for (JSON and HTML in pieces: see renderReport). */
function writeReport(out: string | undefined, report: Report, format: Format): void {
  write(out, renderReport(report, format));
}

function openStore(file: string, readonly = false): Store {
  try {
    return openSqliteStore(file, { readonly });
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw e;
  }
}

function withStore<T>(file: string, readonly: boolean, f: (s: Store) => T): T {
  const store = openStore(file, readonly);
  try {
    return f(store);
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw e;
  } finally {
    store.close();
  }
}

async function withStoreAsync<T>(file: string, f: (s: Store) => Promise<T>): Promise<T> {
  const store = openStore(file, false);
  try {
    return await f(store);
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw e;
  } finally {
    store.close();
  }
}

interface InputOptions {
  aliases?: string;
  maxBytes: number;
  maxDocs: number;
  threads?: number;
  docBudget?: number;
  quiet?: boolean;
}

const AliasFileSchema = z.object({
  entities: z.array(z.object({
    name: z.string().min(1),
    type: z.enum(['person', 'organization', 'country', 'place', 'other']),
    aliases: z.array(z.string()).default([]),
  })),
});

/** Reads a user alias table (`--aliases FILE`), or throws a UserError naming the file and the problem. */
function readAliases(file: string | undefined): AliasTable | undefined {
  if (!file) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`cannot read the alias table ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const parsed = AliasFileSchema.safeParse(value);
  if (!parsed.success) throw new UserError(`the alias table ${file} is not {"entities": [{"name", "type", "aliases"}]}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function reportErrors(errors: Array<{ input: string; message: string }>, quiet?: boolean): void {
  if (!quiet) for (const e of errors) process.stderr.write(`triangulate: ${e.input}: ${e.message}\n`);
}

/** Above this many documents `analyze` says that `ingest` is the way for a corpus that large. */
export const ANALYZE_IN_MEMORY_HINT = 5000;

/**
 * What `analyze` says before a large run: it holds every document in memory (5,000 PolNeAR articles peaked at
 * 1.5 GB), where `ingest` streams the corpus into a store in batches. Null for a run of ordinary size.
 */
export function analyzeHint(documents: number): string | null {
  if (documents <= ANALYZE_IN_MEMORY_HINT) return null;
  return `triangulate: analyze holds all ${documents.toLocaleString('en-US')} documents in memory (about 0.3 MB an article); for a corpus this large, \`triangulate ingest\` streams it into a store in batches and \`triangulate report\` writes the report\n`;
}

async function analyze(paths: string[], o: InputOptions & { format: Format; out?: string }): Promise<number> {
  const { inputs, errors } = readInputs(paths, { maxBytes: o.maxBytes, maxDocuments: o.maxDocs });
  const hint = analyzeHint(inputs.length);
  if (hint && !o.quiet) process.stderr.write(hint);
  const bar = progressBar(!!o.quiet);
  const corpus = await runPipelineParallel(inputs, { onProgress: bar.onProgress, threads: o.threads, docBudgetMs: (o.docBudget ?? 60) * 1000, aliases: readAliases(o.aliases) });
  bar.stop();
  const report = buildReport(corpus, errors);
  writeReport(o.out, report, o.format);
  const failed = report.errors ?? [];
  reportErrors(failed, o.quiet);
  if (!inputs.length && !failed.length) throw new UserError('no documents found in the inputs (a folder is read for .txt, .md, .html, .htm, .jsonl, .ndjson, .rss and .atom files)');
  return failed.length ? 1 : 0;
}

async function ingest(paths: string[], o: InputOptions & { db: string; batch: number }): Promise<number> {
  // Files are read as the batches need them: the corpus is never in memory at once. Problems with inputs are
  // named after the run.
  const errors: InputError[] = [];
  const inputs = inputsOf(paths, { maxBytes: o.maxBytes, maxDocuments: o.maxDocs }, errors);
  return withStoreAsync(o.db, async (store) => {
    const bar = progressBar(!!o.quiet);
    const out = await ingestInBatches(store, inputs, { onProgress: bar.onProgress, docBudgetMs: (o.docBudget ?? 60) * 1000, aliases: readAliases(o.aliases), threads: o.threads, batch: o.batch });
    bar.stop();
    reportErrors(errors, o.quiet);
    const failed = out.failed;
    for (const d of failed) process.stderr.write(`triangulate: ${d.label}: ${d.reason}\n`);
    const lines = [
      `${out.added.length} document${out.added.length === 1 ? '' : 's'} added to ${o.db}${out.skipped.length ? `, ${out.skipped.length} already stored` : ''}; ${out.total} in all.`,
      ...out.changes.map((c) => `  ${c.message}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return errors.length || failed.length ? 1 : 0;
  });
}

function report(o: { db: string; format: Format; out?: string; story?: string; document?: string }): number {
  if (o.story !== undefined && o.document !== undefined) throw new UserError('report: give --story or --document, not both');
  return withStore(o.db, true, (store) => {
    // Markdown and CSV show no mentions: their documents are read without the annotations mentions are made of.
    const s = store.load(o.format === 'md' || o.format === 'csv' ? FOR_LEAN_REPORT : FOR_REPORT);
    const whole = buildReport(s, [], store.reviews());
    // One story or one document: what the web UI shows of it.
    const part = reportPart(whole, o);
    if (typeof part === 'string') {
      const stories = o.story !== undefined ? ` (its stories are ${whole.stories.slice(0, 5).map((x) => x.id).join(', ')}${whole.stories.length > 5 ? ', …' : ''})` : '';
      throw new UserError(`report: ${part} in ${o.db}${stories}`);
    }
    writeReport(o.out, part, o.format);
    return 0;
  });
}

/** The stories of a store, one a line (id, documents, title), or as JSON: what `report --story` takes. */
function listStories(o: { db: string; json?: boolean }): number {
  return withStore(o.db, true, (store) => {
    const stories = store.stories();
    if (o.json) process.stdout.write(JSON.stringify(stories.map((s) => ({ id: s.id, title: s.title, documents: s.documents.length }))) + '\n');
    else for (const s of stories) process.stdout.write(`${s.id}\t${s.documents.length} document${s.documents.length === 1 ? '' : 's'}\t${s.title}\n`);
    return 0;
  });
}

function review(target: string, key: string, status: string, o: { db: string; note?: string }): number {
  const parsed = ReviewInputSchema.safeParse({ target, key, status, note: o.note ?? null });
  if (!parsed.success) throw new UserError(`review: expected "claim" or "group", a key or id, and confirmed, disputed or wrong (${parsed.error.issues[0].message})`);
  return withStore(o.db, false, (store) => {
    // Found in the store: a large store need not be loaded to find one.
    const item = parsed.data.target === 'claim' ? store.findClaim(key) : store.findGroup(key);
    if (!item) throw new UserError(`no ${parsed.data.target} with id or key "${key}" in ${o.db}`);
    const r = store.addReview({ ...parsed.data, key: item.key ?? item.id });
    process.stdout.write(`review ${r.id}: ${r.target} ${item.id} (${r.key}) ${r.status}${r.note ? `: ${r.note}` : ''}\n`);
    return 0;
  });
}

async function serve(o: { db: string; port: number; host: string; tokenFile?: string; quiet?: boolean }): Promise<number> {
  const { serveApp } = await import('../server/serve-app.ts');
  let token = process.env.TRIANGULATE_TOKEN?.trim() || null;
  if (o.tokenFile) {
    try {
      token = readFileSync(o.tokenFile, 'utf8').trim() || null;
    } catch (e) {
      throw new UserError(`cannot read the token file ${o.tokenFile}: ${(e as Error).message}`);
    }
  }
  const store = openStore(o.db);
  try {
    await serveApp({ store, token, host: o.host, port: o.port, quiet: !!o.quiet });
  } catch (e) {
    store.close();
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EADDRINUSE' ? `port ${o.port} is in use (choose another with --port)` : (e as Error).message);
  }
  return 0;
}

/** Builds the program. */
export function buildProgram(): Command {
  const program = new Command('triangulate')
    .description('Turn many news reports on one developing story into an evidence ledger.')
    .option('--debug', 'show stack traces for errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const formats = (def: Format) => new Option('-f, --format <format>', 'report format').choices(['json', 'md', 'html', 'csv']).default(def);
  const inputOptions = (cmd: Command) => cmd
    .option('--max-bytes <n>', 'largest input file in bytes', positiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--max-docs <n>', 'most documents in one run', positiveInt('--max-docs'), 100_000)
    .option('--threads <n>', 'worker threads for the per-document stages (default: the cores available)', positiveInt('--threads'))
    .option('--aliases <file>', 'a JSON alias table merged with the built-in one: {"entities": [{"name", "type", "aliases": []}]}')
    .option('--doc-budget <seconds>', 'time budget per document; a document over it is reported and skipped', positiveInt('--doc-budget'), 60)
    .option('-q, --quiet', 'no progress bar, and do not list failed inputs on standard error');
  inputOptions(program
    .command('analyze')
    .description('analyse files, folders (with an optional corpus.json), JSONL, RSS/Atom feeds, or - for standard input; nothing is stored')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .addOption(formats('json'))
    .option('-o, --out <file>', 'write the report to a file instead of standard output'))
    .action(async function (this: Command, paths: string[]) {
      process.exitCode = await analyze(paths, this.opts());
    });
  inputOptions(program
    .command('ingest')
    .description('add documents to a store (the same content twice is one document) and print what changed')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .option('--batch <n>', 'documents per committed batch (the next batch is read while one is committed)', positiveInt('--batch'), DEFAULT_BATCH))
    .action(async function (this: Command, paths: string[]) {
      process.exitCode = await ingest(paths, this.opts());
    });
  program
    .command('report')
    .description("write a report of a store's contents, with reviews")
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .addOption(formats('md'))
    .option('-o, --out <file>', 'write the report to a file instead of standard output')
    .option('--story <id>', 'only one story: its documents and claims, the groups, contradictions and timeline entries they take part in')
    .option('--document <id>', 'only one document, the same way')
    .action(function (this: Command) {
      process.exitCode = report(this.opts());
    });
  program
    .command('stories')
    .description("list a store's stories (id, documents, title): the ids report --story takes")
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .option('--json', 'as JSON: [{"id", "title", "documents": count}]')
    .action(function (this: Command) {
      process.exitCode = listStories(this.opts());
    });
  program
    .command('review')
    .description('mark a claim or a group confirmed, disputed or wrong (kept across re-ingests)')
    .argument('<target>', 'claim or group')
    .argument('<key>', "the claim's or group's id (c12, g3) or stable key")
    .argument('<status>', 'confirmed, disputed or wrong')
    .option('--note <text>', 'a note')
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .action(function (this: Command, target: string, key: string, status: string) {
      process.exitCode = review(target, key, status, this.opts());
    });
  program
    .command('serve')
    .description('serve the HTTP API and the web UI over a store (writes need TRIANGULATE_TOKEN or --token-file)')
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .option('--port <n>', 'port (0: any free port)', portNumber, 8750)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--token-file <file>', 'a file holding the bearer token for writes')
    .option('-q, --quiet', 'no request log')
    .action(async function (this: Command) {
      process.exitCode = await serve(this.opts());
    });
  return program;
}

/**
 * A reader that stops early (`triangulate report | head`) closes the pipe: the rest of the output is dropped and
 * the command ends as it would have, without a stack trace. Another write error is one line and exit code 2.
 */
export function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`triangulate: cannot write to standard output: ${e.message}\n`);
  process.exit(2);
}

/** Runs the CLI with `argv` (without the node and script entries) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  const heapWarning = limitHeapGrowth();
  if (heapWarning) process.stderr.write(`triangulate: ${heapWarning}\n`);
  const program = buildProgram();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (argv[0] !== 'serve') await closePool();
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    await closePool();
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError || (e as Error)?.name === 'InvalidArgumentError') {
      process.stderr.write(`triangulate: ${(e as Error).message}\n`);
      if (debug) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
      return 2;
    }
    process.stderr.write(`triangulate: internal error: ${(e as Error)?.message ?? e}\n`);
    if (debug) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    else process.stderr.write('run again with --debug to see the stack trace\n');
    return 3;
  }
}
