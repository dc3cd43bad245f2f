// The command line of `npm run drift`, parsed with node:util's parseArgs. A bad argument is an
// Error whose message is the one line the entry prints before exiting 2.
import { parseArgs } from "node:util";

export const DRIFT_USAGE = `Usage: npm run drift -- [--fail-on <kinds>] [--report <file>] [--out-dir <dir>]

  --fail-on <kinds>   exit 1 when the report has an item of one of these kinds (comma-separated or
                      repeated, e.g. sdk-only-operation,operation-removed); without it, exit 0
  --report <file>     the conformance report section 3 reads (default reports/conformance.json)
  --out-dir <dir>     where drift.md and drift.json are written (default reports/)
  -h, --help          print this help

Exit status: 0 written (no item of a --fail-on kind), 1 an item of a --fail-on kind, 2 a bad argument.
`;

export type DriftArgs = { mode: "help" } | { mode: "run"; failOn: string[]; report?: string; outDir: string };

const KIND = /^[a-z]+(-[a-z]+)*$/;

export function parseDriftArgs(argv: readonly string[]): DriftArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      "fail-on": { type: "string", multiple: true },
      report: { type: "string" },
      "out-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { mode: "help" };
  if (positionals.length) throw new Error(`unexpected argument ${JSON.stringify(positionals[0])}; see --help`);
  const failOn = (values["fail-on"] ?? []).flatMap((v) => v.split(",")).map((k) => k.trim());
  for (const kind of failOn)
    if (!KIND.test(kind))
      throw new Error(
        `--fail-on takes kebab-case item kinds (e.g. sdk-only-member), but received ${JSON.stringify(kind)}`,
      );
  for (const [name, value] of [
    ["--report", values.report],
    ["--out-dir", values["out-dir"]],
  ] as const)
    if (value !== undefined && value.trim() === "") throw new Error(`${name} takes a path, but received an empty one`);
  return {
    mode: "run",
    failOn,
    ...(values.report !== undefined ? { report: values.report } : {}),
    outDir: values["out-dir"] ?? "reports",
  };
}
