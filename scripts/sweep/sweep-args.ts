// The command line of `npm run sweep`, parsed with node:util's parseArgs.
import { parseArgs } from "node:util";

export const SWEEP_USAGE = `Usage: npm run sweep -- [--yes] [--run <id>]

Lists the resources earlier conformance runs left in the target, found by their run tag
(ivs-conformance:run), grouped by run, with the children that go with them (a channel's stream keys).
The target is the run's: IVS_TARGET=aws with AWS_REGION, or IVS_ENDPOINT / IVS_REALTIME_ENDPOINT.

  --yes        delete them, in dependency order (children first); without it, only list
  --run <id>   only the resources of that run
  -h, --help   print this help

Exit status: 0 listed (or, with --yes, all deleted); 1 something could not be deleted or searched;
2 a configuration error (the target, the credentials, an argument).`;

export type SweepArgs = { mode: "help" } | { mode: "sweep"; yes: boolean; run?: string };

export function parseSweepArgs(argv: readonly string[]): SweepArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      yes: { type: "boolean" },
      run: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { mode: "help" };
  if (values.run !== undefined && values.run === "") throw new Error("--run needs a run id");
  return { mode: "sweep", yes: values.yes ?? false, ...(values.run ? { run: values.run } : {}) };
}
