// Run-wide settings read from the environment, so that a printed failure can be replayed exactly
// (`CONFORMANCE_SEED` + `CONFORMANCE_PATH`) and a run can be sized (`CONFORMANCE_RUNS`).
import { DEFAULT_MAX_ATTEMPTS, MAXIMUM_RETRY_DELAY } from "@smithy/core/retry";
import { ConfigurationError } from "./configuration-error.ts";
import { type Target, targetAssignments } from "./target.ts";

export interface RunConfig {
  /** fast-check seed shared by every property of the run. */
  seed: number;
  /** fast-check runs per property (fast-check's default is 100). */
  runs: number;
  /** Replays one failing case when set (fast-check `path`), together with the seed. */
  path?: string;
  /** Restricts invalid inputs to one mutation site (`<operator>@<path>`), to replay a failure found there. */
  site?: string;
  /** Requests in flight at once against one service. */
  concurrency: number;
  /** Per-request time limit, so that a target that never answers cannot hang the run. */
  timeoutMs: number;
  /**
   * The retry budget of both clients (clients/retry-policy.ts): attempts per request, the first
   * included (the SDK's standard mode: 3), and the longest wait before one retry, Retry-After included.
   */
  retry: { maxAttempts: number; maxDelayMs: number };
  /**
   * The environment assignments that select this run's target and size (`IVS_ENDPOINT=... `),
   * so that a printed reproduce command reaches the same target; empty for the embedded emulator.
   */
  reproduceEnv: string;
}

/** Run settings a reproduce command must repeat besides the seed and path. */
const REPRODUCE_VARIABLES = ["CONFORMANCE_RUNS", "CONFORMANCE_ERRATA"] as const;

function reproduceEnv(env: NodeJS.ProcessEnv, target: Target | undefined): string {
  const settings = REPRODUCE_VARIABLES.filter((name) => env[name])
    .map((name) => `${name}='${env[name]!.replaceAll("'", "'\\''")}' `)
    .join("");
  return `${target ? targetAssignments(target) : ""}${settings}`;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigurationError(`${name} must be an integer >= ${min}, but received ${JSON.stringify(raw)}`);
  }
  return value;
}

/**
 * The default seed is fixed: a run that gates CI must give the same verdict on the same code and
 * target every time, and every test file of a run (vitest runs files in separate workers) must
 * share it. Explore other inputs with CONFORMANCE_SEED; every failure prints the seed it used.
 */
const DEFAULT_SEED = 20261121;

export function runConfig(env: NodeJS.ProcessEnv = process.env, target?: Target): RunConfig {
  const seedRaw = env.CONFORMANCE_SEED;
  const seed = seedRaw === undefined || seedRaw === "" ? DEFAULT_SEED : Number(seedRaw);
  if (!Number.isInteger(seed))
    throw new ConfigurationError(`CONFORMANCE_SEED must be an integer, but received ${JSON.stringify(seedRaw)}`);
  const errata = env.CONFORMANCE_ERRATA;
  if (errata && errata !== "on" && errata !== "off") {
    throw new ConfigurationError(
      `CONFORMANCE_ERRATA must be "off" (or "on", the default), but received ${JSON.stringify(errata)}`,
    );
  }
  const path = env.CONFORMANCE_PATH || undefined;
  const site = env.CONFORMANCE_SITE || undefined;
  return {
    seed,
    runs: intFrom(env, "CONFORMANCE_RUNS", 100, 1),
    ...(path ? { path } : {}),
    ...(site ? { site } : {}),
    concurrency: intFrom(env, "CONFORMANCE_CONCURRENCY", 16, 1),
    timeoutMs: intFrom(env, "CONFORMANCE_TIMEOUT_MS", 10_000, 100),
    retry: {
      maxAttempts: intFrom(env, "CONFORMANCE_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS, 1),
      maxDelayMs: intFrom(env, "CONFORMANCE_MAX_RETRY_DELAY_MS", MAXIMUM_RETRY_DELAY, 0),
    },
    reproduceEnv: reproduceEnv(env, target),
  };
}
