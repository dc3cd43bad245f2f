// Entry point of `npm run sweep`: what earlier conformance runs left behind (a run killed with
// SIGKILL, a cleanup that failed), found by the run tag in the configured target; listed, or
// with --yes deleted in dependency order (suites/harness/run-safety/sweep-resources.ts). Exit
// status: 0 done, 1 something could not be deleted or searched, 2 a configuration error.
import { SERVICES } from "../spec/contract/service-name.ts";
import { Session } from "../suites/harness/clients/session.ts";
import { closeTransport } from "../suites/harness/clients/transport.ts";
import { runConfig } from "../suites/harness/config.ts";
import { ConfigurationError, isConfigurationError } from "../suites/harness/configuration-error.ts";
import { judgedSpec } from "../suites/harness/judged-spec.ts";
import { removeRunDirectory } from "../suites/harness/run-safety/run-directory.ts";
import { type Found, findTagged, removeAll } from "../suites/harness/run-safety/sweep-resources.ts";
import { resolveTarget } from "../suites/harness/target.ts";
import { parseSweepArgs, SWEEP_USAGE } from "./sweep/sweep-args.ts";

const say = (line: string) => console.log(line);

function describeFound(found: readonly Found[]): string[] {
  const byRun = new Map<string, Found[]>();
  const runOf = new Map(found.filter((f) => f.runId).map((f) => [f.arn, f.runId!]));
  for (const f of found) {
    const run = f.runId ?? (f.parentArn ? runOf.get(f.parentArn) : undefined) ?? "unknown";
    byRun.set(run, [...(byRun.get(run) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [run, items] of [...byRun].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`run ${run}: ${items.length} resource${items.length === 1 ? "" : "s"}`);
    for (const f of items)
      lines.push(`  ${f.service} ${f.family} ${f.arn}${f.parentArn ? ` (with its parent ${f.parentArn})` : ""}`);
  }
  return lines;
}

async function sweep(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseSweepArgs>;
  try {
    args = parseSweepArgs(argv);
  } catch (e) {
    throw new ConfigurationError(`${(e as Error).message}\n\n${SWEEP_USAGE}`);
  }
  if (args.mode === "help") {
    say(SWEEP_USAGE);
    return 0;
  }
  const target = resolveTarget(process.env);
  if (target.kind === "emulator") {
    throw new ConfigurationError(
      "sweep needs the target runs used: IVS_TARGET=aws with AWS_REGION, or IVS_ENDPOINT " +
        "(the embedded emulator keeps nothing)",
    );
  }
  const config = runConfig(process.env, target);
  const wanted = (id: string) => args.run === undefined || id === args.run;
  let code = 0;
  const found: Found[] = [];
  for (const service of SERVICES) {
    const spec = judgedSpec(service);
    const session = new Session(target, config, { guarded: false });
    const listing = await findTagged(session, spec, wanted);
    for (const why of listing.unsearched) say(`not searched: ${service} ${why}`);
    if (listing.unsearched.some((u) => !u.includes("no operation that lists"))) code = 1;
    found.push(...listing.found);
    if (!args.yes || listing.found.length === 0) continue;
    const removal = await removeAll(
      session,
      spec,
      listing.found.map((f) => f.arn),
    );
    say(`${service}: ${removal.removed.length} deleted`);
    for (const f of removal.failed) say(`  not deleted: ${f.arn}: ${f.why}`);
    if (removal.failed.length) code = 1;
  }
  // A killed run's registry on this machine, if it is here, is spent once its resources are gone.
  if (args.yes && code === 0) for (const f of found) if (f.runId) removeRunDirectory(f.runId);
  if (found.length === 0) say(`nothing left by a conformance run in ${target.description}`);
  else if (!args.yes) {
    for (const line of describeFound(found)) say(line);
    say(`${found.length} resource${found.length === 1 ? "" : "s"} found; \`npm run sweep -- --yes\` deletes them`);
  }
  return code;
}

let code: number;
try {
  code = await sweep(process.argv.slice(2));
} catch (e) {
  if (!isConfigurationError(e)) throw e;
  console.error(`sweep: ${e.message}`);
  code = 2;
} finally {
  await closeTransport();
}
process.exit(code);
