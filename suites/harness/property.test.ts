import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../spec/contract/contract.ts";
import { runConfig } from "./config.ts";
import { failCheck } from "./failure.ts";
import { judgeSampled } from "./property.ts";

const op = { service: "ivs", name: "GetThing" } as OperationSpec;
const config = runConfig({ CONFORMANCE_SEED: "5", CONFORMANCE_RUNS: "10" });
const arbitrary = fc.integer({ min: 0, max: 1000 });
const values = fc.sample(arbitrary, { seed: config.seed, numRuns: config.runs });

describe("judgeSampled", () => {
  it("passes when every sampled case passes", async () => {
    const outcome = await judgeSampled({ title: "GetThing: x", config, arbitrary, check: async () => {} }, values);
    expect(outcome).toEqual({ status: "pass", cases: 10 });
  });

  it("reports fast-check's shrunk failure when the replay reproduces it", async () => {
    const check = async (v: number) => {
      if (v > 10) failCheck("x", { op, title: `too big: ${v}`, documented: "at most 10" });
    };
    const outcome = await judgeSampled({ title: "GetThing: x", config, arbitrary, check }, values);
    expect(outcome.status).toBe("fail");
    expect(outcome.failure?.details).toMatchObject({ check: "x", title: "too big: 11" });
    expect(outcome.failure?.replay).toMatchObject({ seed: 5, testTitle: "GetThing: x" });
  });

  it("keeps the failure it saw when the replay does not reproduce it", async () => {
    let calls = 0;
    // Fails on the third sampled case only, the first time it is judged: a target that changed its mind.
    const check = async (v: number) => {
      calls++;
      if (calls === 3) failCheck("x", { op, title: `flaky on ${v}`, documented: "the same answer twice" });
    };
    const outcome = await judgeSampled({ title: "GetThing: x", config, arbitrary, check }, values);
    expect(outcome.status).toBe("fail");
    expect(outcome.failure?.details.title).toBe(`flaky on ${values[2]}`);
    expect(outcome.failure?.replay).toMatchObject({ seed: 5, path: "2", testTitle: "GetThing: x" });
    expect(outcome.notes).toEqual(["fast-check's own run of this property did not reproduce the failure (pass)"]);
  });
});
