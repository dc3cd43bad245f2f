// Entry point of `npm run drift`: builds the drift report (scripts/drift/build-drift.ts), writes
// reports/drift.json (`ivs-drift/1`, valid against scripts/drift/drift.schema.json) and
// reports/drift.md, and prints a one-screen summary. Exit status: 0, 1 when an item has a kind
// given to --fail-on, 2 for a bad argument (one line on stderr).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DRIFT_USAGE, type DriftArgs, parseDriftArgs } from "./drift/drift-args.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const complain = (line: string) => console.error(`drift: ${line}`);

async function main(argv: readonly string[]): Promise<number> {
  let args: DriftArgs;
  try {
    args = parseDriftArgs(argv);
  } catch (e) {
    complain((e as Error).message.split("\n")[0]!);
    return 2;
  }
  if (args.mode === "help") {
    console.log(DRIFT_USAGE);
    return 0;
  }
  // The builders (extractors, SDK, harness) load only once the arguments are known to be good.
  const { buildDriftReport, DRIFT_KINDS } = await import("./drift/build-drift.ts");
  const unknown = args.failOn.filter((k) => !DRIFT_KINDS.has(k));
  if (unknown.length) {
    complain(`--fail-on: unknown kind ${unknown.join(", ")}; known: ${[...DRIFT_KINDS].join(", ")}`);
    return 2;
  }
  const { renderDriftMarkdown, driftSummary, failingItems } = await import("./drift/render-drift.ts");
  const report = await buildDriftReport({
    sourcesDir: path.join(root, "spec", "sources"),
    ...(args.report !== undefined ? { reportPath: args.report } : {}),
  });
  mkdirSync(args.outDir, { recursive: true });
  const json = path.join(args.outDir, "drift.json");
  const md = path.join(args.outDir, "drift.md");
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, renderDriftMarkdown(report));
  console.log(driftSummary(report));
  console.log(`Wrote ${json} and ${md}.`);
  const failing = failingItems(report, args.failOn);
  if (failing.length) {
    console.log(`${failing.length} items of --fail-on kinds (${args.failOn.join(", ")}): exit 1`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
