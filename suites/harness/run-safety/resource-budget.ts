// The run's budget of resources created, shared by its processes: one slot file per resource,
// taken with an exclusive create (atomic across processes), before a creating request is sent.
// A request the target answers without creating anything gives its slot back; one whose answer
// names more resources (CreateChannel's stream key) takes more. When no slot is left, the request
// is not sent, and the cell that needed it is not run, with that reason.
import { closeSync, mkdirSync, openSync, unlinkSync } from "node:fs";
import path from "node:path";
import { NotRunError } from "./not-run-error.ts";
import { runDirectory } from "./run-directory.ts";

export const BUDGET_VARIABLE = "CONFORMANCE_MAX_RESOURCES";

export class BudgetReached extends NotRunError {
  constructor(max: number) {
    super(
      `resource budget reached: this run has created the ${max} resource${max === 1 ? "" : "s"} ` +
        `${BUDGET_VARIABLE} allows, and creates no more (raise it to run this cell)`,
    );
  }
}

export class ResourceBudget {
  private readonly dir: string;

  constructor(
    runId: string,
    readonly max: number,
  ) {
    this.dir = path.join(runDirectory(runId), "budget");
    mkdirSync(this.dir, { recursive: true });
  }

  /** Where this process looks first: past the slots it knows are taken, so a large budget is not rescanned. */
  private hint = 0;

  private tryTake(): number | undefined {
    for (let i = 0; i < this.max; i++) {
      const slot = (this.hint + i) % this.max;
      try {
        closeSync(openSync(path.join(this.dir, String(slot)), "wx"));
        this.hint = slot + 1;
        return slot;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
    return undefined;
  }

  /** A slot for one more resource; throws BudgetReached when none is left. */
  take(): number {
    const slot = this.tryTake();
    if (slot === undefined) throw new BudgetReached(this.max);
    return slot;
  }

  /** Slots for resources an answer named beyond the first; past the budget, they are counted as spent. */
  takeMore(count: number): void {
    for (let i = 0; i < count; i++) if (this.tryTake() === undefined) return;
  }

  release(slot: number): void {
    unlinkSync(path.join(this.dir, String(slot)));
    this.hint = Math.min(this.hint, slot);
  }
}
