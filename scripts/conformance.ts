// Entry point of `npm run conformance`: runs the conformance suites (vitest project `conformance`)
// against the run's target and writes the machine-readable report to reports/. Exit status: 0 when
// every cell passed or was skipped with its reason, 1 when a cell failed, 2 on a usage error.
import { startVitest } from "vitest/node";
import { parseConformanceArgs, USAGE } from "./conformance/conformance-args.ts";

let args: ReturnType<typeof parseConformanceArgs>;
try {
  args = parseConformanceArgs(process.argv.slice(2));
} catch (e) {
  console.error(`conformance: ${(e as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const vitest = await startVitest("test", args.filters, {
  project: ["conformance"],
  run: true,
  watch: false,
  ...(args.testNamePattern ? { testNamePattern: args.testNamePattern } : {}),
  reporters: ["default", "./suites/harness/report/conformance-reporter.ts"],
});
await vitest?.close();
