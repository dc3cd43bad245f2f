import { describe, expect, it } from "vitest";
import { SERVICES } from "../../../spec/contract/service-name.ts";
import { judgedSpec } from "../judged-spec.ts";
import { inferKinds } from "../producers.ts";
import { isCreating, RUN_TAG_KEY, runTagger, runTagProblem, tagsSchema } from "./run-tag.ts";

const RUN_ID = "20261129T004200Z-a1b2c3";
const ivs = judgedSpec("ivs");
const ivsKinds = inferKinds(ivs);

describe("the run tag", () => {
  it("is valid under the tags schema of every creating operation of both specs", () => {
    const checked: string[] = [];
    for (const service of SERVICES) {
      const spec = judgedSpec(service);
      const kinds = inferKinds(spec);
      for (const op of spec.operations) {
        const schema = tagsSchema(op);
        if (!schema || !isCreating(kinds, op)) continue;
        checked.push(op.name);
        expect(runTagProblem(schema, RUN_ID), op.name).toBeUndefined();
      }
    }
    expect(checked).toContain("CreateChannel");
    expect(checked).toContain("CreateStage");
  });

  it("is added to a creating operation's tags, keeping the generated entries", () => {
    const tag = runTagger(ivsKinds, ivs.operation("CreateChannel"), RUN_ID);
    expect(tag({ name: "a", tags: { topic: "nature" } })).toEqual({
      name: "a",
      tags: { topic: "nature", [RUN_TAG_KEY]: RUN_ID },
    });
    expect(tag({ name: "a" })).toEqual({ name: "a", tags: { [RUN_TAG_KEY]: RUN_ID } });
  });

  it("replaces one entry of a tags map already at its documented maximum, so the input stays valid", () => {
    const op = ivs.operation("CreateChannel");
    expect(tagsSchema(op)!.maxProperties).toBe(50);
    const full = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
    const tags = runTagger(ivsKinds, op, RUN_ID)({ tags: full }).tags as Record<string, string>;
    expect(Object.keys(tags)).toHaveLength(50);
    expect(tags[RUN_TAG_KEY]).toBe(RUN_ID);
    expect(tags.k0).toBe("v");
    expect(tags.k49).toBeUndefined();
  });

  it("leaves the inputs of operations that create nothing as they are", () => {
    const input = { resourceArn: "arn:aws:ivs:us-west-2:123456789012:channel/abc", tags: { a: "b" } };
    expect(runTagger(ivsKinds, ivs.operation("TagResource"), RUN_ID)(input)).toBe(input);
  });
});
