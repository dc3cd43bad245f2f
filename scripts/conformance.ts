// Entry point of `npm run conformance`: runs the conformance suites (vitest project `conformance`)
// against the run's target, prints progress and failures (progress-reporter.ts) and writes the
// reports (report-files.ts) to reports/ (reports/shard-<i>-of-<n>/ for a shard). Also: judges the run
// against a baseline or rewrites it (baseline.ts), replays one failure (replay.ts), merges shard
// reports (merge-reports.ts). Exit status (exit-codes.ts): 0 pass, 1 nonconformance or regression,
// 2 configuration error, printed as one line.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError, isConfigurationError } from "../suites/harness/configuration-error.ts";
import type { ConformanceReport } from "../suites/harness/report/build-report.ts";
import { ensureRunId } from "../suites/harness/run-safety/run-id.ts";
import {
  type Baseline,
  describeVerdict,
  formatBaseline,
  judge,
  knownIn,
  parseBaseline,
  updatedBaseline,
} from "./conformance/baseline.ts";
import {
  type BaselineOption,
  type ConformanceArgs,
  DEFAULT_REPORT,
  parseConformanceArgs,
  USAGE,
} from "./conformance/conformance-args.ts";
import { EXIT, type ExitCode } from "./conformance/exit-codes.ts";
import { afterInterruption, onInterruption } from "./conformance/interruption.ts";
import { findFailure, replayEnvironment, replayVerdict, testNamePattern } from "./conformance/replay.ts";
import { safetySummary } from "./conformance/safety-summary.ts";

// vitest, the harness and the renderers load only for the modes that use them: --help and argument
// errors answer at once.
const reportFiles = () => import("../suites/harness/report/report-files.ts");
const runVitest: typeof import("./conformance/run-vitest.ts").runVitest = async (options) =>
  (await import("./conformance/run-vitest.ts")).runVitest(options);

class UsageError extends Error {}

const say = (line: string) => console.log(line);
const complain = (line: string) => console.error(`conformance: ${line}`);

async function loadReport(file: string): Promise<ConformanceReport> {
  if (!existsSync(file)) {
    throw new ConfigurationError(`no report at ${file}; run \`npm run conformance\` first, or name one with --report`);
  }
  const { readReport } = await reportFiles();
  try {
    return readReport(file);
  } catch (e) {
    throw new ConfigurationError((e as Error).message.replaceAll("\n", " "));
  }
}

function loadBaseline(option: BaselineOption): Baseline | undefined {
  if (!existsSync(option.file)) {
    if (option.kind === "update") return undefined;
    throw new ConfigurationError(
      `no baseline at ${option.file}; record one with \`npm run conformance -- --update-baseline ${option.file}\``,
    );
  }
  return parseBaseline(readFileSync(option.file, "utf8"), option.file);
}

/** What a finished run's report means for the exit status, with or without a baseline. */
function gate(report: ConformanceReport, option: BaselineOption | undefined, previous: Baseline | undefined): ExitCode {
  if (option?.kind === "update") {
    const { baseline, kept } = updatedBaseline(report, previous);
    writeFileSync(option.file, formatBaseline(baseline));
    say(
      `baseline ${option.file}: ${baseline.nonconformances.length} known ` +
        `${baseline.nonconformances.length === 1 ? "nonconformance" : "nonconformances"} written` +
        (kept ? ` (${kept} kept from cells that did not run)` : ""),
    );
    return EXIT.pass;
  }
  if (option?.kind === "check") {
    const verdict = judge(report, previous!);
    for (const line of describeVerdict(verdict, option.file, report, previous!)) say(line);
    return verdict.exitCode;
  }
  return report.summary.fail > 0 ? EXIT.fail : EXIT.pass;
}

