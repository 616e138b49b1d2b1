/**
 * The worker threads run at a lower priority than the main thread. The main thread's corpus stages and its
 * commit are the critical path of a streaming ingest: while they run, the workers already process the next
 * batch, and on a machine with as many cores as threads in all (two workers and the main thread on two cores)
 * the three would share the cores evenly and slow the main thread down by a third. With the workers niced the
 * main thread keeps a core and the workers take what is left; when the main thread waits for them, they have
 * both cores. Linux only: there a thread's nice value is its own (NPTL), while elsewhere it would lower the
 * whole process, main thread included.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** Nice value of the worker threads (0 is the default, 19 the lowest priority). */
export const WORKER_NICE = 10;

/**
 * Lowers the calling worker thread's priority (no-op on the main thread, outside Linux, or when not allowed). A
 * thread that already runs at `nice` or lower (a niced process) is left as it is: raising it back is not ours
 * to do, and not allowed to an unprivileged process.
 * @returns whether the thread runs at `nice` or lower
 */
export function lowerThreadPriority(nice = WORKER_NICE, platform = process.platform): boolean {
  if (isMainThread || platform !== 'linux') return false;
  try {
    if (getPriority() < nice) setPriority(nice);
    return true;
  } catch {
    return false;
  }
}
