// The vitest reporter `npm run conformance` prints with (instead of vitest's `default`): what the
// user needs from a run, once. On a terminal, one status line redrawn in place: cells done out of
// the cells selected, failures so far, elapsed time. When stdout is not a terminal or CI is set,
// nothing live: a line per service as it finishes. Either way, every failure as it happens (its
// message: received, documented, request, reproduce commands, with its id), a line per service,
// and errors outside the cells (a configuration error in one line, anything else with its stack).
// The counts and the report's path are the report writer's to print (conformance-reporter.ts).
// It also keeps what each cell did, for the entry point (replay verdicts, exit codes).
import type { WriteStream } from "node:tty";
import { styleText } from "node:util";
import type { UserConsoleLog } from "vitest";
import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason, Vitest } from "vitest/node";
import type { CellRecord } from "../cell-record.ts";
import { isConfigurationError } from "../configuration-error.ts";

export interface ProgressOptions {
  /** Redraw a status line in place (default: stdout is a terminal and CI is not set). */
  live?: boolean;
  /** Under each failure, the command that replays it from the report (`--replay <id>`). */
  replayCommand?: (id: string) => string;
  /** Failures a baseline already lists: one line each instead of the whole failure. */
  known?: (failure: { service: string; operation: string; check: string; signature: string }) => boolean;
}

/** What one cell's test did, as the entry point reads it. */
export interface CellRun {
  key: string;
  service: string;
  title: string;
  state: "passed" | "failed" | "skipped" | "pending";
  /** The skip note, or the error of a test that failed outside the harness. */
  note?: string;
  record?: CellRecord;
}

export interface RunEnd {
  reason: TestRunEndReason;
  /** Test modules (suite files) the run had. */
  modules: number;
  /** Errors outside the cells: modules that failed to load, unhandled errors. */
  errors: number;
  /** The first configuration error among them (one line, exit 2). */
  configurationError?: string;
}

interface ServiceProgress {
  selected: number;
  done: number;
  failed: number;
  /** Skipped while running: found not applicable, or not run (not implemented, throttled). */
  notApplicable: number;
  notRun: number;
  started: number;
}

/** The status line is redrawn at most this often (and every second, for the elapsed time). */
const DRAW_INTERVAL_MS = 100;

const serviceOf = (module: TestModule) => /([^/\\]+)\.test\.ts$/.exec(module.moduleId)?.[1] ?? module.moduleId;

/** Tests titled and keyed as cells (define-service-suite.ts), selected for this run (not filtered by -t). */
const selectedCells = (module: TestModule) =>
  [...module.children.allTests()].filter((t) => t.options.mode === "run" || t.options.mode === "only");

export default class ProgressReporter implements Reporter {
  private vitest: Vitest | undefined;
  private readonly started = performance.now();
  private readonly services = new Map<string, ServiceProgress>();
  /** Tests -t left in the run, by id; the rest are skipped without running and not counted. */
  private readonly selected = new Set<string>();
  private readonly counted = new Set<string>();
  private readonly runs = new Map<string, CellRun>();
  private failures = 0;
  private live = false;
  private drawn = false;
  private lastDraw = 0;
  private ticker: NodeJS.Timeout | undefined;
  private end: RunEnd | undefined;

  constructor(private readonly options: ProgressOptions = {}) {}

  /** What each cell's test did, by cell key. */
  cells(): ReadonlyMap<string, CellRun> {
    return this.runs;
  }

