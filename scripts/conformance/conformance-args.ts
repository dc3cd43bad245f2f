// The command line of `npm run conformance -- [services or file filters] [-t <pattern>]`, parsed with
// node:util's parseArgs. A service name selects exactly that service's suite (`ivs` would otherwise
// also match ivs-realtime.test.ts); anything else is a vitest file filter.
import { parseArgs } from "node:util";
import { SERVICES } from "../../spec/contract/service-name.ts";

export const USAGE = `Usage: npm run conformance -- [filters] [options]

  filters                  service names (${SERVICES.join(", ")}) or vitest file filters; default: every service
  -t, --test-name <regex>  run only the cells whose title (\`<Operation>: <check>\`) matches
  -h, --help               print this help

Target: the embedded reference emulator, IVS_ENDPOINT / IVS_REALTIME_ENDPOINT, or IVS_TARGET=aws with
AWS_REGION. Generation: CONFORMANCE_SEED, CONFORMANCE_RUNS, CONFORMANCE_PATH (see README.md).
`;

export interface ConformanceArgs {
  help: boolean;
  /** vitest file filters: a service's suite file, or the filters as given. */
  filters: string[];
  testNamePattern?: string;
}

export function parseConformanceArgs(argv: readonly string[]): ConformanceArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      "test-name": { type: "string", short: "t" },
      help: { type: "boolean", short: "h" },
    },
  });
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
  return {
    help: values.help ?? false,
    filters: positionals.map((p) => ((SERVICES as readonly string[]).includes(p) ? `suites/${p}.test.ts` : p)),
    ...(pattern !== undefined ? { testNamePattern: pattern } : {}),
  };
}
