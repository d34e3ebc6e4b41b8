/** What one evaluation task hands back to the command line: readable lines and the figures for JSON. */

/** Done with output, skipped (data absent: not an error), or failed (bad input: an error). */
export type TaskOutcome =
  | { status: 'done'; lines: string[]; figures: Record<string, unknown> }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

/** Progress messages for long runs go to stderr, so stdout stays the report and its final JSON line. */
export type ProgressSink = (message: string) => void;
