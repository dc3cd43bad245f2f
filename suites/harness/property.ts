// Runs one fast-check property for one matrix cell, fast: the cases fast-check will generate are
// sampled first (same seed, same values) and their requests sent concurrently, so that the
// property itself then reads answers from a cache. Shrinking sends its own requests, within a budget.
import fc from "fast-check";
import { mapConcurrent } from "./concurrency.ts";
import type { RunConfig } from "./config.ts";
import { isConformanceFailure, type Replay } from "./failure.ts";
import { failed, type Outcome, pass } from "./outcome.ts";

export interface PropertyRun<T> {
  title: string;
  config: RunConfig;
  arbitrary: fc.Arbitrary<T>;
  /** Sends what a case needs (cached by the caller), without judging it. */
  prefetch?: ((value: T) => Promise<unknown>) | undefined;
  /** Judges one case: throws a ConformanceFailure, or returns. */
  check: (value: T) => Promise<void>;
  /** Cases a failing run may spend shrinking before the smallest failure so far is reported. */
  shrinkBudget?: number;
  numRuns?: number;
  /** Printed in the reproduction line when the property covers one mutation site only. */
  site?: string;
}

/**
 * Judges the cases of a property that were already sampled and sent (`values`, in fast-check's own
 * order, so index i is fast-check path "i"); only when one fails does fast-check run the property
 * itself, to shrink it and to print the seed and path. Several checks over the same cases thus
 * cost one generation, not one each.
 */
export async function judgeSampled<T>(run: PropertyRun<T>, values: readonly T[]): Promise<Outcome> {
  if (run.config.path) return runProperty(run);
  for (const [index, value] of values.entries()) {
    try {
      await run.check(value);
    } catch (e) {
      if (!isConformanceFailure(e)) throw e;
      const replayed = await runProperty({ ...run, prefetch: undefined });
      if (replayed.status === "fail") return replayed;
      // The target answered differently the second time (state, flakiness): the failure seen stands,
      // with the path of the case that showed it, and says that the replay did not reproduce it.
      const seen = e.withReplay(replayOf(run, run.config.seed, String(index)));
      return failed(seen, [`fast-check's own run of this property did not reproduce the failure (${replayed.status})`]);
    }
  }
  return pass(values.length);
}

function replayOf<T>(run: PropertyRun<T>, seed: number, path: string | undefined): Replay {
  return {
    seed,
    ...(path ? { path } : {}),
    testTitle: run.title,
    ...(run.site ? { site: run.site } : {}),
    env: run.config.reproduceEnv,
  };
}

export async function runProperty<T>(run: PropertyRun<T>): Promise<Outcome> {
  const { config } = run;
  const numRuns = run.numRuns ?? config.runs;
  if (run.prefetch && !config.path) {
    const values = fc.sample(run.arbitrary, { seed: config.seed, numRuns });
    await mapConcurrent(values, config.concurrency, (v) => run.prefetch!(v));
  }
  let failures = 0;
  const budget = run.shrinkBudget ?? 40;
  const details = await fc.check(
    fc.asyncProperty(run.arbitrary, async (value) => {
      // Past the budget every further shrink candidate passes: fast-check stops at the
      // smallest failure found so far.
      if (failures > budget) return;
      try {
        await run.check(value);
      } catch (e) {
        failures++;
        throw e;
      }
    }),
    { seed: config.seed, numRuns, ...(config.path ? { path: config.path } : {}) },
  );
  if (!details.failed) return pass(details.numRuns);
  const error = details.errorInstance;
  if (isConformanceFailure(error)) {
    return failed(error.withReplay(replayOf(run, details.seed, details.counterexamplePath ?? undefined)));
  }
  throw error instanceof Error ? error : new Error(`${run.title}: property failed without an error: ${String(error)}`);
}
