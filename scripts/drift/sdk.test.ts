// Section 2 on small fixed models (and typings, and a changelog), then one known difference between
// the repository's documents and the installed SDK package (channels' adConfigurationArn).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseEnumMembers, parseEnums } from "../sdk/sdk-enums.ts";
import { buildSdkSection, changelogDater } from "./build-sdk.ts";
import { compareWithSdk } from "./sdk.ts";
import { at, member, model, operation } from "./test-models.ts";

const DOC = "reference.txt";
const PKG = "@aws-sdk/client-ivs@3.9.0";
const sdkAt = (ref: string) => ({ doc: "sdk", ref: `${PKG}#${ref}` });

const documents = model("ivs", [
  operation("GetThing", at(DOC, 10), {
    http: "POST /GetThing",
    input: [
      member("arn", at(DOC, 11), { required: true }),
      member("type", at(DOC, 12), { enum: ["BASIC", "STANDARD"] }),
      member("note", at(DOC, 13)),
    ],
    errors: ["ValidationException"],
  }),
  operation("OldThing", at(DOC, 40)),
]);

const sdk = model("ivs", [
  operation("GetThing", sdkAt("GetThing"), {
    http: "POST /GetThing",
    input: [
      member("arn", sdkAt("GetThingRequest.arn"), { required: false }),
      member("type", sdkAt("GetThingRequest.type"), { enum: ["BASIC", "STANDARD", "ADVANCED_HD"], required: false }),
      member("note", sdkAt("GetThingRequest.note"), { required: false }),
      member("adConfigurationArn", sdkAt("GetThingRequest.adConfigurationArn"), { required: false }),
    ],
    output: [member("cacheControl", sdkAt("GetThingResponse.cacheControl"), { location: "header" })],
    errors: ["ValidationException", "ThrottlingException"],
  }),
  operation("InsertAdBreak", sdkAt("InsertAdBreak"), { http: "POST /InsertAdBreak" }),
]);

const brief = (items: ReturnType<typeof compareWithSdk>) =>
  items.map((i) => `${i.kind} ${i.member ?? i.operation} ${i.left.source}:${i.left.line ?? "-"} ${i.right.source}`);

describe("compareWithSdk", () => {
  it("says per item where the SDK knows more, and where the documents do", () => {
    const items = compareWithSdk("ivs", documents, sdk, { package: PKG, completeDocument: DOC });
    expect(brief(items)).toEqual([
      `sdk-only-operation InsertAdBreak ${DOC}:- ${PKG}`,
      `sdk-only-member GetThing.input.adConfigurationArn ${DOC}:10 ${PKG}`,
      `sdk-only-member GetThing.output.cacheControl ${DOC}:10 ${PKG}`,
      `required-differs GetThing.input.arn ${DOC}:11 ${PKG}`,
      `sdk-only-enum-value GetThing.input.type ${DOC}:12 ${PKG}`,
      `errors-differ GetThing ${DOC}:10 ${PKG}`,
      `doc-only-operation OldThing ${DOC}:40 ${PKG}`,
    ]);
    expect(items.find((i) => i.kind === "sdk-only-enum-value")!.right.value).toEqual(["ADVANCED_HD"]);
    expect(items.find((i) => i.kind === "sdk-only-member" && i.member?.endsWith("cacheControl"))!.summary).toContain(
      "HTTP header cacheControl",
    );
    expect(items.every((i) => i.dated === undefined)).toBe(true);
  });

  it("compares no operation's existence when no document lists the whole service", () => {
    const items = compareWithSdk("ivs", documents, sdk, { package: PKG });
    expect(items.filter((i) => i.kind.endsWith("-operation")).map((i) => i.kind)).toEqual(["doc-only-operation"]);
  });

  it("compares no fact the documents leave unstated (a required flag, an error list)", () => {
    const quiet = structuredClone(documents);
    delete quiet.operations.GetThing!.input[0]!.required;
    delete quiet.operations.GetThing!.errors;
    const kinds = compareWithSdk("ivs", quiet, sdk, { package: PKG }).map((i) => i.kind);
    expect(kinds).not.toContain("required-differs");
    expect(kinds).not.toContain("errors-differ");
  });

  it("reports a binding that differs, and dates an item where the changelog names it", () => {
    const moved = structuredClone(documents);
    moved.operations.GetThing!.http!.value.path = "/things/{arn}";
    const dated = changelogDater(
      [
        "# Change Log",
        "# [3.9.0](https://github.com/aws/aws-sdk-js-v3/compare/v3.8.0...v3.9.0) (2025-06-01)",
        "### Features",
        "* **client-ivs:** adds adConfigurationArn to channels",
        "# [3.8.0](https://github.com/aws/aws-sdk-js-v3/compare/v3.7.0...v3.8.0) (2025-01-01)",
        "* **client-ivs:** InsertAdBreak",
      ].join("\n"),
    );
    const items = compareWithSdk("ivs", moved, sdk, { package: PKG, completeDocument: DOC, dated });
    expect(items.find((i) => i.kind === "binding-differs")!.summary).toBe(
      "GetThing is POST /things/{arn} (200) in the documents, POST /GetThing (200) in the SDK",
    );
    expect(items.find((i) => i.member === "GetThing.input.adConfigurationArn")!.dated).toBe("3.9.0, 2025-06-01");
    expect(items.find((i) => i.operation === "InsertAdBreak")!.dated).toBe("3.8.0, 2025-01-01");
    expect(items.find((i) => i.member === "GetThing.output.cacheControl")!.dated).toBeUndefined();
  });

  it("reads enum values and the members typed with them from the SDK's typings", () => {
    const enums = parseEnums(
      'export declare const ChannelType: {\n    readonly BasicChannelType: "BASIC";\n' +
        '    readonly AdvancedHDChannelType: "ADVANCED_HD";\n};',
    );
    expect(enums.get("ChannelType")).toEqual(["BASIC", "ADVANCED_HD"]);
    const typed = parseEnumMembers(
      "export interface CreateChannelRequest {\n    name?: string | undefined;\n" +
        "    type?: ChannelType | undefined;\n    types?: ChannelType[] | undefined;\n}",
      enums,
    );
    expect([...typed]).toEqual([
      ["CreateChannelRequest.type", "ChannelType"],
      ["CreateChannelRequest.types", "ChannelType"],
    ]);
  });
});

describe("the repository's documents against the installed SDK", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

  it("show adConfigurationArn on CreateChannel, which the SDK has and the API reference lacks", async () => {
    const section = await buildSdkSection(path.join(root, "spec", "sources"));
    const item = section.items.find((i) => i.member === "CreateChannel.input.adConfigurationArn");
    expect(item).toMatchObject({
      kind: "sdk-only-member",
      service: "ivs",
      left: { source: "ivs-api-reference-2025-02-28.txt" },
      right: { source: expect.stringMatching(/^@aws-sdk\/client-ivs@\d+\.\d+\.\d+$/) },
    });
    expect(section.items.some((i) => i.kind === "sdk-only-operation" && i.operation === "InsertAdBreak")).toBe(true);
    // The RealTime documents are changelog pages (partial): their missing operations are not drift.
    expect(section.items.filter((i) => i.service === "ivs-realtime" && i.kind.endsWith("-operation"))).toEqual([]);
  }, 60_000);
});
