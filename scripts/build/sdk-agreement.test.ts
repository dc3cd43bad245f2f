// An independent check of the extraction: the official SDK packages were generated from AWS's
// own models, so every member the documents describe must exist there with the same kind and
// required flag, and every documented error list must match. The SDK may know more than the
// documents (members added after they were published); the documents may not know more.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { operationFacts } from "../merge/flatten-facts.ts";
import type { ApiModel } from "../model/api-model.ts";
import { sdkModel } from "../sdk/sdk-model.ts";
import { loadSdk } from "../sdk/sdk-package.ts";
import { type BuildResult, buildSpecs } from "./build-specs.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let build: BuildResult;
const sdk: Partial<Record<string, ApiModel>> = {};

beforeAll(async () => {
  build = await buildSpecs(path.join(root, "spec", "sources"));
  sdk.ivs = sdkModel(await loadSdk("@aws-sdk/client-ivs"), "ivs");
  sdk["ivs-realtime"] = sdkModel(await loadSdk("@aws-sdk/client-ivs-realtime"), "ivs-realtime");
}, 120_000);

// Constraints are not compared: the SDK packages carry none.
const COMPARED = /\.(exists|kind|required)$/;

describe.each(["ivs", "ivs-realtime"] as const)("%s agrees with its SDK package", (service) => {
  it("on every documented member's existence, kind and required flag", () => {
    const disagreements: string[] = [];
    for (const op of Object.values(build.models[service].operations)) {
      const theirs = operationFacts(sdk[service]!, sdk[service]!.operations[op.name]!);
      for (const [fact, mine] of operationFacts(build.models[service], op)) {
        if (!COMPARED.test(fact) || fact.includes(".errors.")) continue;
        const other = theirs.get(fact);
        if (!other)
          disagreements.push(`${fact}: documented at ${mine.source.doc}:${mine.source.line}, absent from the SDK`);
        else if (JSON.stringify(other.value) !== JSON.stringify(mine.value)) {
          disagreements.push(
            `${fact}: documents say ${JSON.stringify(mine.value)} (${mine.source.doc}:${mine.source.line}), SDK says ${JSON.stringify(other.value)}`,
          );
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("on every operation's error list", () => {
    const disagreements: string[] = [];
    for (const op of Object.values(build.models[service].operations)) {
      const mine = op.errors.map((e) => `${e.name}:${e.status?.value}`).sort();
      const theirs = sdk[service]!.operations[op.name]!.errors.map((e) => `${e.name}:${e.status?.value}`).sort();
      if (JSON.stringify(mine) !== JSON.stringify(theirs))
        disagreements.push(`${op.name}: documents ${mine.join(", ")}; SDK ${theirs.join(", ")}`);
    }
    expect(disagreements).toEqual([]);
  });
});
