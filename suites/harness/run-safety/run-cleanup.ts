// The end of a run, whether it passed, failed or was interrupted (`npm run conformance` calls it on
// SIGINT and SIGTERM too): every resource the run created is deleted, both what the in-run registry
// recorded (created-resources.ts: whatever the target said it made, tagged or not) and what carries
// the run's tag, children first. Not for the embedded emulator, whose state ends with it, nor in
// read-only mode, which created nothing. What cannot be removed is named, with `npm run sweep`.
import { SERVICES } from "../../../spec/contract/service-name.ts";
import { Session } from "../clients/session.ts";
import type { RunConfig } from "../config.ts";
import { judgedSpec } from "../judged-spec.ts";
import type { Target } from "../target.ts";
import { readCreated } from "./created-resources.ts";
import { removeRunDirectory } from "./run-directory.ts";
import { findTagged, removeAll } from "./sweep-resources.ts";

export interface Cleanup {
  removed: number;
  /** One line each: the ARN and why it is still there. */
  left: string[];
}

export const needsCleanup = (target: Target, config: RunConfig) =>
  target.kind !== "emulator" && !config.safety.readOnly;

export async function cleanUpRun(target: Target, config: RunConfig): Promise<Cleanup> {
  const runId = config.safety.runId;
  const created = readCreated(runId);
  const cleanup: Cleanup = { removed: 0, left: [] };
  for (const service of SERVICES) {
    const spec = judgedSpec(service);
    const session = new Session(target, config, { guarded: false });
    const tagged = await findTagged(session, spec, (id) => id === runId);
    const arns = [...created.filter((c) => c.service === service).map((c) => c.arn), ...tagged.found.map((f) => f.arn)];
    const removal = await removeAll(session, spec, arns);
    cleanup.removed += removal.removed.length;
    cleanup.left.push(...removal.failed.map((f) => `${f.arn}: ${f.why}`));
  }
  // The registry is spent: what is left is named above, and carries the run's tag for `npm run sweep`.
  removeRunDirectory(runId);
  return cleanup;
}

/** The lines a run prints about its cleanup. */
export function describeCleanup(runId: string, c: Cleanup): string[] {
  const head = `cleanup of run ${runId}: ${c.removed} resource${c.removed === 1 ? "" : "s"} removed`;
  if (c.left.length === 0) return [head];
  return [
    `${head}; ${c.left.length} could not be removed (run \`npm run sweep\` to list them):`,
    ...c.left.map((l) => `  ${l}`),
  ];
}
