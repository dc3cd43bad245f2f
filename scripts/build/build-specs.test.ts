// Whole-build tests: the committed outputs are fresh, and the merged models keep the invariants
// every consumer of the spec relies on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { isSdkOnly, type Member, type TypeRef } from "../model/api-model.ts";
import { type BuildResult, buildSpecs } from "./build-specs.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const REALTIME_OPERATIONS = [
  "CreateIngestConfiguration",
  "CreateStage",
  "GetIngestConfiguration",
  "GetParticipant",
  "GetStage",
  "ListIngestConfigurations",
  "ListParticipantEvents",
  "ListParticipantReplicas",
  "ListParticipants",
  "StartParticipantReplication",
  "StopParticipantReplication",
  "UpdateIngestConfiguration",
  "UpdateStage",
];

let build: BuildResult;
beforeAll(async () => {
  build = await buildSpecs(path.join(root, "spec", "sources"));
}, 120_000);

describe("freshness", () => {
  it("the committed specs, histories and types equal a fresh build (run `npm run spec` if not)", () => {
    for (const [relative, content] of Object.entries(build.files)) {
      let committed: string;
      try {
        committed = readFileSync(path.join(root, relative), "utf8");
      } catch {
        throw new Error(`${relative} is missing: run \`npm run spec\` and commit it`);
      }
      expect(committed === content, `${relative} differs from a fresh build: run \`npm run spec\` and commit it`).toBe(
        true,
      );
    }
  });

  it("two builds are byte-identical", async () => {
    const again = await buildSpecs(path.join(root, "spec", "sources"));
    expect(again.files).toEqual(build.files);
  }, 120_000);
});

describe.each(["ivs", "ivs-realtime"] as const)("model invariants: %s", (service) => {
  const model = () => build.models[service];

  it("has the documented operations", () => {
    const names = Object.values(model().operations)
      .filter((op) => !isSdkOnly(op))
      .map((op) => op.name)
      .sort();
    if (service === "ivs") expect(names).toHaveLength(35);
    else expect(names).toEqual(REALTIME_OPERATIONS);
  });

  it("every operation has an HTTP binding and a success status", () => {
    for (const op of Object.values(model().operations)) {
      expect(op.http, `${op.name} has no HTTP binding`).toBeDefined();
      expect([200, 204], `${op.name} success status`).toContain(op.http!.value.status);
    }
  });

  it("every operation has an error list (a document's, else the SDK's), each error with a status", () => {
    for (const op of Object.values(model().operations)) {
      expect(op.errors, `${op.name}: no document and no SDK package states its errors`).toBeDefined();
      expect(op.errors!.length, `${op.name} declares no error`).toBeGreaterThan(0);
      for (const e of op.errors!) expect(e.status?.value, `${op.name} ${e.name} has no status`).toBeTypeOf("number");
    }
  });

  it("every member's required flag is stated, by a document or else by the SDK", () => {
    const unstated: string[] = [];
    const visit = (members: Member[], where: string) => {
      for (const m of members) {
        if (!m.required) unstated.push(`${where}.${m.name}`);
        for (const t of [m.type, m.type.items, m.type.value]) if (t?.members) visit(t.members, `${where}.${m.name}`);
      }
    };
    for (const op of Object.values(model().operations)) {
      visit(op.input, `${op.name}.input`);
      visit(op.output, `${op.name}.output`);
    }
    for (const s of Object.values(model().shapes)) visit(s.members, s.name);
    expect(unstated).toEqual([]);
  });

  it("every pagination items key names a list member of the output", () => {
    const paginated = Object.values(model().operations).filter((op) => op.pagination);
    expect(paginated.length).toBeGreaterThan(0);
    for (const op of paginated) {
      const items = op.output.find((m) => m.name === op.pagination!.value.items);
      expect(items, `${op.name} pagination items ${op.pagination!.value.items}`).toBeDefined();
      expect(items!.type.kind, `${op.name}.${items!.name} is a list`).toBe("list");
    }
  });

  it("every named structure a member references is defined", () => {
    const missing: string[] = [];
    const visit = (t: TypeRef, where: string) => {
      if (t.shape && !model().shapes[t.shape]) missing.push(`${where} -> ${t.shape}`);
      for (const m of t.members ?? []) visit(m.type, `${where}.${m.name}`);
      for (const sub of [t.items, t.key, t.value]) if (sub) visit(sub, where);
    };
    for (const op of Object.values(model().operations))
      for (const m of [...op.input, ...op.output]) visit(m.type, `${op.name}.${m.name}`);
    for (const s of Object.values(model().shapes)) for (const m of s.members) visit(m.type, `${s.name}.${m.name}`);
    expect(missing).toEqual([]);
  });

  it("every fact of an operation carries provenance", () => {
    for (const op of Object.values(model().operations)) {
      expect(op.source.doc, op.name).toBeTruthy();
      for (const m of [...op.input, ...op.output]) {
        expect(m.source.doc, `${op.name}.${m.name}`).toBeTruthy();
        for (const [kind, fact] of Object.entries(m.type.constraints))
          expect(fact?.source.doc, `${op.name}.${m.name} ${kind}`).toBeTruthy();
      }
    }
  });
});
