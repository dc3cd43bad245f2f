// The files one run's processes share (vitest's main process and its workers): the resources the
// run created (created-resources.ts), the slots of its resource budget (resource-budget.ts) and the
// mark that the run was interrupted. Under the system's temporary folder, by run id; the run's
// cleanup removes it.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const runDirectory = (runId: string) => path.join(tmpdir(), "ivs-conformance-runs", runId);

export function ensureRunDirectory(runId: string): string {
  const dir = runDirectory(runId);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const STOP_FILE = "interrupted";

/** Marks the run interrupted: from then on, no process of it sends a creating request. */
export function markInterrupted(runId: string): void {
  writeFileSync(path.join(ensureRunDirectory(runId), STOP_FILE), "");
}

export const wasInterrupted = (runId: string) => existsSync(path.join(runDirectory(runId), STOP_FILE));

export function removeRunDirectory(runId: string): void {
  rmSync(runDirectory(runId), { recursive: true, force: true });
}
