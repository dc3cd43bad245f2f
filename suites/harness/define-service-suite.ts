// Registers one vitest test per applicable cell of a service's matrix, titled `<Operation>: <check>`
// and carrying its cell key in `task.meta.cell` from the start (so that the report places it even
// when it crashes or is filtered out): a failure throws the typed failure (received, documented,
// reproduction); a cell found not applicable or not run while running is skipped with its reason;
// every test that ran leaves its CellRecord in `task.meta.conformance` for the report: a failure as
// data (with its id and reproduce commands), and observations: a cell with observations passes (or
// is skipped) as its status says; they never fail it. A cell of an operation no document states
// says so in its notes (sdk-only.ts).
import { afterAll, it, type TestContext } from "vitest";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { type CellRecord, cellRecord } from "./cell-record.ts";
import { closeTransport, requestsSent } from "./clients/transport.ts";
import { errataNotes } from "./errata-notes.ts";
import { cellKey, cellTitle, serviceMatrix } from "./matrix.ts";
import { runCell } from "./run-cells.ts";
import { sdkOnlyNotes } from "./sdk-only.ts";
import { ServiceHarness } from "./service-harness.ts";
import type { Target } from "./target.ts";

declare module "vitest" {
  interface TaskMeta {
    /** The cell's key (matrix.ts cellKey). */
    cell?: string;
    conformance?: CellRecord;
  }
}

/** Long enough for the largest cell against a slow target; every request has its own limit too. */
const CELL_TIMEOUT_MS = 180_000;

export function defineServiceSuite(service: ServiceName, target: Target): void {
  const h = ServiceHarness.create(service, target);
  afterAll(() => closeTransport());
  for (const cell of serviceMatrix(h)) {
    if (cell.notApplicable) continue;
    const { op, check } = cell;
    it(cellTitle(op.name, check.name), {
      meta: { cell: cellKey(service, op.name, check.name) },
      timeout: CELL_TIMEOUT_MS,
    }, async (ctx: TestContext) => {
      const sentBefore = requestsSent();
      const started = performance.now();
      const outcome = await runCell(h, cell);
      ctx.task.meta.conformance = {
        ...cellRecord(service, op.name, check.name, outcome, {
          notes: [...sdkOnlyNotes(h.spec, op), ...errataNotes(h.spec.errata, op)],
          runSeed: h.config.seed,
        }),
        requests: requestsSent() - sentBefore,
        ms: Math.round(performance.now() - started),
      };
      if (outcome.status === "fail") throw outcome.failure!;
      if (outcome.status === "not_applicable") ctx.skip(`not applicable: ${outcome.reason}`);
      if (outcome.status === "not_run") ctx.skip(`not run: ${outcome.reason}`);
    });
  }
}
