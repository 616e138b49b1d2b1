// Where the esbuild bundles of the sources are kept (see worker-bundle.ts and cli/cli-bundle.mjs), and how they are
// written and cleared. Plain JavaScript with its types in bundle-cache.d.mts: the command's entry point loads it
// before anything can load TypeScript.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Where bundles are written: beside the packages they import, which resolve from there. */
export const BUNDLE_DIR = join(here, '..', '..', 'node_modules', '.cache', 'triangulate');

/** The sources bundles are made from. */
export const SRC = join(here, '..');

/**
 * Where the bundle of the current sources of one kind is: named by `prefix`, a key of every file under src/ and
 * `salt` (esbuild's version, how the bundle is made); `ready` when an earlier run made it.
 */
export function bundleFor(dir, prefix, salt) {
  const file = join(dir, `${prefix}${sourcesKey(SRC, salt)}.mjs`);
  return { file, ready: existsSync(file) };
}

/** Saves a bundle made for `file` (see bundleFor) and removes those of the same kind left by older sources. */
export function saveBundle(file, prefix, code) {
  writeBundle(dirname(file), basename(file), code);
  pruneBundles(dirname(file), prefix, file);
  return file;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Writes `code` as `dir/name` unless that file exists, through a temporary file renamed into place: concurrent
 * runs write the same file (or each its own), and none reads a half-written one.
 * @returns the file's path
 */
function writeBundle(dir, name, code) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  return file;
}

/** Removes the files of `dir` named with `prefix` (bundles of other sources, stray temporary files) older than a day, but `keep`. */
function pruneBundles(dir, prefix, keep) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.startsWith(prefix) || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * A hash of what a bundle is made from: every file under `root` by path, size and modification time.
 * @param salt what else the bundle depends on (esbuild's version, how it is made)
 */
export function sourcesKey(root, salt = '') {
  const hash = createHash('sha256').update(`${salt}\0`);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const st = statSync(path);
        hash.update(`${relative(root, path)}\0${st.size}\0${st.mtimeMs}\0`);
      }
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}
