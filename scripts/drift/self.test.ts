// Section 4 (the documentation against itself): each kind on a small fixture of documented members,
// reconciliations and document lines; then on this repository, where the tag operations' resourceArn
// rejects every ARN the API returns (document line 3929, recorded as an erratum).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import { buildSelfSection, type SelfInput, selfHeadline, selfItems, statedDefault } from "./self.ts";
import type { MemberAt } from "./self-schemas.ts";

const DOC = "doc.txt";
const LINES: Record<number, string> = {
  10: "Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`",
  20: "Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+`",
  21: "Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`",
  30: "Pattern: [a-zA-Z0-9-_*]",
  31: "Pattern: `[a-zA-Z0-9+/_=-]*`",
  32: "Pattern: `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$`",
  40: "Channel latency mode. Default: `ULTRA`.",
  41: "Valid Values: NORMAL | LOW",
  50: "Pattern: [a-zA-Z0-9-]*",
  60: "Pattern: `[a-z*]+`",
};

const at = (line: number) => ({ doc: DOC, line });
const str = (pattern: string, line: number, extra: Partial<JsonSchema> = {}): JsonSchema =>
  ({ type: "string", pattern, "x-amzn-constraint-sources": { pattern: at(line) }, ...extra }) as JsonSchema;
const member = (operation: string, side: MemberAt["side"], path: string, schema: JsonSchema, description?: string) =>
  ({
    service: "ivs",
    operation,
    side,
    path: `${operation}.${side}.${path}`,
    schema,
    ...(description ? { description } : {}),
  }) as MemberAt;

const input = (members: MemberAt[], reconciliations: SelfInput["reconciliations"] = []): SelfInput => ({
  members,
  reconciliations,
  line: (doc, line) => (doc === DOC && line !== undefined ? (LINES[line] ?? "") : ""),
  erratum: (_s, doc, line) => (doc === DOC && line === 20 ? "one-character-type" : undefined),
});

const CHANNEL_ARN = "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+";

describe("produced-value-rejected", () => {
  const produced = member("CreateChannel", "output", "channel.arn", str(CHANNEL_ARN, 10));

  it("an ARN an operation returns that another's input pattern, for any resource's ARN, rejects", () => {
    const tag = member(
      "TagResource",
      "input",
      "resourceArn",
      str("arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+", 20),
      "ARN of the resource.",
    );
    const items = selfItems(input([produced, tag]));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "produced-value-rejected",
      member: "TagResource.input.resourceArn",
      left: { source: DOC, line: 20, value: LINES[20] },
      right: { source: DOC, line: 10, value: LINES[10] },
    });
    expect(items[0]!.summary).toContain("arn:aws:ivs:us-west-2:123456789012:channel/abcdEFGH1234");
    expect(items[0]!.summary).toContain("erratum one-character-type");
  });

  it("nothing where the input accepts what is produced, or takes another resource type", () => {
    const fixed = member(
      "TagResource",
      "input",
      "resourceArn",
      str("arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+", 21),
      "ARN of the resource.",
    );
    const sameType = member("GetChannel", "input", "arn", str(`^$|^${CHANNEL_ARN}$`, 32));
    const otherType = member(
      "GetStreamKey",
      "input",
      "arn",
      str("arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+", 33),
    );
    expect(selfItems(input([produced, fixed, sameType, otherType]))).toEqual([]);
  });
});

describe("constraint-never-fails", () => {
  it("an unanchored pattern that matches the empty string; one item per document line", () => {
    const items = selfItems(
      input([
        member("ListChannels", "input", "nextToken", str("[a-zA-Z0-9+/_=-]*", 31)),
        member("ListChannels", "output", "nextToken", str("[a-zA-Z0-9+/_=-]*", 31)),
        member("CreateChannel", "input", "name", str("[a-zA-Z0-9-_]*", 30)),
        // Anchored (matches only ""), or needs a character: these constrain.
        member("GetChannel", "input", "arn", str(`^$|^${CHANNEL_ARN}$`, 32)),
        member("GetStream", "input", "streamId", str("st-[a-zA-Z0-9]+", 34)),
        member("GetChannel", "input", "note", { type: "string", minLength: 0, maxLength: 10 } as JsonSchema),
      ]),
    );
    expect(items.map((i) => [i.kind, i.member, i.left.line])).toEqual([
      ["constraint-never-fails", "ListChannels.input.nextToken", 31],
      ["constraint-never-fails", "CreateChannel.input.name", 30],
    ]);
    expect(items[0]!.summary).toContain("(also 1 more member on this line)");
    // The build's reading of a damaged line says what the line prints.
    expect(items[1]!.summary).toContain("which prints `Pattern: [a-zA-Z0-9-_*]`");
  });
});

describe("default-not-in-enum", () => {
  const schema = (description: string) =>
    ({
      type: "string",
      enum: ["NORMAL", "LOW"],
      description,
      "x-amzn-source": at(40),
      "x-amzn-constraint-sources": { enum: at(41) },
    }) as JsonSchema;

  it("a default the description states that the enum does not list", () => {
    const items = selfItems(input([member("CreateChannel", "input", "latencyMode", schema(LINES[40]!))]));
    expect(items).toEqual([
      expect.objectContaining({
        kind: "default-not-in-enum",
        left: { source: DOC, line: 40, value: "Default: ULTRA" },
        right: { source: DOC, line: 41, value: ["NORMAL", "LOW"] },
      }),
    ]);
  });

  it("nothing for a listed default, or a default that is no value (`Null (...)`, prose)", () => {
    expect(statedDefault("Default: `LOW`.", ["NORMAL", "LOW"])).toBe("LOW");
    expect(statedDefault("the default preset is HIGHER_BANDWIDTH_DELIVERY.", ["A"])).toBe("HIGHER_BANDWIDTH_DELIVERY");
    expect(statedDefault("Default: Null (source resolution is returned).", ["SD", "HD"])).toBeUndefined();
    expect(statedDefault("Default: no multitrack input configuration is specified.", ["A"])).toBeUndefined();
    const listed = member("CreateChannel", "input", "latencyMode", schema("Default: LOW."));
    expect(selfItems(input([listed]))).toEqual([]);
  });
});

