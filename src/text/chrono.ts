/**
 * chrono-node, loaded on first use: a command that runs no pipeline (`--help`, `report`, `query`, `serve`) never
 * needs it, and it takes about 0.15 s to load.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

const require = createRequire(import.meta.url);
let loaded: typeof Chrono | null = null;

/** The chrono-node module (its CommonJS build, the same release as its ES one). */
export function chronoNode(): typeof Chrono {
  loaded ??= require('chrono-node') as typeof Chrono;
  return loaded;
}
