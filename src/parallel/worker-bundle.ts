/**
 * The worker threads' code as one JavaScript file, bundled by esbuild from the TypeScript sources when they have
 * changed (about 50 ms). A worker that loads it does not go through tsx: no module loader thread of its own
 * (about 30 MB of memory per worker) and no transpiling of every source file at start (about 0.7 s of CPU per
 * worker).
 *
 * The file goes under the project's `node_modules/.cache`, from where the packages it imports resolve, named by a
 * hash of the sources (every file under src/ by path, size and modification time; see bundle-cache.mjs):
 * concurrent runs write the same file (or each its own), never a half-written one. Files left by older sources
 * are removed after a day. When the bundle cannot be made (esbuild missing, a read-only install)
 * the pool falls back to loading the sources through tsx, as it does when `TRIANGULATE_WORKER_BUNDLE=off`.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, bundleFor, saveBundle } from './bundle-cache.mjs';

export { BUNDLE_DIR };

const here = dirname(fileURLToPath(import.meta.url));

const PREFIX = 'doc-worker-';
/** Changes when the way this bundle is made changes. */
const FORMAT = '1';

/**
 * The path of a bundle of the worker's code (its default export runs one task, see worker-task.ts), or null when it
 * cannot be made.
 * @param env where `TRIANGULATE_WORKER_BUNDLE=off` turns bundling off
 */
export function workerBundle(env: Record<string, string | undefined> = process.env, dir = BUNDLE_DIR): string | null {
  if (env.TRIANGULATE_WORKER_BUNDLE?.trim().toLowerCase() === 'off') return null;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const { file, ready } = bundleFor(dir, PREFIX, `${FORMAT}:${esbuild.version}`);
    if (ready) return file;
    const out = esbuild.buildSync({
      stdin: { contents: "export { runWorkerTaskInTurn as default } from './worker-task.ts';", resolveDir: here, sourcefile: 'doc-worker-entry.ts', loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent',
    });
    return saveBundle(file, PREFIX, out.outputFiles[0].text);
  } catch {
    return null;
  }
}

/** Options that load a module into every thread: `--import X`, `--require X`, `--loader X` (or `--opt=X`, `-r X`). */
const LOADER_OPTION = /^(?:--import|--require|-r|--loader|--experimental-loader)(?:=(.*))?$/;

/**
 * The Node options for workers that load the bundle: the parent's, less those that load tsx. Workers inherit
 * their parent's options, and a parent started through tsx (`tsx script.ts`, `node --import tsx`, as `npm run
 * bench` is) would give each worker tsx's loader, which transpiles every CommonJS file it requires (wink's model
 * among them) with esbuild: about a second of CPU per worker at start, for code the bundle already is.
 * @example bundleExecArgv(['--import', 'tsx', '--cpu-prof']) // ['--cpu-prof']
 */
export function bundleExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const m = LOADER_OPTION.exec(execArgv[i]);
    const value = m ? (m[1] ?? execArgv[i + 1] ?? '') : null;
    if (value !== null && /(?:^|[\\/])tsx(?:$|[\\/])/.test(value)) {
      if (m![1] === undefined) i++;
      continue;
    }
    out.push(execArgv[i]);
  }
  return out;
}

