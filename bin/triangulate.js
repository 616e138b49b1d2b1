#!/usr/bin/env node
// Entry point of the `triangulate` command: runs one esbuild bundle of the TypeScript sources (see
// src/cli/cli-bundle.mjs), or the sources themselves through tsx when no bundle can be made.
import { pathToFileURL } from 'node:url';
import { cliBundle } from '../src/cli/cli-bundle.mjs';

const bundle = await cliBundle();
let main;
if (bundle) ({ main } = await import(pathToFileURL(bundle).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
