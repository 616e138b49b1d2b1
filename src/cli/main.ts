/**
 * The command line: `triangulate analyze <inputs…> [--format json|md] [--out FILE]`.
 * Exit codes: 0 all inputs processed; 1 some input failed (the report still covers the others);
 * 2 misuse (bad option, no input at all).
 */
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runPipeline } from '../pipeline.ts';
import { buildReport } from '../report/build-report.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { readInputs } from './read-inputs.ts';

/** A mistake of the user's: printed as one line, without a stack trace (unless --debug). */
export class UserError extends Error {}

function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UserError(`${name} must be a positive whole number, got "${v}"`);
    return n;
  };
}

interface AnalyzeOptions {
  format: 'json' | 'md';
  out?: string;
  maxBytes: number;
  maxDocs: number;
  quiet?: boolean;
  debug?: boolean;
}

function analyze(paths: string[], o: AnalyzeOptions): number {
  const { inputs, errors } = readInputs(paths, { maxBytes: o.maxBytes, maxDocuments: o.maxDocs });
  const report = buildReport(runPipeline(inputs), errors);
  const body = o.format === 'md' ? renderMarkdown(report) : JSON.stringify(report, null, 2) + '\n';
  if (o.out) {
    try {
      writeFileSync(o.out, body);
    } catch (e) {
      throw new UserError(`cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`);
    }
  } else process.stdout.write(body);
  const failed = report.errors ?? [];
  if (!o.quiet) for (const e of failed) process.stderr.write(`triangulate: ${e.input}: ${e.message}\n`);
  if (!inputs.length && !failed.length) throw new UserError('no documents found in the inputs (a folder is read for .txt, .md, .html, .htm, .jsonl, .ndjson, .rss and .atom files)');
  return failed.length ? 1 : 0;
}

/** Builds the program; `run` parses argv and returns the exit code. */
export function buildProgram(): Command {
  const program = new Command('triangulate')
    .description('Turn many news reports on one developing story into an evidence ledger.')
    .option('--debug', 'show stack traces for errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('analyze')
    .description('analyse files, folders (with an optional corpus.json), JSONL, RSS/Atom feeds, or - for standard input')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['json', 'md']).default('json'))
    .option('-o, --out <file>', 'write the report to a file instead of standard output')
    .option('--max-bytes <n>', 'largest input file in bytes', positiveInt('--max-bytes'), 64 * 1024 * 1024)
    .option('--max-docs <n>', 'most documents in one run', positiveInt('--max-docs'), 100_000)
    .option('-q, --quiet', 'do not list failed inputs on standard error')
    .action(function (this: Command, paths: string[]) {
      process.exitCode = analyze(paths, this.opts<AnalyzeOptions>());
    });
  return program;
}

/** Runs the CLI with `argv` (without the node and script entries). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError || (e as Error)?.name === 'InvalidArgumentError') {
      process.stderr.write(`triangulate: ${(e as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`triangulate: internal error: ${(e as Error)?.message ?? e}\n`);
    if (debug) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    else process.stderr.write('run again with --debug to see the stack trace\n');
    return 3;
  }
}
