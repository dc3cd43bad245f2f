import { describe, expect, it } from "vitest";
import { readExcerpt } from "../test-support/read-excerpt.ts";
import { type Line, toLines } from "../text/lines.ts";
import { parseCall, parseLiteral } from "./python-literal.ts";
import { type SyntaxNode, toSyntaxMembers, toSyntaxNode } from "./syntax-tree.ts";

/** A compact rendering of a syntax tree, so that the tables read like the documents. */
function render(node: SyntaxNode): string {
  switch (node.kind) {
    case "scalar":
      if (node.scalar === "string") return node.enum ? `enum(${node.enum.join("|")})@${node.line}` : "string";
      return node.scalar === "number" ? `number(${node.text})` : node.scalar;
    case "list":
      return `[${render(node.items)}]`;
    case "map":
      return `map<${render(node.value)}>`;
    case "structure":
      return `{${node.members.map((m) => `${m.name}@${m.line}: ${render(m.node)}`).join(", ")}}`;
  }
}

const excerpt = (kind: "boto3-reference" | "changelog", name: string): Line[] => toLines(readExcerpt(kind, name));

/** The 0-based index of the first line of an excerpt that starts with `prefix`. */
function indexOf(lines: Line[], prefix: string): number {
  const i = lines.findIndex((l) => l.text.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i;
}

describe("request syntax: the call's arguments, in order", () => {
  const cases: [
    string,
    {
      given: [kind: "boto3-reference" | "changelog", file: string, call: string];
      want: { method: string; arguments: string };
    },
  ][] = [
    [
      "2025 changelog: the whole call on one line, names only here",
      {
        given: ["changelog", "2025-list-participant-replicas.txt", "client."],
        want: {
          method: "list_participant_replicas",
          arguments:
            "{sourceStageArn@4: string, participantId@4: string, nextToken@4: string, maxResults@4: number(123)}",
        },
      },
    ],
    [
      "2026 changelog: one argument per line, an enum-free call",
      {
        given: ["changelog", "2026-update-ingest-configuration.txt", "client."],
        want: {
          method: "update_ingest_configuration",
          arguments: "{arn@9: string, stageArn@10: string, redundantIngest@11: boolean}",
        },
      },
    ],
    [
      "boto3 reference: nested dicts, a map, and enums as alternatives",
      {
        given: ["boto3-reference", "create-recording-configuration.txt", "response = client."],
        want: {
          method: "create_recording_configuration",
          arguments:
            "{destinationConfiguration@14: {s3@15: {bucketName@16: string}}, name@19: string, " +
            "tags@20: map<string>, thumbnailConfiguration@23: {recordingMode@24: enum(DISABLED|INTERVAL)@24, " +
            "targetIntervalSeconds@25: number(123)}}",
        },
      },
    ],
    [
      "2025 changelog: a list of dicts, lists of enums and a map inside one line",
      {
        given: ["changelog", "2025-create-stage.txt", "client."],
        want: {
          method: "create_stage",
          arguments:
            "{name@6: string, participantTokenConfigurations@6: [{duration@6: number(123), userId@6: string, " +
            "attributes@6: map<string>, capabilities@6: [enum(PUBLISH|SUBSCRIBE)@6]}], tags@6: map<string>, " +
            "autoParticipantRecordingConfiguration@6: {storageConfigurationArn@6: string, " +
            "mediaTypes@6: [enum(AUDIO_VIDEO|AUDIO_ONLY|NONE)@6], " +
            "thumbnailConfiguration@6: {targetIntervalSeconds@6: number(123), " +
            "storage@6: [enum(SEQUENTIAL|LATEST)@6], recordingMode@6: enum(INTERVAL|DISABLED)@6}, " +
            "recordingReconnectWindowSeconds@6: number(123), " +
            "hlsConfiguration@6: {targetSegmentDurationSeconds@6: number(123)}, " +
            "recordParticipantReplicas@6: boolean}}",
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given: [kind, file, call], want }) => {
    const lines = excerpt(kind, file);
    const { call: read } = parseCall(file, lines, indexOf(lines, call));
    expect({
      method: read.method,
      arguments: render({ kind: "structure", members: toSyntaxMembers(file, read.arguments), line: 0 }),
    }).toEqual(want);
  });
});

describe("response syntax: maps, structures, lists, enums, timestamps", () => {
  const cases: [
    string,
    { given: [kind: "boto3-reference" | "changelog", file: string, from: string]; want: string },
  ][] = [
    [
      "2025 changelog: a one-line dict with a list of dicts and an enum",
      {
        given: ["changelog", "2025-list-participant-replicas.txt", "{ 'replicas'"],
        want:
          "{replicas@17: [{sourceStageArn@17: string, participantId@17: string, sourceSessionId@17: string, " +
          "destinationStageArn@17: string, destinationSessionId@17: string, " +
          "replicationState@17: enum(ACTIVE|STOPPED)@17}], nextToken@17: string}",
      },
    ],
    [
      "boto3 reference: `{'string': 'string'}` is a map, any other dict a structure",
      {
        given: ["boto3-reference", "batch-get-channel.txt", "{"],
        want:
          "{channels@27: [{arn@29: string, authorized@30: boolean, ingestEndpoint@31: string, " +
          "latencyMode@32: enum(NORMAL|LOW)@32, name@33: string, playbackUrl@34: string, " +
          "recordingConfigurationArn@35: string, tags@36: map<string>, type@39: enum(BASIC|STANDARD)@39}], " +
          "errors@42: [{arn@44: string, code@45: string, message@46: string}]}",
      },
    ],
  ];
  it.each(cases)("%s", (_, { given: [kind, file, from], want }) => {
    const lines = excerpt(kind, file);
    const index = indexOf(lines, from);
    const { value } = parseLiteral(file, lines, { index, col: lines[index]!.text.indexOf("{") });
    expect(render(toSyntaxNode(file, value))).toBe(want);
  });
});

describe("scalars and enums in both renderings", () => {
  const line = (text: string): Line[] => [{ n: 1, text }];
  const cases: [string, { given: string; want: string }][] = [
    ["the string placeholder", { given: "'string'", want: "string" }],
    ["alternatives 'ACTIVE'|'STOPPED'", { given: "'ACTIVE'|'STOPPED'", want: "enum(ACTIVE|STOPPED)@1" }],
    [
      "one quoted text 'ACTIVE | STOPPED' (the changelog's summaries)",
      { given: "'ACTIVE | STOPPED'", want: "enum(ACTIVE|STOPPED)@1" },
    ],
    ["True|False", { given: "True|False", want: "boolean" }],
    ["datetime(2015, 1, 1)", { given: "datetime(2015, 1, 1)", want: "timestamp" }],
    ["b'bytes'", { given: "b'bytes'", want: "blob" }],
    ["123", { given: "123", want: "number(123)" }],
    ["a list of enums", { given: "[ 'PUBLISH'|'SUBSCRIBE', ]", want: "[enum(PUBLISH|SUBSCRIBE)@1]" }],
    ["a map of structures", { given: "{ 'string': { 'a': 123 } }", want: "map<{a@1: number(123)}>" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(render(toSyntaxNode("excerpt", parseLiteral("excerpt", line(given), { index: 0, col: 0 }).value))).toBe(
      want,
    );
  });
});

describe("errors name the document, the line and what was expected", () => {
  const lines: Line[] = [
    { n: 41, text: "{ 'a': 'string'," },
    { n: 42, text: "  'b' 123 }" },
  ];
  const cases: [string, { given: Line[]; want: RegExp }][] = [
    ["a missing colon", { given: lines, want: /^doc\.txt:42: expected ':' after the key 'b', found "123"$/ }],
    [
      "a dict that never closes",
      {
        given: [{ n: 7, text: "{ 'a': 'string'," }],
        want: /^doc\.txt:7: expected a quoted key or '}', found "the end of the document"$/,
      },
    ],
    [
      "a list with two example items",
      {
        given: [{ n: 3, text: "[ 'string', 'string' ]" }],
        want: /^doc\.txt:3: expected a list written with one example item/,
      },
    ],
    [
      "a key named twice",
      {
        given: [{ n: 5, text: "{ 'a': 'string', 'a': 123 }" }],
        want: /^doc\.txt:5: expected each member named once, found "a"$/,
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(() => toSyntaxNode("doc.txt", parseLiteral("doc.txt", given, { index: 0, col: 0 }).value)).toThrow(want);
  });
});
