import { describe, expect, it } from "vitest";
import { WalkProgress } from "./walk-progress.ts";

describe("WalkProgress", () => {
  it("lets a walk go on through short and empty pages that still carry a nextToken", () => {
    const progress = new WalkProgress();
    expect(progress.record(["a"], "t1")).toBeUndefined();
    expect(progress.record([], "t2")).toBeUndefined();
    expect(progress.record(["b", "c"], "t3")).toBeUndefined();
    expect(progress.record([], undefined)).toBeUndefined();
  });
  it("judges a walk endless when a token it already followed comes back", () => {
    const progress = new WalkProgress();
    progress.record(["a"], "t1");
    expect(progress.record(["b"], "t1")).toBe("page 2 handed back a nextToken the walk had already followed");
  });
  it("judges a walk endless after 100 pages in a row with no new item, not before", () => {
    const progress = new WalkProgress();
    progress.record(["a"], "t0");
    for (let i = 1; i < 100; i++) expect(progress.record(["a"], `t${i}`)).toBeUndefined();
    expect(progress.record([], "t100")).toBe("100 pages in a row brought no new item and still had a nextToken");
  });
});
