// Entry point of `npm run conformance`: runs the conformance suites (vitest project `conformance`)
// against the configured target and writes the machine-readable report to reports/.
//
// Target: the embedded reference emulator by default; IVS_ENDPOINT / IVS_REALTIME_ENDPOINT for any
// URL; IVS_TARGET=aws with AWS_REGION for real AWS. Generation: CONFORMANCE_SEED, CONFORMANCE_RUNS
// (and CONFORMANCE_PATH to replay one failing case). Extra arguments are vitest filters
// (`npm run conformance -- ivs-realtime`), `-t <pattern>` selects tests by title.
import { startVitest } from "vitest/node";

const args = process.argv.slice(2);
const t = args.indexOf("-t");
const testNamePattern = t >= 0 ? args[t + 1] : undefined;
const filters = args.filter((_, i) => i !== t && i !== t + 1);

const vitest = await startVitest("test", filters, {
  project: ["conformance"],
  run: true,
  watch: false,
  ...(testNamePattern ? { testNamePattern } : {}),
  reporters: ["default", "./suites/harness/report/conformance-reporter.ts"],
});
await vitest?.close();
