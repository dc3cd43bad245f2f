// Registers one vitest test per cell of a service's matrix, titled `<Operation>: <check>`: a
// failure throws the typed failure (received, documented, reproduction); a cell that is not
// applicable or not run is skipped with its reason; every test leaves its CellRecord in
// `task.meta.conformance` for the report (scripts/conformance.ts).
import { afterAll, it, type TestContext } from "vitest";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { type CellRecord, cellRecord } from "./cell-record.ts";
import { serviceCells } from "./cells.ts";
import { closeTransport, requestsSent } from "./clients/transport.ts";
import { runCell } from "./run-cells.ts";
import { ServiceHarness } from "./service-harness.ts";
import { errataNotes } from "./errata-notes.ts";
import type { InjectedEndpoints } from "./target.ts";

declare module "vitest" {
  interface TaskMeta {
    conformance?: CellRecord;
  }
}

/** Long enough for the largest cell against a slow target; every request has its own limit too. */
const CELL_TIMEOUT_MS = 180_000;

export function defineServiceSuite(service: ServiceName, injected: InjectedEndpoints): void {
  const h = ServiceHarness.create(service, injected);
  afterAll(() => closeTransport());
  for (const cell of serviceCells(h)) {
    it(
      cell.title,
      async (ctx: TestContext) => {
        const sentBefore = requestsSent();
        const started = performance.now();
        const outcome = await runCell(h, cell);
        const record = {
          ...cellRecord(service, cell.op.name, cell.check, outcome, errataNotes(h.spec.errata, cell.op)),
          requests: requestsSent() - sentBefore,
          ms: Math.round(performance.now() - started),
        };
        ctx.task.meta.conformance = record;
        if (outcome.status === "fail") throw outcome.failure!;
        if (outcome.status === "not_applicable") ctx.skip(`not applicable: ${outcome.reason}`);
        if (outcome.status === "not_run") ctx.skip(`not run: ${outcome.reason}`);
      },
      CELL_TIMEOUT_MS,
    );
  }
}
