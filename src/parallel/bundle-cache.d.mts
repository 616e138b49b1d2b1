/** Where the esbuild bundles of the sources are kept. */
export const BUNDLE_DIR: string;
/** The sources bundles are made from. */
export const SRC: string;
/** Where the bundle of the current sources of one kind is, and whether an earlier run made it. */
export function bundleFor(dir: string, prefix: string, salt: string): { file: string; ready: boolean };
/** Saves a bundle made for `file` and removes those of the same kind left by older sources; returns `file`. */
export function saveBundle(file: string, prefix: string, code: string): string;
/** A hash of every file under `root` by path, size and modification time, and `salt`. */
export function sourcesKey(root: string, salt?: string): string;
