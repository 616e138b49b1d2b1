/** Where the esbuild bundles of the sources are kept. */
export const BUNDLE_DIR: string;
/** Writes `code` as `dir/name` unless it exists (atomically); returns its path. */
export function writeBundle(dir: string, name: string, code: string): string;
/** Removes the files of `dir` named with `prefix` older than a day, but `keep`. */
export function pruneBundles(dir: string, prefix: string, keep: string): void;
/** A hash of every file under `root` by path, size and modification time, and `salt`. */
export function sourcesKey(root: string, salt?: string): string;
