/** A problem with one input (a file, a JSONL line, a feed item): it is skipped and the run goes on. */
export interface InputError {
  /** The input: a path, `file.jsonl:12`, `feed.xml#3`, or `-`. */
  input: string;
  /** A stable code: `not-found`, `not-text`, `bad-json`, `bad-line`, `bad-feed`, `bad-manifest`, `too-large`, … */
  code: string;
  message: string;
}
