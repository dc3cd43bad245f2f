// The run's id: what every resource a run creates is tagged with (run-tag.ts), so that its cleanup
// and `npm run sweep` find them. One id per run, shared by vitest's main process and its workers
// through the environment (CONFORMANCE_RUN_ID): `npm run conformance` and the global setup set it
// before any worker starts.
import { randomBytes } from "node:crypto";

export const RUN_ID_VARIABLE = "CONFORMANCE_RUN_ID";

/** `20261129T004200Z-a1b2c3`: sortable by start time, unique across runs started the same second. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

/** The run id in `env`, set there first if it has none, so that every later reader shares it. */
export function ensureRunId(env: NodeJS.ProcessEnv = process.env): string {
  const existing = env[RUN_ID_VARIABLE];
  if (existing) return existing;
  const id = newRunId();
  env[RUN_ID_VARIABLE] = id;
  return id;
}
