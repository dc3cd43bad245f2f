// vitest globalSetup of the `conformance` project: resolves the run's target once (harness/target.ts)
// and hands it to the suites with provide/inject, which reach it only over HTTP. Only when the target
// is the embedded reference emulator does it start one, in-process on a free port, and stop it at the
// end; IVS_TARGET=aws and IVS_ENDPOINT start nothing.
import type { TestProject } from "vitest/node";
import { nodeSupportNotice } from "./harness/clients/node-notice.ts";
import { embeddedAt, resolveTarget, type Target } from "./harness/target.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's target, resolved once. */
    target: Target;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Once per run, here in vitest's main process; the SDK's own notice is off in the workers.
  const notice = nodeSupportNotice();
  if (notice) console.warn(notice);
  const target = resolveTarget(process.env);
  if (target.kind !== "emulator") {
    project.provide("target", target);
    return undefined;
  }
  const { startEmulator } = await import("../fixtures/emulator/start-emulator.ts");
  const emulator = await startEmulator({ port: 0, region: target.region });
  project.provide("target", embeddedAt(target, emulator.url));
  return () => emulator.close();
}
