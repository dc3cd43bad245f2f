// `npm run bench:emulator`: GetChannel requests per second against the reference emulator over
// loopback. The emulator runs in this process; the load generator runs in a child process (its
// own event loop and, on a 2-core machine, its own core), posting over keep-alive connections with
// a fixed number of requests in flight. Prints one figure; no test depends on it.
// Knobs: BENCH_SECONDS (5), BENCH_CONNECTIONS (32), BENCH_IN_FLIGHT (64).
import { fork } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { LoadOptions, LoadResult } from "../fixtures/emulator/bench/load-client.ts";
import { startEmulator } from "../fixtures/emulator/start-emulator.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const emulator = await startEmulator({ port: 0 });
try {
  const created = await fetch(`${emulator.url}/CreateChannel`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "bench", tags: { purpose: "bench" } }),
  });
  if (created.status !== 200) throw new Error(`CreateChannel answered ${created.status}: ${await created.text()}`);
  const { channel } = (await created.json()) as { channel: { arn: string } };

  const options: LoadOptions = {
    url: emulator.url,
    channelArn: channel.arn,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
    inFlight: Number(process.env.BENCH_IN_FLIGHT ?? 64),
    warmupMs: 1000,
    durationMs: seconds * 1000,
  };
  // Other work on the machine takes cores from both sides: say how busy it was.
  const load = loadavg()[0]!.toFixed(2);
  const result = await new Promise<LoadResult>((resolve, reject) => {
    const client = fork(fileURLToPath(new URL("../fixtures/emulator/bench/load-client.ts", import.meta.url)), {
      execArgv: ["--import", "tsx"],
    });
    client.once("message", (m: LoadResult | { error: string }) =>
      "error" in m ? reject(new Error(m.error)) : resolve(m),
    );
    client.once("error", reject);
    client.send(options);
  });
  const rps = result.requests / (result.elapsedMs / 1000);
  console.log(`GetChannel: ${Math.round(rps)} requests/s over loopback`);
  console.log(
    `  ${result.requests} requests in ${(result.elapsedMs / 1000).toFixed(1)} s after a 1 s warm-up; ` +
      `${options.connections} keep-alive connections, ${options.inFlight} in flight; ` +
      "client in a child process (undici Pool), server in this process; " +
      `statuses ${JSON.stringify(result.statuses)}; ` +
      `${cpus().length} cores, load average ${load} before the run`,
  );
  if (result.failures > 0) process.exitCode = 1;
} finally {
  await emulator.close();
}
