// The command line of `npm run conformance`, parsed with node:util's parseArgs. Three modes: a run
// (the default), the replay of one failure of a report (--replay), and the merge of shard reports
// (--merge). A service name selects exactly that service's suite (`ivs` would otherwise also match
// ivs-realtime.test.ts); anything else is a vitest file filter. A run or a merge can write a
// baseline (--update-baseline) or be judged against one (--baseline).
import { parseArgs } from "node:util";
import { SERVICES } from "../../spec/contract/service-name.ts";
import { EXIT_CODES_HELP } from "./exit-codes.ts";

export const USAGE = `Usage: npm run conformance -- [filters] [options]
       npm run conformance -- --replay <id> [--report <file>]
       npm run conformance -- --merge <shard report dirs or files...> [--report-dir <dir>] [baseline options]

  filters                    service names (${SERVICES.join(", ")}) or vitest file filters; default: every service
  -t, --test-name <regex>    run only the cells whose title (\`<Operation>: <check>\`) matches
  --shard <i>/<n>            run the i-th of n shards (vitest --shard); reports go to reports/shard-<i>-of-<n>/
  --report-dir <dir>         where the run (or the merge) writes its reports (default reports/)
  --read-only                only read and list what exists; every cell that needs a write is not run
                             (the same as CONFORMANCE_READ_ONLY=1)
  --baseline <file>          fail only on nonconformances the baseline does not list, or on listed ones
                             that are no longer present
  --update-baseline <file>   record this run's nonconformances in the baseline (cells not run keep theirs)
  --replay <id>              rerun the one case of a failure of the last report, and say whether it still fails
  --report <file>            the report --replay reads (default reports/conformance.json)
  --merge                    merge the reports of shards (positionals: their directories or JSON files)
  -h, --help                 print this help

Target: the embedded reference emulator, IVS_ENDPOINT / IVS_REALTIME_ENDPOINT, or IVS_TARGET=aws with
AWS_REGION. Generation: CONFORMANCE_SEED, CONFORMANCE_RUNS, CONFORMANCE_PATH. Safety: CONFORMANCE_MAX_RESOURCES,
CONFORMANCE_READ_ONLY, CONFORMANCE_S3_BUCKET; \`npm run sweep\` removes what interrupted runs left (see README.md).

${EXIT_CODES_HELP}
`;

/** Judge the run against a baseline (`check`), or record the run's nonconformances in it (`update`). */
export interface BaselineOption {
  kind: "check" | "update";
  file: string;
}

export interface Shard {
  index: number;
  count: number;
}

export type ConformanceArgs =
  | { mode: "help" }
  | {
      mode: "run";
      /** vitest file filters: a service's suite file, or the filters as given. */
      filters: string[];
      testNamePattern?: string;
      shard?: Shard;
      reportDir: string;
      baseline?: BaselineOption;
      /** --read-only: only reading operations are sent. */
      readOnly?: boolean;
    }
  | { mode: "replay"; id: string; report: string }
  | { mode: "merge"; inputs: string[]; reportDir: string; baseline?: BaselineOption };

export const DEFAULT_REPORT_DIR = "reports";

/** The report --replay reads: report-files.ts writes it as REPORT_DIR/REPORT_FILES.json. */
export const DEFAULT_REPORT = `${DEFAULT_REPORT_DIR}/conformance.json`;

/** Where a shard writes its reports unless --report-dir says otherwise. */
export const shardReportDir = (shard: Shard) => `${DEFAULT_REPORT_DIR}/shard-${shard.index}-of-${shard.count}`;

function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must be <i>/<n> with 1 <= i <= n (for example 1/2), but received ${JSON.stringify(text)}`);
  }
  return { index, count };
}

/** The options that only a run takes, by the name a message gives them. */
const RUN_ONLY = ["-t", "--shard", "--read-only", "filters"] as const;

export function parseConformanceArgs(argv: readonly string[]): ConformanceArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      "test-name": { type: "string", short: "t" },
      shard: { type: "string" },
      "report-dir": { type: "string" },
      baseline: { type: "string" },
      "update-baseline": { type: "string" },
      replay: { type: "string" },
      report: { type: "string" },
      merge: { type: "boolean" },
      "read-only": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { mode: "help" };
  const pattern = values["test-name"];
  if (pattern !== undefined) {
    try {
      new RegExp(pattern);
    } catch (e) {
      throw new Error(
        `-t must be a regular expression, but received ${JSON.stringify(pattern)}: ${(e as Error).message}`,
      );
    }
  }
  const given = {
    "-t": pattern !== undefined,
    "--shard": values.shard !== undefined,
    "--read-only": values["read-only"] === true,
    filters: positionals.length > 0,
  };
  if (values.baseline !== undefined && values["update-baseline"] !== undefined) {
    throw new Error("--baseline and --update-baseline exclude each other: judge against a baseline, or rewrite it");
  }
  const baseline: BaselineOption | undefined =
    values.baseline !== undefined
      ? { kind: "check", file: values.baseline }
      : values["update-baseline"] !== undefined
        ? { kind: "update", file: values["update-baseline"] }
        : undefined;
  if (values.report !== undefined && values.replay === undefined) {
    throw new Error("--report names the report --replay reads; give --replay <id> too");
  }

  if (values.replay !== undefined) {
    const others = [
      ...RUN_ONLY.filter((o) => given[o]),
      ...(values.merge ? ["--merge"] : []),
      ...(baseline ? ["--baseline"] : []),
      ...(values["report-dir"] !== undefined ? ["--report-dir"] : []),
    ];
    if (others.length) throw new Error(`--replay reruns one recorded case; it takes no ${others.join(", ")}`);
    if (!/^[0-9a-f]{10}$/.test(values.replay)) {
      throw new Error(
        "--replay takes a failure id (10 hex digits, as the report prints it), " +
          `but received ${JSON.stringify(values.replay)}`,
      );
    }
    return { mode: "replay", id: values.replay, report: values.report ?? DEFAULT_REPORT };
  }

  const reportDir = values["report-dir"];
  if (values.merge) {
    const others = RUN_ONLY.filter((o) => o !== "filters" && given[o]);
    if (others.length) throw new Error(`--merge merges reports already written; it takes no ${others.join(", ")}`);
    if (positionals.length === 0) {
      throw new Error("--merge needs the shard reports to merge: their directories or JSON files (reports/shard-*)");
    }
    return {
      mode: "merge",
      inputs: positionals,
      reportDir: reportDir ?? DEFAULT_REPORT_DIR,
      ...(baseline ? { baseline } : {}),
    };
  }

  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  return {
    mode: "run",
    filters: positionals.map((p) => ((SERVICES as readonly string[]).includes(p) ? `suites/${p}.test.ts` : p)),
    ...(pattern !== undefined ? { testNamePattern: pattern } : {}),
    ...(shard ? { shard } : {}),
    reportDir: reportDir ?? (shard ? shardReportDir(shard) : DEFAULT_REPORT_DIR),
    ...(baseline ? { baseline } : {}),
    ...(values["read-only"] ? { readOnly: true } : {}),
  };
}
