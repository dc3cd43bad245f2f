import { afterEach, describe, expect, it } from "vitest";
import { BudgetReached, ResourceBudget } from "./resource-budget.ts";
import { removeRunDirectory } from "./run-directory.ts";
import { newRunId } from "./run-id.ts";

const runs: string[] = [];
const budget = (max: number) => {
  const id = newRunId();
  runs.push(id);
  return new ResourceBudget(id, max);
};
afterEach(() => {
  for (const id of runs.splice(0)) removeRunDirectory(id);
});

describe("the resource budget", () => {
  it("gives out exactly max slots, then refuses with the documented reason", () => {
    const b = budget(2);
    expect([b.take(), b.take()]).toEqual([0, 1]);
    expect(() => b.take()).toThrow(BudgetReached);
    expect(() => b.take()).toThrow(
      "resource budget reached: this run has created the 2 resources CONFORMANCE_MAX_RESOURCES allows, " +
        "and creates no more",
    );
  });

  it("takes back a slot whose request created nothing, and counts extra resources an answer names", () => {
    const b = budget(3);
    const slot = b.take();
    b.release(slot);
    expect(b.take()).toBe(0);
    b.takeMore(2);
    expect(() => b.take()).toThrow(BudgetReached);
  });

  it("is shared by every budget object of the run, as the run's processes share it", () => {
    const id = newRunId();
    runs.push(id);
    new ResourceBudget(id, 1).take();
    expect(() => new ResourceBudget(id, 1).take()).toThrow(BudgetReached);
  });
});
