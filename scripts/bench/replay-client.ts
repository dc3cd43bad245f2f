// The replay of a recorded conformance run (`npm run bench`, part `efficiency`), in a child process
// so that it does not share the emulator's event loop: every recorded request, in recorded order, sent
// by a raw undici loop with the suite's concurrency (that many lanes, each taking the next request).
// Protocol: the parent sends ReplayOptions over IPC; the child answers with a ReplayResult.
import { readFileSync } from "node:fs";
import { Pool } from "undici";
import { parseRecorded } from "./recorded.ts";

export interface ReplayOptions {
  url: string;
  file: string;
  concurrency: number;
}

export interface ReplayResult {
  requests: number;
  /** No answer at all (connection errors). */
  errors: number;
  statuses: Record<string, number>;
  elapsedMs: number;
}

async function replay(o: ReplayOptions): Promise<ReplayResult> {
  const requests = parseRecorded(readFileSync(o.file, "utf8"));
  // The harness's Agent allows concurrency x 2 connections to an origin; the same here.
  const pool = new Pool(o.url, { connections: o.concurrency * 2, pipelining: 1, keepAliveTimeout: 10_000 });
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  async function lane(): Promise<void> {
    while (next < requests.length) {
      const r = requests[next++]!;
      try {
        const res = await pool.request({
          method: r.method as "POST",
          path: r.path,
          headers: r.headers,
          ...(r.body !== undefined ? { body: r.body } : {}),
        });
        await res.body.text();
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      } catch {
        errors++;
      }
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: o.concurrency }, lane));
  const elapsedMs = performance.now() - started;
  await pool.close();
  return { requests: requests.length, errors, statuses, elapsedMs };
}

if (process.send) {
  process.once("message", (options: ReplayOptions) => {
    replay(options).then(
      (r) => process.send!(r, () => process.exit(0)),
      (e: unknown) => process.send!({ error: String((e as Error)?.stack ?? e) }, () => process.exit(1)),
    );
  });
}
