// One vitest run of the `conformance` project, in this process, with the progress reporter (and the
// report writer when reports are wanted). A ConfigurationError from the global setup (settings,
// specs, an unreachable target) comes back as one line, never a stack trace.
import path from "node:path";
import { createVitest, type Reporter, type Vitest } from "vitest/node";
import { isConfigurationError } from "../../suites/harness/configuration-error.ts";
import ConformanceReporter from "../../suites/harness/report/conformance-reporter.ts";
import ProgressReporter, {
  type CellRun,
  type ProgressOptions,
  type RunEnd,
} from "../../suites/harness/report/progress-reporter.ts";
import type { Shard } from "./conformance-args.ts";

export interface VitestRunOptions {
  filters: string[];
  testNamePattern?: string;
  shard?: Shard;
  /** Where the report writer writes; no reports at all when undefined (a replay). */
  reportDir?: string;
  /** Under each failure, the command that replays it from the report. */
  replayCommand?: (id: string) => string;
  /** Failures a baseline lists: printed as one line each. */
  known?: ProgressOptions["known"];
  /** Called with the vitest instance before the run starts (to cancel it on a signal). */
  onStart?: (vitest: Vitest) => void;
}

export interface VitestRun {
  /** The run did not start: what is wrong, in one line (not printed yet). */
  configurationError?: string;
  /** A configuration error surfaced in a suite file, which the progress reporter printed. */
  configurationErrorPrinted?: boolean;
  /** No suite file matched the filters (or this shard got none). */
  noSuites?: boolean;
  end?: RunEnd;
  cells: ReadonlyMap<string, CellRun>;
}

export async function runVitest(options: VitestRunOptions): Promise<VitestRun> {
  const progress = new ProgressReporter({
    ...(options.replayCommand ? { replayCommand: options.replayCommand } : {}),
    ...(options.known ? { known: options.known } : {}),
  });
  const reporters: Reporter[] = [progress];
  if (options.reportDir !== undefined)
    reporters.push(new ConformanceReporter({ dir: path.resolve(options.reportDir) }));
  const vitest = await createVitest("test", {
    project: ["conformance"],
    run: true,
    watch: false,
    reporters,
    ...(options.testNamePattern ? { testNamePattern: options.testNamePattern } : {}),
    ...(options.shard ? { shard: `${options.shard.index}/${options.shard.count}` } : {}),
  });
  const run: Omit<VitestRun, "cells"> = {};
  options.onStart?.(vitest);
  try {
    await vitest.start(options.filters);
  } catch (e) {
    if (isConfigurationError(e)) run.configurationError = e.message;
    else if ((e as { code?: string }).code === "VITEST_FILES_NOT_FOUND") run.noSuites = true;
    else throw e;
  } finally {
    await vitest.close();
  }
  const end = progress.runEnd();
  if (!run.configurationError && end?.configurationError) run.configurationErrorPrinted = true;
  if (!run.configurationError && end?.modules === 0) run.noSuites = true;
  return { ...run, ...(end ? { end } : {}), cells: progress.cells() };
}
