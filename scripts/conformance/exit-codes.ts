// The exit status of `npm run conformance`, one meaning each, so that CI can tell a target that does
// not conform from a run that could not start.

export const EXIT = {
  /** Every cell that ran passed (or, with --baseline, nothing new and nothing known gone). */
  pass: 0,
  /** A nonconformance (with --baseline: a new one, or a known one no longer present), or a replayed case
   * that still fails or did not run, or an error outside the cells. */
  fail: 1,
  /** The run could not start: a bad argument or setting, a spec that cannot be read, a target that
   * cannot be reached, a missing or malformed baseline or report, an unknown failure id. */
  configuration: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit status:
  0  every cell that ran passed; with --baseline: no new nonconformance and no known one gone;
     with --replay: the case passes now
  1  a nonconformance; with --baseline: a new one, or a known one no longer present; with --replay:
     the case still fails or was not run; or an error outside the cells (printed with its stack)
  2  a configuration error, printed as one line: an argument or setting, the specs, a target that
     cannot be reached, a missing or malformed baseline or report, an unknown failure id`;
