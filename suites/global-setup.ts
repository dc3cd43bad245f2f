// vitest globalSetup of the `conformance` project: resolves the run's target once (harness/target.ts)
// and hands it to the suites with provide/inject, which reach it only over HTTP. Only when the target
// is the embedded reference emulator does it start one, in-process on a free port (on a worker thread,
// emulator-thread.ts), and stop it at the end; IVS_TARGET=aws and IVS_ENDPOINT start nothing.
//
// Before any test, it checks what would otherwise fail every cell: the settings (config.ts,
// target.ts), the specs judged by, that the target answers at all (one request per endpoint;
// any HTTP answer, even a 404, is an answer) and, for any target but the embedded emulator, that
// it accepts the run's credentials (clients/credential-check.ts). Each of those throws a
// ConfigurationError: one line saying what is wrong and how to fix it, no stack (`npm run
// conformance` prints it and exits 2).
//
// It fixes the run's id (run-safety/run-id.ts) before any worker starts, so that every process
// tags what it creates alike; at the end, for any target but the embedded emulator, it removes
// what the run created (run-safety/run-cleanup.ts).
import { Agent, request } from "undici";
import type { TestProject } from "vitest/node";
import { SERVICES, type ServiceName } from "../spec/contract/service-name.ts";
import { checkCredentials } from "./harness/clients/credential-check.ts";
import { nodeSupportNotice } from "./harness/clients/node-notice.ts";
import { closeTransport } from "./harness/clients/transport.ts";
import { runConfig } from "./harness/config.ts";
import { ConfigurationError, isConfigurationError } from "./harness/configuration-error.ts";
import { judgedSpec } from "./harness/judged-spec.ts";
import { cleanUpRun, describeCleanup, needsCleanup } from "./harness/run-safety/run-cleanup.ts";
import { ensureRunDirectory, removeRunDirectory } from "./harness/run-safety/run-directory.ts";
import { ensureRunId } from "./harness/run-safety/run-id.ts";
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
  ensureRunId(process.env);
  const target = resolveTarget(process.env);
  const config = runConfig(process.env, target);
  const endpoints = endpointsOf(target);
  if (target.kind !== "emulator") {
    await probe(endpoints, config.timeoutMs, target.kind === "aws" ? "is AWS_REGION right?" : "is the URL right?");
    await checkCredentials(target, config).finally(closeTransport);
    project.provide("target", target);
    if (!needsCleanup(target, config)) return undefined;
    // Where the run's processes record what they create (run-safety/created-resources.ts).
    ensureRunDirectory(config.safety.runId);
    return async () => {
      const cleanup = await cleanUpRun(target, config).finally(closeTransport);
      for (const line of describeCleanup(config.safety.runId, cleanup)) console.log(line);
    };
  }
  // On a thread of its own: its work is another core's, and this process's loop stays free for vitest.
  const { startEmulatorThread } = await import("../fixtures/emulator/emulator-thread.ts");
  const emulator = await startEmulatorThread({ port: 0, region: target.region });
  project.provide("target", embeddedAt(target, emulator.url));
  return async () => {
    await emulator.close();
    // The embedded emulator's state ends with it: nothing to clean up but a budget's counts.
    removeRunDirectory(config.safety.runId);
  };
}

/** Each service's endpoint as the clients will reach it; reading the specs also proves they load. */
function endpointsOf(target: Target): [ServiceName, string][] {
  return SERVICES.map((service) => {
    let prefix: string;
    try {
      prefix = judgedSpec(service).endpointPrefix;
    } catch (e) {
      if (isConfigurationError(e)) throw e;
      throw new ConfigurationError(`the ${service} spec cannot be used: ${(e as Error).message}`);
    }
    return [service, target.endpoints[service] ?? `https://${prefix}.${target.region}.amazonaws.com`];
  });
}

/** Why a request got no answer, as a reader would say it, and what to check. */
function unreachable(e: unknown, timeoutMs: number, hostHint: string): string {
  const err = e as Error & { code?: string; cause?: { code?: string } };
  const code = err.code ?? err.cause?.code;
  if (code === "ECONNREFUSED") return "connection refused; is it running?";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `host not found; ${hostHint}`;
  if (err.name === "TimeoutError" || err.name === "AbortError" || code === "UND_ERR_CONNECT_TIMEOUT") {
    return `no answer within ${timeoutMs} ms (CONFORMANCE_TIMEOUT_MS); is it running?`;
  }
  return `${code ?? err.message}; is it running, and is the URL right?`;
}

async function probe(endpoints: [ServiceName, string][], timeoutMs: number, hostHint: string): Promise<void> {
  const agent = new Agent({ connections: 1 });
  const probed = new Set<string>();
  try {
    for (const [service, url] of endpoints) {
      if (probed.has(url)) continue;
      probed.add(url);
      try {
        const res = await request(url, {
          method: "GET",
          dispatcher: agent,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.body.dump();
      } catch (e) {
        throw new ConfigurationError(
          `cannot reach the target at ${url} (${service}): ${unreachable(e, timeoutMs, hostHint)}`,
        );
      }
    }
  } finally {
    await agent.close();
  }
}
