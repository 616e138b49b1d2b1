// The command's code as one JavaScript file, bundled by esbuild from the TypeScript sources, so that a command
// starts without tsx: loading some 150 source files through tsx's module hooks took about 0.4 s of every start
// (`triangulate --help` 0.87 → 0.45 s, `analyze examples/kursk` 1.12 → 0.75 s). Plain JavaScript, with its types
// in cli-bundle.d.mts: bin/triangulate.js loads it before anything can load TypeScript.
//
// A bundle is made when the sources change, not at every start (making one takes about 0.15 s): it is named by
// a hash of the path, size and modification time of every file under src/ (and of esbuild's version), and kept
// beside the worker threads' bundle (bundle-cache.mjs). Each source file keeps its own `import.meta.url`, so the
// files it reads beside itself (the web UI's assets) and the worker threads' bundle are found as from the sources.
// When no bundle can be made (esbuild missing, a read-only install), or with `TRIANGULATE_CLI_BUNDLE=off`, the
// command loads the sources through tsx.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_DIR, SRC, bundleFor, saveBundle } from '../parallel/bundle-cache.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PREFIX = 'cli-';
/** Changes when the way this bundle is made changes. */
const FORMAT = '2';

/** An esbuild plugin that gives every source file its own URL as `import.meta.url`. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(?:ts|mjs)$/ }, (args) => {
      if (relative(SRC, args.path).startsWith('..')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * The path of a bundle of the command (it exports `main`, and what bundle-entry.ts lists), made if the sources
 * changed since the last one, or null when none can be made.
 * @param env where `TRIANGULATE_CLI_BUNDLE=off` turns bundling off
 */
export async function cliBundle(env = process.env, dir = BUNDLE_DIR) {
  if (env.TRIANGULATE_CLI_BUNDLE?.trim().toLowerCase() === 'off') return null;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild');
    const { file, ready } = bundleFor(dir, PREFIX, `${FORMAT}:${esbuild.version}`);
    if (ready) return file;
    const out = await esbuild.build({
      entryPoints: [join(here, 'bundle-entry.ts')],
      bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent',
      plugins: [ownImportMetaUrl],
    });
    return saveBundle(file, PREFIX, out.outputFiles[0].text);
  } catch {
    return null;
  }
}
