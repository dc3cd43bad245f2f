// What the harness cannot do is never the target's fault: an error of this class, thrown from
// anywhere under a cell (a request the run's safety rules refuse to send, a request still throttled
// past the retry budget), leaves the cell "not run" with the error's message as the reason.

export class NotRunError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotRunError";
  }
}

/** The NotRunError behind an error, if one is (a property may wrap what a request threw). */
export function notRunCause(e: unknown): NotRunError | undefined {
  for (let cause = e, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++)
    if (cause instanceof NotRunError) return cause;
  return undefined;
}
