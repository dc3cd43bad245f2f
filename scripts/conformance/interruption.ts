// SIGINT and SIGTERM during a run: nothing more is created (the run is marked interrupted, which
// every process of it checks before a creating request), vitest is cancelled and closed (its global
// setup's teardown removes what the run created), then the cleanup runs once more, now that no
// worker is left to answer late, and the process exits 130 (SIGINT) or 143 (SIGTERM). A second
// signal exits at once. SIGKILL cannot be caught: what such a run leaves carries its tag, for
// `npm run sweep`. `npm run conformance` is node with tsx's loader (`node --import tsx`), one process:
// tsx's own command line runs the script in a child, and kills it when it does not acknowledge a
// signal within 30 ms, which a busy run may not.
import { runConfig } from "../../suites/harness/config.ts";
import { cleanUpRun, describeCleanup, needsCleanup } from "../../suites/harness/run-safety/run-cleanup.ts";
import { markInterrupted } from "../../suites/harness/run-safety/run-directory.ts";
import { resolveTarget } from "../../suites/harness/target.ts";

const EXIT_ON = { SIGINT: 130, SIGTERM: 143 } as const;

/** The cleanup under way after a signal, which ends the process itself. */
let stopping: Promise<void> | undefined;

/**
 * For the entry point, before it exits with the run's status: after a signal, the cancelled run
 * ends early, and the exit is the cleanup's to make. Never resolves then.
 */
export async function afterInterruption(): Promise<void> {
  if (!stopping) return;
  await stopping;
  await new Promise(() => {});
}

/**
 * Installs the handlers for one run; `stopVitest` cancels and closes its vitest. While they are
 * installed, no other SIGINT or SIGTERM handler stays: vitest's logger adds its own when a run
 * starts, which exits a millisecond after the signal, before any cleanup. Returns their removal.
 */
export function onInterruption(runId: string, stopVitest: () => Promise<void>): () => void {
  const handle = (signal: keyof typeof EXIT_ON) => {
    if (stopping) process.exit(EXIT_ON[signal]);
    markInterrupted(runId);
    console.error(`conformance: ${signal}: stopping run ${runId} and removing what it created`);
    stopping = (async () => {
      try {
        await stopVitest();
        const target = resolveTarget(process.env);
        const config = runConfig(process.env, target);
        if (needsCleanup(target, config))
          for (const line of describeCleanup(runId, await cleanUpRun(target, config))) console.error(line);
      } catch (e) {
        console.error(`conformance: the cleanup stopped: ${(e as Error).message}; run \`npm run sweep\``);
      }
      process.exit(EXIT_ON[signal]);
    })();
  };
  const onInt = () => handle("SIGINT");
  const onTerm = () => handle("SIGTERM");
  const ours = new Set<unknown>([onInt, onTerm]);
  // Fired before the listener is added: it is taken off once it is in.
  const keepOut = (event: string | symbol, listener: unknown) => {
    if ((event === "SIGINT" || event === "SIGTERM") && !ours.has(listener))
      queueMicrotask(() => process.off(event, listener as () => void));
  };
  // Only the listeners process.listeners() shows: tsx's own (hidden there) must stay, since it tells
  // tsx's parent process that the signal arrived, which otherwise kills this one.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    for (const listener of process.listeners(signal)) process.off(signal, listener);
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  process.on("newListener", keepOut);
  return () => {
    process.off("newListener", keepOut);
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  };
}
