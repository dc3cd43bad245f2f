// An independent check of the extraction: the official SDK packages were generated from AWS's own
// models, so what the documents state must agree with them. It compares the documents' own facts,
// the merged model before the SDK fill (`documentedModel` in ./build-specs.ts), with the SDK's
// model, never the built spec (which holds facts copied from the SDK):
//
//   - every documented member, at every depth, exists in the SDK with the same kind;
//   - every required flag a document states equals the SDK's;
//   - every error list a document states equals the SDK's: the same names (after the error-name
//     reconciliation of ../merge/error-names.ts), and the SDK's status wherever the document gives one.
//
// A fact the documents do not state (an absent `required` flag or error list) is not compared. The
// SDK may know more than the documents (members added after they were published); the documents
// may not know more. Constraints are not compared: the SDK packages carry none.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { reconcileErrorNames } from "../merge/error-names.ts";
import { operationFacts } from "../merge/flatten-facts.ts";
import type { ApiModel, Fact, ServiceName } from "../model/api-model.ts";
import { documentedModel, SERVICES, serviceSdkModel } from "./build-specs.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type FactKind = "exists" | "kind" | "required" | "errorList" | "errorStatus";

interface Comparison {
  /** The compared facts by kind: member existence, member kind, required flag, error list, error status. */
  counts: Record<FactKind, number>;
  /** Members (existence, kind, required) and error lists (names, statuses) that differ. */
  disagreements: { members: string[]; errors: string[] };
  /** Compared facts whose provenance is the SDK: there must be none. */
  fromSdk: string[];
}

const where = (f: Fact<unknown>) => `${f.source.doc}:${f.source.line}`;
const MEMBER_FACT = /\.(exists|kind|required)$/;

function compare(documents: ApiModel, sdk: ApiModel): Comparison {
  const counts: Record<FactKind, number> = { exists: 0, kind: 0, required: 0, errorList: 0, errorStatus: 0 };
  const disagreements: Comparison["disagreements"] = { members: [], errors: [] };
  const fromSdk: string[] = [];
  const compared = (kind: FactKind, fact: string, mine: Fact<unknown>) => {
    counts[kind]++;
    if (mine.source.doc === "sdk") fromSdk.push(fact);
  };

  for (const op of Object.values(documents.operations)) {
    const sdkOp = sdk.operations[op.name];
    if (!sdkOp) {
      disagreements.members.push(`${op.name}: documented at ${op.source.doc}:${op.source.line}, absent from the SDK`);
      continue;
    }
    const theirs = operationFacts(sdk, sdkOp);
    for (const [fact, mine] of operationFacts(documents, op)) {
      const kind = MEMBER_FACT.exec(fact)?.[1] as FactKind | undefined;
      // Member facts only: not the operation's own existence, its errors, binding or pagination.
      if (!kind || fact === `${op.name}.exists` || fact.startsWith(`${op.name}.errors.`)) continue;
      compared(kind, fact, mine);
      const other = theirs.get(fact);
      if (!other) disagreements.members.push(`${fact}: documented at ${where(mine)}, absent from the SDK`);
      else if (JSON.stringify(other.value) !== JSON.stringify(mine.value))
        disagreements.members.push(
          `${fact}: documents say ${JSON.stringify(mine.value)} (${where(mine)}), ` +
            `SDK says ${JSON.stringify(other.value)}`,
        );
    }

    if (!op.errors) continue;
    compared("errorList", `${op.name}.errors`, { value: op.errors, source: op.errors[0]?.source ?? op.source });
    for (const e of op.errors) if (e.source.doc === "sdk") fromSdk.push(`${op.name}.errors.${e.name}`);
    const mine = op.errors.map((e) => e.name).sort();
    const sdkErrors = sdkOp.errors ?? [];
    const names = sdkErrors.map((e) => e.name).sort();
    if (JSON.stringify(mine) !== JSON.stringify(names))
      disagreements.errors.push(`${op.name}.errors: documents ${mine.join(", ")}; SDK ${names.join(", ")}`);
    for (const e of op.errors) {
      if (!e.status) continue;
      compared("errorStatus", `${op.name}.errors.${e.name}.status`, e.status);
      const status = sdkErrors.find((s) => s.name === e.name)?.status?.value;
      if (status !== e.status.value)
        disagreements.errors.push(
          `${op.name}.errors.${e.name}.status: documents say ${e.status.value} (${where(e.status)}), ` +
            `SDK says ${status}`,
        );
    }
  }
  return { counts, disagreements, fromSdk };
}

// Measured on the committed documents (facts counted per path: a named structure's member counts
// once for every operation that reaches it). A lower bound, so that a change which silently stops
// comparing (facts left absent that the documents state, say) fails here. The changelog pages
// state no error lists, so ivs-realtime compares none.
const AT_LEAST: Record<ServiceName, Record<FactKind, number>> = {
  ivs: { exists: 437, kind: 534, required: 402, errorList: 33, errorStatus: 132 },
  "ivs-realtime": { exists: 271, kind: 324, required: 76, errorList: 0, errorStatus: 0 },
};

const results: Partial<Record<ServiceName, Comparison>> = {};

beforeAll(async () => {
  for (const plan of SERVICES) {
    const documents = documentedModel(path.join(root, "spec", "sources"), plan.service).model;
    const sdk = await serviceSdkModel(plan);
    reconcileErrorNames(documents, sdk);
    results[plan.service] = compare(documents, sdk);
  }
}, 120_000);

describe.each(SERVICES.map((p) => p.service))("the documents of %s agree with its SDK package", (service) => {
  const result = () => results[service]!;

  it("on every documented member's existence and kind, and every stated required flag", () => {
    expect(result().disagreements.members).toEqual([]);
  });

  it("on every stated error list and error status", () => {
    expect(result().disagreements.errors).toEqual([]);
  });

  it("compares the documents' own facts, enough of each kind, none taken from the SDK", () => {
    console.info(`${service}: compared ${JSON.stringify(result().counts)}`);
    expect(result().fromSdk).toEqual([]);
    for (const [kind, least] of Object.entries(AT_LEAST[service]))
      expect(result().counts[kind as FactKind], `${service} ${kind} facts compared`).toBeGreaterThanOrEqual(least);
  });
});