  /** How the run ended; undefined when it never started (the global setup failed). */
  runEnd(): RunEnd | undefined {
    return this.end;
  }

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
    const out = vitest.logger.outputStream as Partial<WriteStream>;
    this.live = this.options.live ?? (out.isTTY === true && !process.env.CI);
    if (this.live) this.ticker = setInterval(() => this.draw(true), 1000).unref();
  }

  onTestModuleCollected(module: TestModule): void {
    const cells = selectedCells(module);
    for (const cell of cells) this.selected.add(cell.id);
    const service = serviceOf(module);
    const progress = this.services.get(service) ?? {
      selected: 0,
      done: 0,
      failed: 0,
      notApplicable: 0,
      notRun: 0,
      started: 0,
    };
    progress.selected += cells.length;
    progress.started ||= performance.now();
    this.services.set(service, progress);
    this.draw();
  }

  onTestCaseResult(test: TestCase): void {
    const meta = test.meta() as { cell?: string; conformance?: CellRecord };
    const result = test.result();
    const service = serviceOf(test.module);
    const note =
      result.state === "failed"
        ? result.errors?.map((e) => e.message).join("\n")
        : result.state === "skipped"
          ? result.note
          : undefined;
    if (meta.cell) {
      this.runs.set(meta.cell, {
        key: meta.cell,
        service,
        title: test.name,
        state: result.state,
        ...(note ? { note } : {}),
        ...(meta.conformance ? { record: meta.conformance } : {}),
      });
    }
    const progress = this.services.get(service);
    if (!progress || !this.selected.has(test.id) || this.counted.has(test.id)) return;
    this.counted.add(test.id);
    progress.done++;
    if (result.state === "skipped") {
      if (note?.startsWith("not applicable")) progress.notApplicable++;
      else progress.notRun++;
    }
    if (result.state === "failed") {
      progress.failed++;
      this.failures++;
      this.printFailure(service, test, meta.conformance);
    }
    this.draw();
  }

  onTestModuleEnd(module: TestModule): void {
    const service = serviceOf(module);
    const p = this.services.get(service);
    if (!p || p.selected === 0) return;
    // With two files running at once, a test's result can reach the reporter after its module's end:
    // every finished test is counted before the line, and counted once (`counted`).
    for (const test of selectedCells(module)) {
      const state = test.result().state;
      if (!this.counted.has(test.id) && (state === "passed" || state === "failed" || state === "skipped"))
        this.onTestCaseResult(test);
    }
    const seconds = ((performance.now() - p.started) / 1000).toFixed(1);
    const passed = p.done - p.failed - p.notApplicable - p.notRun;
    const failed = p.failed ? this.style("red", `${p.failed} failed`) : "0 failed";
    const found = p.notApplicable ? `, ${p.notApplicable} found not applicable` : "";
    const counts = `${passed} passed, ${failed}, ${p.notRun} not run${found}`;
    this.print(`${service}: ${p.done} of ${p.selected} cells in ${seconds} s: ${counts}`);
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    this.print(log.content.replace(/\n$/, ""), log.type === "stderr");
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandled: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    clearInterval(this.ticker);
    this.clear();
    const errors = [...modules.flatMap((m) => m.errors()), ...unhandled];
    let configurationError: string | undefined;
    for (const error of errors) {
      if (isConfigurationError(error) || error.name === "ConfigurationError") {
        if (configurationError === undefined) this.print(`conformance: ${error.message}`, true);
        configurationError ??= error.message;
        continue;
      }
      this.vitest?.logger.printError(error, { fullStack: false, type: "Error outside the cells" });
    }
    this.end = {
      reason,
      modules: modules.length,
      errors: errors.length,
      ...(configurationError ? { configurationError } : {}),
    };
  }

  private printFailure(service: string, test: TestCase, record: CellRecord | undefined): void {
    const failure = record?.failure;
    const error = test.result().errors?.[0];
    if (!failure || !error) {
      this.print(this.style("red", `FAIL ${service} ${test.name}: the test failed outside the harness`), true);
      if (error) this.vitest?.logger.printError(error, { fullStack: false });
      return;
    }
    if (this.options.known?.(failure)) {
      this.print(`known nonconformance: ${service} ${test.name} (failure ${failure.id}): ${failure.title}`);
      return;
    }
    const [, ...rest] = error.message.split("\n");
    const lines = [`${this.style("red", "FAIL")} ${service} ${test.name} (failure ${failure.id})`, ...rest];
    if (this.options.replayCommand) lines.push(`    ${this.options.replayCommand(failure.id)}`);
    this.print(`${lines.join("\n")}\n`);
  }

  private style(color: "red" | "green", text: string): string {
    return this.live && !process.env.NO_COLOR ? styleText(color, text) : text;
  }

  /** Writes whole lines, above the status line (which it clears and redraws). */
  private print(text: string, error = false): void {
    const logger = this.vitest?.logger;
    this.clear();
    if (logger) (error ? logger.error : logger.log).call(logger, text);
    else (error ? console.error : console.log)(text);
    this.draw(true);
  }

  private statusLine(): string {
    let done = 0;
    let selected = 0;
    const parts: string[] = [];
    for (const [service, p] of this.services) {
      done += p.done;
      selected += p.selected;
      parts.push(`${service} ${p.done}/${p.selected}`);
    }
    const seconds = Math.round((performance.now() - this.started) / 1000);
    const failures = `${this.failures} ${this.failures === 1 ? "failure" : "failures"}`;
    return `${done}/${selected} cells (${parts.join(", ")}), ${failures}, ${seconds} s`;
  }

  /** Redraws the status line, at most every DRAW_INTERVAL_MS unless `now`. */
  private draw(now = false): void {
    if (!this.live || this.end || this.services.size === 0) return;
    if (!now && performance.now() - this.lastDraw < DRAW_INTERVAL_MS) return;
    this.lastDraw = performance.now();
    const out = this.vitest?.logger.outputStream as WriteStream | undefined;
    if (!out?.cursorTo) return;
    const columns = out.columns || 80;
    const line = this.statusLine();
    out.cursorTo(0);
    out.clearLine(0);
    // Never wider than the terminal: a wrapped line could not be cleared in place.
    out.write(line.length < columns ? line : `${line.slice(0, columns - 2)}…`);
    this.drawn = true;
  }

  private clear(): void {
    if (!this.drawn) return;
    const out = this.vitest?.logger.outputStream as WriteStream | undefined;
    out?.cursorTo?.(0);
    out?.clearLine?.(0);
    this.drawn = false;
  }
}
