/**
 * A progress bar on standard error for long runs; silent when standard error is not a terminal or with --quiet.
 */
import cliProgress from 'cli-progress';

/** @returns an `onProgress` callback for the pipeline, and `stop` to clear the bar */
export function progressBar(quiet: boolean): { onProgress?: (stage: string, done: number, total: number) => void; stop: () => void } {
  if (quiet || !process.stderr.isTTY) return { stop: () => {} };
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  let current = '';
  return {
    onProgress(stage, done, total) {
      if (total < 2) return;
      if (!started) {
        bar.start(total, done, { stage });
        started = true;
      } else if (stage !== current) bar.setTotal(total);
      current = stage;
      bar.update(done, { stage });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
