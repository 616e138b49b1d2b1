/** Where the esbuild bundles of the sources are kept. */
export const BUNDLE_DIR: string;
/** Writes `code` as `dir/name` unless it exists (atomically); returns its path. */
export function writeBundle(dir: string, name: string, code: string): string;
/** Removes the files of `dir` named with `prefix` older than a day, but `keep`. */
export function pruneBundles(dir: string, prefix: string, keep: string): void;