async function run(args: Extract<ConformanceArgs, { mode: "run" }>): Promise<ExitCode> {
  const previous = args.baseline ? loadBaseline(args.baseline) : undefined;
  const json = await reportFile(args.reportDir);
  const elsewhere = path.resolve(json) !== path.resolve(DEFAULT_REPORT);
  const known = args.baseline?.kind === "check" && previous ? knownIn(previous) : undefined;
  if (args.readOnly) process.env.CONFORMANCE_READ_ONLY = "1";
  // One id for the whole run, fixed before vitest starts its workers (run-safety/run-id.ts).
  const runId = ensureRunId(process.env);
  const result = await runVitest({
    onStart: (vitest) =>
      onInterruption(runId, async () => {
        await vitest.cancelCurrentRun("keyboard-input");
        await vitest.close();
      }),
    filters: args.filters,
    ...(args.testNamePattern ? { testNamePattern: args.testNamePattern } : {}),
    ...(args.shard ? { shard: args.shard } : {}),
    reportDir: args.reportDir,
    replayCommand: (id) => `npm run conformance -- --replay ${id}${elsewhere ? ` --report ${json}` : ""}`,
    ...(known ? { known } : {}),
  });
  if (result.configurationError) throw new ConfigurationError(result.configurationError);
  if (result.configurationErrorPrinted) return EXIT.configuration;
  if (result.noSuites) {
    if (args.shard) {
      say(`shard ${args.shard.index}/${args.shard.count} has no suite to run; it writes no report`);
      return EXIT.pass;
    }
    throw new ConfigurationError(`no suite matches ${args.filters.join(" ")}; give a service (ivs, ivs-realtime)`);
  }
  const report = await loadReport(json);
  for (const line of safetySummary(report)) say(line);
  const code = gate(report, args.baseline, previous);
  if (result.end?.errors) {
    complain(`${result.end.errors} error(s) outside the cells (above): the verdicts of this run are incomplete`);
    return EXIT.fail;
  }
  return code;
}

/** The report's JSON file in `dir`. */
const reportFile = async (dir: string) => path.join(dir, (await reportFiles()).REPORT_FILES.json);

async function replay(args: Extract<ConformanceArgs, { mode: "replay" }>): Promise<ExitCode> {
  const report = await loadReport(args.report);
  const c = findFailure(report, args.id, args.report);
  const settings = Object.entries(c.env)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  say(`replaying failure ${c.id}: ${c.service} ${c.testTitle}`);
  say(`  ${c.title}`);
  say(`  against ${report.target.description}; ${settings}`);
  const env = replayEnvironment(process.env, c);
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  const result = await runVitest({ filters: [`suites/${c.service}.test.ts`], testNamePattern: testNamePattern(c) });
  if (result.configurationError) throw new ConfigurationError(result.configurationError);
  if (result.configurationErrorPrinted) return EXIT.configuration;
  const cell = [...result.cells.values()].find((r) => r.service === c.service && r.title === c.testTitle);
  const verdict = replayVerdict(c, cell);
  for (const line of verdict.lines) say(line);
  return verdict.exitCode;
}

async function merge(args: Extract<ConformanceArgs, { mode: "merge" }>): Promise<ExitCode> {
  const { mergeReports } = await import("./conformance/merge-reports.ts");
  const { writeReports } = await reportFiles();
  const previous = args.baseline ? loadBaseline(args.baseline) : undefined;
  const files = await Promise.all(
    args.inputs.map((input) => (existsSync(input) && statSync(input).isDirectory() ? reportFile(input) : input)),
  );
  const shards = await Promise.all(files.map(async (file) => ({ source: file, report: await loadReport(file) })));
  const merged = mergeReports(shards);
  const written = writeReports(merged, args.reportDir);
  const s = merged.summary;
  say(`merged ${files.length} reports into ${written.join(", ")}`);
  say(`  ${s.pass} pass, ${s.fail} fail, ${s.not_applicable} not applicable, ${s.not_run} not run`);
  return gate(merged, args.baseline, previous);
}

async function main(argv: string[]): Promise<ExitCode> {
  let args: ConformanceArgs;
  try {
    args = parseConformanceArgs(argv);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  switch (args.mode) {
    case "help":
      say(USAGE);
      return EXIT.pass;
    case "run":
      return run(args);
    case "replay":
      return replay(args);
    case "merge":
      return merge(args);
  }
}

let code: ExitCode;
try {
  code = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    complain(`${e.message}\n\n${USAGE}`);
    code = EXIT.configuration;
  } else if (isConfigurationError(e)) {
    complain(e.message);
    code = EXIT.configuration;
  } else {
    throw e;
  }
}
await afterInterruption();
process.exit(code);
