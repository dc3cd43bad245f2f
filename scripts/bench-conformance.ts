// Entry point of `npm run bench:conformance`: the full default conformance run (both services,
// CONFORMANCE_RUNS per property, default 100) against the embedded emulator, timed; prints the
// wall time and the requests per second the suites sustained (requests counted by the harness,
// per test, in the workers).
import type { Reporter, TestModule } from "vitest/node";
import { startVitest } from "vitest/node";

interface Counted {
  requests: number;
  cells: number;
  failed: number;
}

class CountingReporter implements Reporter {
  readonly counted: Counted = { requests: 0, cells: 0, failed: 0 };
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const record = (test.meta() as { conformance?: { requests?: number } }).conformance;
        this.counted.cells++;
        this.counted.requests += record?.requests ?? 0;
        if (test.result().state === "failed") this.counted.failed++;
      }
    }
  }
}

const counter = new CountingReporter();
const started = performance.now();
const vitest = await startVitest("test", [], {
  project: ["conformance"],
  run: true,
  watch: false,
  reporters: ["dot", counter],
});
await vitest?.close();
const seconds = (performance.now() - started) / 1000;
const { requests, cells, failed } = counter.counted;
console.log(
  `\nbench:conformance: ${cells} cells, ${requests} requests in ${seconds.toFixed(1)} s wall time ` +
    `(vitest start-up included): ${Math.round(requests / seconds)} requests/s; ${failed} failed`,
);
console.log(
  `  runs per property: ${process.env.CONFORMANCE_RUNS ?? "100 (default)"}; ` +
    `concurrency: ${process.env.CONFORMANCE_CONCURRENCY ?? "16 (default)"}; ` +
    `target: ${process.env.IVS_ENDPOINT ?? "embedded emulator"}`,
);
