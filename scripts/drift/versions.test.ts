// Section 1 on small fixed models, then one known difference between the repository's two IVS
// documents (channel types only the API reference has).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildVersionsSection } from "./build-versions.ts";
import { at, member, model, operation } from "./test-models.ts";
import { compareDocuments, type VersionedDocument, versionsSection } from "./versions.ts";

const OLD = "old-reference.txt";
const NEW = "new-reference.txt";

// The older document states enums, required flags and errors, but no lengths or HTTP bindings.
const older: VersionedDocument = {
  file: OLD,
  scope: "complete",
  model: model("ivs", [
    operation("CreateThing", at(OLD, 10), {
      input: [
        member("name", at(OLD, 11), { required: false }),
        member("type", at(OLD, 12), { enum: ["BASIC", "STANDARD", "OLD"] }),
        member("legacy", at(OLD, 13)),
        member("config", at(OLD, 14), { members: [member("a", at(OLD, 15))] }),
      ],
      errors: ["ValidationException", "AccessDeniedException"],
    }),
    operation("DeleteThing", at(OLD, 30), { input: [member("arn", at(OLD, 31), { required: true })] }),
  ]),
};

const newer: VersionedDocument = {
  file: NEW,
  scope: "complete",
  model: model("ivs", [
    operation("CreateThing", at(NEW, 100), {
      http: "POST /CreateThing",
      input: [
        member("name", at(NEW, 101), { required: true, length: { max: 128 } }),
        member("type", at(NEW, 102), { enum: ["BASIC", "STANDARD", "ADVANCED_SD"] }),
        member("config", at(NEW, 104), { members: [member("a", at(NEW, 105)), member("b", at(NEW, 106))] }),
        member("preset", at(NEW, 107), { members: [member("deep", at(NEW, 108))] }),
      ],
      errors: ["ValidationException", "ConflictException"],
    }),
    operation("ListThings", at(NEW, 200), { input: [member("maxResults", at(NEW, 201), { kind: "integer" })] }),
  ]),
};

const brief = (items: ReturnType<typeof compareDocuments>) =>
  items.map(
    (i) => `${i.kind} ${i.member ?? i.operation} ${i.left.source}:${i.left.line} ${i.right.source}:${i.right.line}`,
  );

describe("compareDocuments", () => {
  const items = compareDocuments("ivs", older, newer);

  it("lists operations, members, enum values, required flags and errors added or removed, with both lines", () => {
    expect(brief(items).sort()).toEqual(
      [
        `member-added CreateThing.input.preset ${OLD}:10 ${NEW}:107`,
        `member-added CreateThing.input.config.b ${OLD}:14 ${NEW}:106`,
        `member-removed CreateThing.input.legacy ${OLD}:13 ${NEW}:100`,
        `enum-value-added CreateThing.input.type ${OLD}:12 ${NEW}:102`,
        `enum-value-removed CreateThing.input.type ${OLD}:12 ${NEW}:102`,
        `required-differs CreateThing.input.name ${OLD}:11 ${NEW}:101`,
        `error-added CreateThing ${OLD}:10 ${NEW}:100`,
        `error-removed CreateThing ${OLD}:10 ${NEW}:100`,
        `operation-added ListThings ${OLD}:undefined ${NEW}:200`,
        `operation-removed DeleteThing ${OLD}:30 ${NEW}:undefined`,
      ].sort(),
    );
    const added = items.find((i) => i.kind === "enum-value-added")!;
    expect(added.right.value).toEqual(["ADVANCED_SD"]);
    expect(items.find((i) => i.kind === "enum-value-removed")!.left.value).toEqual(["OLD"]);
  });

  it("reports only a new member's top, not the members under it", () => {
    expect(items.some((i) => i.member?.includes("preset.deep"))).toBe(false);
  });

  it("compares no fact kind one document never states (lengths, HTTP bindings here)", () => {
    expect(items.filter((i) => /constraint|binding/.test(i.kind))).toEqual([]);
  });

  it("reads an unstated fact as not stated: no required flag on one side is no item", () => {
    const quiet = structuredClone(older);
    delete quiet.model.operations.CreateThing!.input[0]!.required;
    expect(compareDocuments("ivs", quiet, newer).filter((i) => i.kind === "required-differs")).toEqual([]);
  });

  it("compares constraints both documents state", () => {
    const stating = structuredClone(older);
    stating.model.operations.CreateThing!.input[0]!.type.constraints.length = {
      value: { max: 64 },
      source: at(OLD, 11),
    };
    const changed = compareDocuments("ivs", stating, newer).filter((i) => i.kind === "constraint-changed");
    expect(brief(changed)).toEqual([`constraint-changed CreateThing.input.name ${OLD}:11 ${NEW}:101`]);
  });

  it("never makes an operation added or removed between partial documents", () => {
    const partial = (d: VersionedDocument): VersionedDocument => ({ ...d, scope: "partial" });
    const found = compareDocuments("ivs", partial(older), partial(newer));
    expect(found.filter((i) => i.kind.startsWith("operation-"))).toEqual([]);
    expect(found.some((i) => i.kind === "member-added")).toBe(true);
  });

  it("takes what a partial page's change summary says for an operation the older page does not render", () => {
    const page = {
      ...newer,
      scope: "partial" as const,
      changes: [{ operation: "ListThings", side: "output" as const, path: "things.redundant", source: at(NEW, 3) }],
    };
    const found = compareDocuments("ivs", { ...older, scope: "partial" }, page);
    expect(brief(found.filter((i) => i.operation === "ListThings"))).toEqual([
      `member-added ListThings.output.things.redundant ${OLD}:undefined ${NEW}:3`,
    ]);
  });

  it("counts new and updated api methods per service, as AWS's changelog does", () => {
    expect(versionsSection([{ service: "ivs", older, newer }]).headline).toBe(
      `ivs: 1 new, 1 updated api methods, 1 removed (${OLD} -> ${NEW})`,
    );
  });
});

describe("the repository's documents", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

  it("show the channel types only the API reference has (ADVANCED_SD, ADVANCED_HD) on CreateChannel", async () => {
    const section = await buildVersionsSection(path.join(root, "spec", "sources"));
    const item = section.items.find((i) => i.kind === "enum-value-added" && i.member === "CreateChannel.input.type");
    expect(item).toMatchObject({
      service: "ivs",
      left: { source: "ivs-boto3-client-reference.txt", value: ["BASIC", "STANDARD"] },
      right: { source: "ivs-api-reference-2025-02-28.txt", value: ["ADVANCED_SD", "ADVANCED_HD"] },
    });
    expect(item!.left.line).toBeGreaterThan(0);
    expect(item!.right.line).toBeGreaterThan(0);
    expect(section.headline).toMatch(/^ivs: 7 new, \d+ updated api methods/);
    // The changelog pages are partial: no operation is added or removed between them.
    expect(section.items.filter((i) => i.service === "ivs-realtime" && i.kind.startsWith("operation-"))).toEqual([]);
  }, 60_000);
});
