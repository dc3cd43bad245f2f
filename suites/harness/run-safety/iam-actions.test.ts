// README.md's two IAM policies (section "Running against AWS") are exactly what the specs'
// operations need: a new operation in a spec fails this test until the README lists its action.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVICES } from "../../../spec/contract/service-name.ts";
import { judgedSpec } from "../judged-spec.ts";
import { iamActions, iamPolicy } from "./iam-actions.ts";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const specs = SERVICES.map((s) => judgedSpec(s));

function policyIn(caption: string): { Statement: { Action: string[] }[] } {
  const at = readme.indexOf(`${caption}\n\n\`\`\`json\n`);
  expect(at, `README.md has no "${caption}" followed by a json block`).toBeGreaterThan(-1);
  const start = readme.indexOf("{", at);
  const end = readme.indexOf("\n```", start);
  return JSON.parse(readme.slice(start, end));
}

describe("the README's IAM policies", () => {
  it("allow one action per operation of both specs for a full run", () => {
    const actions = iamActions(specs, false);
    expect(actions).toContain("ivs:PutMetadata");
    expect(actions).toContain("ivs:CreateStage");
    // The tag operations are in both specs, under the same action.
    expect(actions).toHaveLength(new Set(specs.flatMap((s) => s.operations.map((o) => o.name))).size);
    expect(policyIn("IAM policy, full run:").Statement[0]!.Action, iamPolicy(actions)).toEqual(actions);
  });

  it("allow only the reading operations for a read-only run", () => {
    const actions = iamActions(specs, true);
    expect(actions).toContain("ivs:ListChannels");
    expect(actions).toContain("ivs:BatchGetChannel");
    expect(actions).not.toContain("ivs:CreateChannel");
    expect(actions.every((a) => /^ivs:(Get|List|BatchGet)[A-Z]/.test(a))).toBe(true);
    expect(policyIn("IAM policy, read-only run:").Statement[0]!.Action, iamPolicy(actions)).toEqual(actions);
  });
});
