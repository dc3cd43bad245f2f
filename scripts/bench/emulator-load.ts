// Part `emulator`: requests per second the reference emulator answers over loopback, per operation.
// The emulator runs in this process; the load client (fixtures/emulator/bench/load-client.ts) in a
// child process, over keep-alive connections with a fixed number of requests in flight, for a fixed
// duration after a warm-up. One emulator, seeded with 50 channels; CreateChannel goes last since it
// grows the store.
import type { LoadOperation, LoadOptions, LoadResult } from "../../fixtures/emulator/bench/load-client.ts";
import { startEmulator } from "../../fixtures/emulator/start-emulator.ts";
import { askChild } from "./child.ts";

export const LOAD_OPERATIONS: readonly LoadOperation[] = ["GetChannel", "ListChannels", "CreateChannel"];
export const SEEDED_CHANNELS = 50;

export interface OperationLoad extends LoadResult {
  operation: LoadOperation;
  requestsPerSecond: number;
}

export interface LoadSettings {
  durationMs: number;
  warmupMs: number;
  connections: number;
  inFlight: number;
}

const LOAD_CLIENT = new URL("../../fixtures/emulator/bench/load-client.ts", import.meta.url);

export async function measureEmulator(settings: LoadSettings): Promise<OperationLoad[]> {
  const emulator = await startEmulator({ port: 0 });
  try {
    let arn = "";
    for (let i = 0; i < SEEDED_CHANNELS; i++) {
      const created = await fetch(`${emulator.url}/CreateChannel`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `seed-${i}` }),
      });
      if (created.status !== 200) throw new Error(`CreateChannel answered ${created.status}: ${await created.text()}`);
      arn = ((await created.json()) as { channel: { arn: string } }).channel.arn;
    }
    const out: OperationLoad[] = [];
    for (const operation of LOAD_OPERATIONS) {
      const options: LoadOptions = { url: emulator.url, operation, channelArn: arn, ...settings };
      const result = await askChild<LoadOptions, LoadResult>(LOAD_CLIENT, options);
      out.push({ operation, ...result, requestsPerSecond: result.requests / (result.elapsedMs / 1000) });
    }
    return out;
  } finally {
    await emulator.close();
  }
}
