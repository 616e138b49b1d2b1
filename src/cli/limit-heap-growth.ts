/**
 * V8 lets its heap grow to several times the live data before a full collection, and a long ingest allocates
 * fast: at 100,000 documents the main thread's heap reached four times what it kept (peak RSS 1.7 GB). The CLI
 * caps the growth at 1.3× (`--heap-growing-percent=30`, a flag V8 reads at each collection, so it can be set
 * once the process runs); worker threads share it. `TRIANGULATE_HEAP_GROWTH=N` sets another percentage (`off`
 * leaves V8's own), and a value given to node itself (`node --heap-growing-percent=N`) is left as it is. (V8
 * does not take this flag from NODE_OPTIONS.)
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

/**
 * Sets V8's heap growing factor for this process, unless the user chose otherwise (see above).
 * @returns a warning when TRIANGULATE_HEAP_GROWTH is not a percentage (the default is used then), else null
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT, env: Record<string, string | undefined> = process.env): string | null {
  if (process.execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a))) return null;
  const asked = env.TRIANGULATE_HEAP_GROWTH?.trim();
  if (asked === 'off') return null;
  const n = asked ? Number(asked) : percent;
  const ok = Number.isFinite(n) && n >= 1 && n <= 1000;
  v8.setFlagsFromString(`--heap-growing-percent=${Math.round(ok ? n : percent)}`);
  return ok ? null : `TRIANGULATE_HEAP_GROWTH=${asked} is not a percentage from 1 to 1000 or "off": using ${percent}`;
}
