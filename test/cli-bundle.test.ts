/**
 * The command's bundle: made again when a source file changes, and it runs as the sources do (through tsx).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { cliBundle } from '../src/cli/cli-bundle.mjs';
import { BUNDLE_DIR, sourcesKey } from '../src/parallel/bundle-cache.mjs';

const BIN = new URL('../bin/triangulate.js', import.meta.url).pathname;
const KURSK = new URL('../examples/kursk', import.meta.url).pathname;

test('the sources\' key changes when a file is changed, touched or added, and only then', () => {
  const root = mkdtempSync(join(tmpdir(), 'tri-key-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'a', 'x.ts'), 'export const x = 1;');
  writeFileSync(join(root, 'y.ts'), 'export const y = 2;');
  const first = sourcesKey(root, 'v1');
  assert.equal(sourcesKey(root, 'v1'), first);
  assert.notEqual(sourcesKey(root, 'v2'), first, 'another esbuild makes another bundle');
  writeFileSync(join(root, 'y.ts'), 'export const y = 22;');
  const edited = sourcesKey(root, 'v1');
  assert.notEqual(edited, first);
  utimesSync(join(root, 'y.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  const touched = sourcesKey(root, 'v1');
  assert.notEqual(touched, edited);
  writeFileSync(join(root, 'a', 'z.ts'), '');
  assert.notEqual(sourcesKey(root, 'v1'), touched);
});

test('TRIANGULATE_CLI_BUNDLE=off leaves the command on the sources', async () => {
  assert.equal(await cliBundle({ TRIANGULATE_CLI_BUNDLE: 'off' }), null);
});

test('a bundle is made once for the same sources and exports the command', async () => {
  // Under the project's node_modules, from where the packages it imports resolve.
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const dir = mkdtempSync(join(BUNDLE_DIR, 'test-'));
  try {
    const file = await cliBundle({}, dir);
    assert.ok(file && existsSync(file));
    assert.equal(await cliBundle({}, dir), file);
    const { main } = await import(pathToFileURL(file).href);
    assert.equal(typeof main, 'function');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the command gives the same report from its bundle as from the sources', () => {
  const run = (env: Record<string, string>) => spawnSync(process.execPath, [BIN, 'analyze', KURSK, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  const bundled = run({});
  const sources = run({ TRIANGULATE_CLI_BUNDLE: 'off' });
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.equal(sources.status, 0, sources.stderr);
  assert.ok(JSON.parse(bundled.stdout).claims.length > 0);
  assert.equal(bundled.stdout, sources.stdout);
});
