/**
 * The file-system side of ingest: expands the paths a user gives (files, folders with an optional
 * `corpus.json`, `-` for standard input) into decoded inputs. Every problem becomes an `InputError` naming the
 * input; one bad input never stops the others.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { GivenMeta, RawInput } from '../model/doc.ts';
import { decodeBytes, NotTextError, splitsIntoLines } from '../ingest/decode-bytes.ts';
import type { InputError } from '../ingest/input-error.ts';
import { describeIssues, ManifestSchema } from '../ingest/input-schemas.ts';
import { parseFeed, looksLikeFeed } from '../ingest/parse-feed.ts';
import { parseJsonl, parseJsonlLine } from '../ingest/parse-jsonl.ts';

/**
 * Largest input file read by default: far above any news page, far below what would take minutes. A JSONL file
 * is read line by line, and the limit is for each of its lines.
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Largest input file in bytes, or line of a JSONL file (default 16 MiB). */
  maxBytes?: number;
  /** Most documents read in one run (default 100,000). */
  maxDocuments?: number;
  /** Reads standard input (default: the process's). */
  readStdin?: () => Buffer;
}

const TEXT_EXT = new Set(['.txt', '.md', '.text', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
/** What a folder contributes: the spec's article files plus JSONL and feeds. */
const FOLDER_EXT = new Set([...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT, '.rss', '.atom']);

type Kind = 'text' | 'html' | 'jsonl' | 'feed';

function kindOf(name: string, content: string): Kind {
  const ext = extname(name).toLowerCase();
  if (TEXT_EXT.has(ext)) return 'text';
  if (HTML_EXT.has(ext)) return 'html';
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (FEED_EXT.has(ext)) return 'feed';
  const head = content.trimStart().slice(0, 1024);
  if (head.startsWith('{')) return 'jsonl';
  if (looksLikeFeed(head)) return 'feed';
  if (/^<(!doctype html|html|head|body|article|div|p)[\s>]/i.test(head)) return 'html';
  return 'text';
}

/**
 * Reads every input named by `paths`.
 * @example readInputs(['examples/kursk']) // { inputs: [5 RawInputs], errors: [] }
 */
export function readInputs(paths: string[], options: ReadOptions = {}): { inputs: RawInput[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const inputs = [...inputsOf(paths, options, errors)];
  return { inputs, errors };
}

/**
 * The inputs named by `paths`, read one file at a time as they are asked for (a streaming ingest holds one
 * batch, not the corpus); problems are added to `errors` as they are met.
 * @example for (const input of inputsOf(['examples/kursk'], {}, errors)) …
 */
export function* inputsOf(paths: string[], options: ReadOptions, errors: InputError[]): Generator<RawInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDocuments = options.maxDocuments ?? 100_000;

  const contentOf = (label: string, sourcePath: string, bytes: Buffer, meta: GivenMeta = {}): RawInput[] => {
    if (bytes.length > maxBytes) {
      errors.push({ input: label, code: 'too-large', message: `${bytes.length} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)` });
      return [];
    }
    let text: string;
    try {
      text = decodeBytes(bytes).text;
    } catch (e) {
      errors.push({ input: label, code: e instanceof NotTextError ? 'not-text' : 'unreadable', message: (e as Error).message });
      return [];
    }
    const kind = kindOf(sourcePath, text);
    if (kind === 'jsonl') {
      const r = parseJsonl(text, label);
      errors.push(...r.errors);
      if (!r.inputs.length && !r.errors.length) errors.push({ input: label, code: 'empty', message: 'the file has no lines' });
      return r.inputs;
    }
    if (kind === 'feed') {
      const r = parseFeed(text, label);
      errors.push(...r.errors);
      return r.inputs;
    }
    if (!text.trim()) {
      errors.push({ input: label, code: 'empty', message: 'the file is empty' });
      return [];
    }
    return [{ label, source: { path: sourcePath, url: meta.url ?? null, outlet: meta.outlet ?? null }, format: kind, raw: text, meta }];
  };

  /**
   * A JSONL file, line by line (the file may be far larger than one document). Returns false, having read
   * nothing, when the file must be read whole instead: UTF-16, or binary (which `contentOf` names).
   */
  function* jsonlLinesOf(file: string, label: string): Generator<RawInput, boolean> {
    const fd = openSync(file, 'r');
    try {
      const chunk = Buffer.alloc(1 << 20);
      let got = readSync(fd, chunk, 0, chunk.length, null);
      if (!splitsIntoLines(chunk.subarray(0, Math.min(got, 4096)))) return false;
      let parts: Buffer[] = [];
      let partBytes = 0;
      let lineNo = 1;
      let oversized = false;
      let any = false;
      const endLine = function* (): Generator<RawInput> {
        if (oversized) any = true;
        if (oversized) errors.push({ input: `${label}:${lineNo}`, code: 'too-large', message: `line ${lineNo} is over the limit of ${maxBytes} bytes (raise it with --max-bytes)` });
        else if (partBytes > 0) {
          let text: string | null = null;
          try {
            text = decodeBytes(parts.length === 1 ? parts[0] : Buffer.concat(parts)).text;
          } catch (e) {
            any = true;
            errors.push({ input: `${label}:${lineNo}`, code: e instanceof NotTextError ? 'not-text' : 'unreadable', message: `line ${lineNo}: ${(e as Error).message}` });
          }
          const r = text === null ? null : parseJsonlLine(text, lineNo, label);
          if (r !== null) any = true;
          if (r !== null && 'code' in r) errors.push(r);
          else if (r !== null) yield r;
        }
        parts = [];
        partBytes = 0;
        oversized = false;
        lineNo++;
      };
      while (got > 0) {
        let from = 0;
        for (let nl = chunk.indexOf(10, 0); nl !== -1 && nl < got; nl = chunk.indexOf(10, from)) {
          if (!oversized) parts.push(Buffer.from(chunk.subarray(from, nl)));
          partBytes += nl - from;
          if (partBytes > maxBytes) oversized = true;
          from = nl + 1;
          yield* endLine();
        }
        if (from < got) {
          partBytes += got - from;
          if (partBytes > maxBytes) {
            oversized = true;
            parts = [];
          } else parts.push(Buffer.from(chunk.subarray(from, got)));
        }
        got = readSync(fd, chunk, 0, chunk.length, null);
      }
      yield* endLine();
      if (!any) errors.push({ input: label, code: 'empty', message: 'the file has no lines' });
      return true;
    } finally {
      closeSync(fd);
    }
  }

  function* fileOf({ file, label, sourcePath, meta }: FileToRead): Generator<RawInput> {
    if (JSONL_EXT.has(extname(sourcePath).toLowerCase())) {
      try {
        if (yield* jsonlLinesOf(file, label)) return;
      } catch (e) {
        errors.push({ input: label, code: errorCode(e), message: fsMessage(e) });
        return;
      }
    }
    let bytes: Buffer;
    try {
      // Refuse an oversized file before reading it into memory.
      const size = statSync(file).size;
      if (size > maxBytes) {
        errors.push({ input: label, code: 'too-large', message: `${size} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)` });
        return;
      }
      bytes = readFileSync(file);
    } catch (e) {
      errors.push({ input: label, code: errorCode(e), message: fsMessage(e) });
      return;
    }
    yield* contentOf(label, sourcePath, bytes, meta);
  }

  /** Every input, unlimited. */
  function* all(): Generator<RawInput> {
    for (const p of paths) {
      if (p === '-') {
        let bytes: Buffer;
        try {
          bytes = (options.readStdin ?? (() => readFileSync(0)))();
        } catch (e) {
          errors.push({ input: '-', code: 'unreadable', message: `cannot read standard input: ${(e as Error).message}` });
          continue;
        }
        yield* contentOf('-', '-', bytes);
        continue;
      }
      let st;
      try {
        st = statSync(p);
      } catch (e) {
        errors.push({ input: p, code: errorCode(e), message: fsMessage(e) });
        continue;
      }
      if (st.isDirectory()) for (const f of folderFiles(p, errors)) yield* fileOf(f);
      else yield* fileOf({ file: p, label: p, sourcePath: p });
    }
  }

  let n = 0;
  for (const input of all()) {
    if (++n > maxDocuments) {
      errors.push({ input: paths.join(' '), code: 'too-many', message: `over the limit of ${maxDocuments} documents: the first ${maxDocuments} were read, the rest skipped (raise it with --max-docs)` });
      return;
    }
    yield input;
  }
}

/** A file of a folder to read, with what the folder's manifest says of it. */
interface FileToRead {
  file: string;
  label: string;
  sourcePath: string;
  meta?: GivenMeta;
}

/** The files of a folder to read, in name order, then those its manifest names in sub-folders. */
function folderFiles(dir: string, errors: InputError[]): FileToRead[] {
  const files: FileToRead[] = [];
  const metaByPath = new Map<string, GivenMeta>();
  const manifestPath = join(dir, 'corpus.json');
  let listed: string[] = [];
  try {
    listed = readdirSync(dir).sort();
  } catch (e) {
    errors.push({ input: dir, code: errorCode(e), message: fsMessage(e) });
    return files;
  }
  if (listed.includes('corpus.json')) {
    try {
      const parsed = ManifestSchema.safeParse(JSON.parse(decodeBytes(readFileSync(manifestPath)).text));
      if (!parsed.success) {
        errors.push({ input: manifestPath, code: 'bad-manifest', message: `corpus.json does not have the expected shape: ${describeIssues(parsed.error)}; the folder's files are read without it` });
      } else {
        for (const d of parsed.data.documents) {
          metaByPath.set(d.path, { id: d.id ?? undefined, title: d.title ?? null, published: d.published ?? null, url: d.url ?? null, outlet: d.outlet ?? null });
          if (!listed.includes(d.path) && !exists(join(dir, d.path))) {
            errors.push({ input: manifestPath, code: 'missing-file', message: `corpus.json names "${d.path}", which is not in the folder` });
          }
        }
      }
    } catch (e) {
      errors.push({ input: manifestPath, code: 'bad-manifest', message: `corpus.json is not valid JSON (${(e as Error).message}); the folder's files are read without it` });
    }
  }
  for (const name of listed) {
    if (name === 'corpus.json' || name.startsWith('.')) continue;
    if (!FOLDER_EXT.has(extname(name).toLowerCase())) continue;
    const file = join(dir, name);
    const rel = relative(dir, file) || basename(file);
    files.push({ file, label: file, sourcePath: rel, meta: metaByPath.get(rel) });
  }
  // Files that the manifest names inside sub-folders.
  for (const [rel, meta] of metaByPath) {
    if (listed.includes(rel) || !rel.includes('/')) continue;
    const file = join(dir, rel);
    if (exists(file)) files.push({ file, label: file, sourcePath: rel, meta });
  }
  return files;
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code === 'EISDIR') return 'is-a-folder';
  return 'unreadable';
}

function fsMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}