describe("reconciliations and rendering damage", () => {
  const reconciliations: SelfInput["reconciliations"] = [
    {
      service: "ivs",
      r: {
        fact: "operations.CreateChannel.input.name.pattern",
        kept: { value: "[a-zA-Z0-9-_]*", source: at(30) },
        dropped: [{ value: "[a-zA-Z0-9-]*", source: at(50) }],
        reason: "rendered differently at line 50 and line 30",
      },
    },
    {
      service: "ivs",
      r: {
        fact: "operations.CreateChannel.input.name.pattern",
        kept: { value: "[a-zA-Z0-9-_]*", source: at(30) },
        dropped: [{ value: "[a-zA-Z0-9-_*]", source: at(30) }],
        reason: "repair: markdown emphasis moved the `*` quantifier into the character class",
      },
    },
    {
      service: "ivs",
      r: {
        fact: "operations.TagResource.errors.InternalServerErrorException",
        kept: { value: "InternalServerException", source: { doc: "sdk", ref: "@aws-sdk/client-ivs@1#X" } },
        dropped: [{ value: "InternalServerErrorException", source: at(70) }],
        reason: "the document names this 500 error InternalServerErrorException",
      },
    },
  ];

  it("each reconciliation with both places; a repair with the document's exact text", () => {
    const items = selfItems(input([], reconciliations));
    expect(items.map((i) => [i.kind, i.left, i.right])).toEqual([
      ["documented-two-ways", { source: DOC, line: 50, value: LINES[50] }, { source: DOC, line: 30, value: LINES[30] }],
      [
        "rendering-damage",
        { source: DOC, line: 30, value: LINES[30] },
        { source: DOC, line: 30, value: "[a-zA-Z0-9-_]*" },
      ],
      [
        "named-otherwise-by-sdk",
        { source: DOC, line: 70, value: "InternalServerErrorException" },
        { source: "@aws-sdk/client-ivs@1#X", value: "InternalServerException" },
      ],
    ]);
    expect(selfHeadline(items)).toBe(
      "the documents as published: 0 produced-value-rejected, 0 constraint-never-fails, 0 default-not-in-enum, " +
        "1 documented-two-ways, 1 named-otherwise-by-sdk, 1 rendering-damage",
    );
  });

  it("a pattern the spec still carries with `*` in a class, unless a reconciliation already names its line", () => {
    const starred = member("CreateThing", "input", "name", str("[a-z*]+", 60));
    const repaired = member("CreateChannel", "input", "name", str("[a-zA-Z0-9-_*]", 30));
    const items = selfItems(input([starred, repaired], reconciliations)).filter((i) => i.kind === "rendering-damage");
    expect(items.map((i) => [i.member, i.left.line, i.left.value])).toEqual([
      ["operations.CreateChannel.input.name.pattern", 30, LINES[30]],
      ["CreateThing.input.name", 60, LINES[60]],
    ]);
  });
});

describe("buildSelfSection on this repository", () => {
  const section = buildSelfSection();
  const API = "ivs-api-reference-2025-02-28.txt";

  it("the tag operations' resourceArn rejects the ARNs the API returns, at the document's lines", () => {
    const tags = section.items.filter(
      (i) => i.kind === "produced-value-rejected" && i.member?.endsWith("Resource.input.resourceArn"),
    );
    expect(new Set(tags.map((i) => `${i.member}@${i.left.line}`))).toEqual(
      new Set([
        "ListTagsForResource.input.resourceArn@3929",
        "TagResource.input.resourceArn@4319",
        "UntagResource.input.resourceArn@4402",
      ]),
    );
    const channel = tags.find((i) => i.left.line === 3929 && i.summary.includes("channel ARNs"))!;
    expect(channel.left).toEqual({
      source: API,
      line: 3929,
      value: "Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+`",
    });
    expect(channel.right).toMatchObject({ source: API, line: 5097 });
    expect(channel.summary).toContain("erratum resource-arn-type-is-one-character");
    // Only the tag operations: every other ARN input names its own resource type and accepts it.
    expect(section.items.filter((i) => i.kind === "produced-value-rejected")).toEqual(tags);
  });

  it("every damaged `Pattern:` line of the document is an item, with its exact text", () => {
    const text = readFileSync(new URL(`../../spec/sources/${API}`, import.meta.url), "utf8").split("\n");
    const damaged = text.flatMap((l, i) => (/^Pattern: .*(\\\$|\[[^\]]*\*[^\]]*\])/.test(l) ? [i + 1] : []));
    expect(damaged.length).toBeGreaterThan(0);
    const items = section.items.filter((i) => i.kind === "rendering-damage");
    for (const line of damaged) {
      expect(items.find((i) => i.left.line === line)?.left.value, `line ${line}`).toBe(text[line - 1]!.trimEnd());
    }
    expect(section.headline).toMatch(/^the documents as published: 15 produced-value-rejected, /);
  });
});
