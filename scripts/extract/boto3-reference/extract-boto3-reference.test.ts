import { describe, expect, it } from "vitest";
import type { Member, Operation, TypeRef } from "../../model/api-model.ts";
import { readExcerpt, readSourceDocument } from "../test-support/read-excerpt.ts";
import { renderMembers } from "../test-support/render-members.ts";
import { toLines } from "../text/lines.ts";
import { extractBoto3Reference } from "./extract-boto3-reference.ts";
import { readIntroduction } from "./introduction.ts";

const DOCUMENT = "ivs-boto3-client-reference.txt";

/** Every TypeRef under the members, depth first. */
function typeRefs(members: readonly Member[]): TypeRef[] {
  const walk = (t: TypeRef): TypeRef[] => [
    t,
    ...(t.members ? typeRefs(t.members) : []),
    ...(t.items ? walk(t.items) : []),
    ...(t.key ? walk(t.key) : []),
    ...(t.value ? walk(t.value) : []),
  ];
  return members.flatMap((m) => walk(m.type));
}
/** Every member under the members, depth first, through lists and map values. */
const allMembers = (members: readonly Member[]): Member[] =>
  members.flatMap((m) => [m, ...allMembers(childMembers(m.type))]);
function childMembers(t: TypeRef): Member[] {
  return t.members ?? (t.items ? childMembers(t.items) : t.value ? childMembers(t.value) : []);
}

describe("readIntroduction", () => {
  it("the endpoint lists, in the document's order, name every operation", () => {
    const file = "introduction.txt";
    const lines = toLines(readExcerpt("boto3-reference", file));
    const intro = readIntroduction(file, lines, lines.length);
    expect(intro.groups.map((g) => [g.name, g.operations, g.source.line])).toEqual([
      [
        "Channel Endpoints",
        ["CreateChannel", "GetChannel", "BatchGetChannel", "ListChannels", "UpdateChannel", "DeleteChannel"],
        1,
      ],
      [
        "StreamKey Endpoints",
        ["CreateStreamKey", "GetStreamKey", "BatchGetStreamKey", "ListStreamKeys", "DeleteStreamKey"],
        8,
      ],
      [
        "Stream Endpoints",
        ["GetStream", "GetStreamSession", "ListStreams", "ListStreamSessions", "StopStream", "PutMetadata"],
        14,
      ],
      [
        "PlaybackKeyPair Endpoints",
        ["ImportPlaybackKeyPair", "GetPlaybackKeyPair", "ListPlaybackKeyPairs", "DeletePlaybackKeyPair"],
        21,
      ],
      [
        "RecordingConfiguration Endpoints",
        [
          "CreateRecordingConfiguration",
          "GetRecordingConfiguration",
          "ListRecordingConfigurations",
          "DeleteRecordingConfiguration",
        ],
        29,
      ],
      ["Amazon Web Services Tags Endpoints", ["TagResource", "UntagResource", "ListTagsForResource"], 34],
    ]);
    expect(intro.operations.size).toBe(28);
  });
});

describe("extractBoto3Reference on excerpts", () => {
  // The Introduction, two operations, a client utility method, and the paginator of one of them.
  const text = [
    "introduction.txt",
    "batch-get-channel.txt",
    "can-paginate.txt",
    "list-channels.txt",
    "list-channels-paginator.txt",
  ]
    .map((f) => readExcerpt("boto3-reference", f))
    .join("");
  const extraction = extractBoto3Reference(text, "excerpt.txt");
  const model = extraction.models[0]!;

  it("yields one ivs model with the documented operations, skipping can_paginate", () => {
    expect(extraction.document).toBe("excerpt.txt");
    expect(extraction.models.map((m) => m.service)).toEqual(["ivs"]);
    expect(Object.keys(model.operations)).toEqual(["BatchGetChannel", "ListChannels"]);
  });

  it("the paginator names the operation's token, page size and item list", () => {
    expect(model.operations.ListChannels!.pagination).toEqual({
      value: { inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults", items: "channels" },
      source: { doc: "excerpt.txt", line: 264 },
    });
    expect(model.operations.BatchGetChannel!.pagination).toBeUndefined();
  });

  it("states nothing the document does not: no HTTP binding, no error status, no shape names", () => {
    for (const op of Object.values(model.operations)) {
      expect(op.http).toBeUndefined();
      for (const e of op.errors ?? []) expect(e.status).toBeUndefined();
      for (const t of typeRefs([...op.input, ...op.output])) expect(t.shape).toBeUndefined();
    }
    expect(model.shapes).toEqual({});
    expect(model.errors).toEqual({});
  });

  it("the request members of ListChannels", () => {
    expect(renderMembers(model.operations.ListChannels!.input)).toEqual([
      "filterByName string @185 doc@185",
      "filterByRecordingConfigurationArn string @186 doc@186",
      "maxResults integer @187 doc@187",
      "nextToken string @188 doc@188",
    ]);
  });
});

describe(`extractBoto3Reference on the whole ${DOCUMENT}`, () => {
  const text = readSourceDocument(DOCUMENT);
  const lines = toLines(text);
  const model = extractBoto3Reference(text, DOCUMENT).models[0]!;
  const operations: Operation[] = Object.values(model.operations);

  // Count in the text itself what each operation section holds.
  const methodsAt = lines.findIndex((l) => l.text === "These are the available methods:");
  const paginatorsAt = lines.findIndex((l) => l.text === "Paginators");
  // The operation sections (`name(**kwargs)`), without the client utility methods.
  const kwargs: { method: string; body: string[] }[] = [];
  let current: { method: string; body: string[] } | undefined;
  for (const line of lines.slice(methodsAt + 1, paginatorsAt)) {
    const header = /^([a-z_]+)\((.*)\)$/.exec(line.text);
    if (header) {
      current = header[2] === "**kwargs" ? { method: header[1]!, body: [] } : undefined;
      if (current) kwargs.push(current);
    } else current?.body.push(line.text);
  }
  const body = kwargs.flatMap((k) => k.body);

  it("yields every operation the document documents: 28 methods, each named as the Introduction names it", () => {
    expect(kwargs).toHaveLength(28);
    expect(operations).toHaveLength(kwargs.length);
    const intro = readIntroduction(DOCUMENT, lines, methodsAt);
    expect(new Set(operations.map((o) => o.name))).toEqual(intro.operations);
  });

  it("every named entry of every Parameters and Response Structure listing is a member", () => {
    const entries = body.filter((t) =>
      /^\s*(?:•\s*)?\w+ \((?:string|integer|long|float|double|boolean|datetime|bytes|dict|list)\) --/.test(t),
    );
    const members = operations.flatMap((o) => allMembers([...o.input, ...o.output]));
    expect(members).toHaveLength(entries.length);
  });

  it("every enum of the syntax is an enum constraint, sourced at its line", () => {
    const enumLines = lines.slice(methodsAt + 1, paginatorsAt).filter((l) => /'[A-Z_]+'(?:\|'[A-Z_]+')+/.test(l.text));
    const constrained = operations
      .flatMap((o) => typeRefs([...o.input, ...o.output]))
      .filter((t) => t.constraints.enum);
    expect(constrained.map((t) => t.constraints.enum!.source.line).sort((a, b) => a! - b!)).toEqual(
      enumLines.map((l) => l.n),
    );
    for (const t of constrained) {
      const line = lines[t.constraints.enum!.source.line! - 1]!.text;
      for (const v of t.constraints.enum!.value) expect(line).toContain(`'${v}'`);
    }
  });

  it("every exception listed is an error of its operation, by name only", () => {
    const listed = body.filter((t) => t.includes(".Client.exceptions."));
    const errors = operations.flatMap((o) => o.errors ?? []);
    expect(errors).toHaveLength(listed.length);
    expect(errors.every((e) => e.status === undefined)).toBe(true);
    // No "Exceptions" list: the page does not say, so the list is absent rather than empty.
    expect(operations.filter((o) => o.errors === undefined).map((o) => o.name)).toEqual([
      "BatchGetChannel",
      "BatchGetStreamKey",
    ]);
    expect(model.operations.PutMetadata!.errors?.map((e) => e.name)).toEqual([
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ValidationException",
      "ChannelNotBroadcasting",
      "ThrottlingException",
    ]);
  });

  it("every paginator becomes its operation's pagination", () => {
    const classes = lines.filter((l) => l.text.startsWith("class IVS.Paginator."));
    expect(classes).toHaveLength(5);
    const paginated = operations.filter((o) => o.pagination);
    expect(Object.fromEntries(paginated.map((o) => [o.name, o.pagination!.value.items]))).toEqual({
      ListChannels: "channels",
      ListPlaybackKeyPairs: "keyPairs",
      ListRecordingConfigurations: "recordingConfigurations",
      ListStreamKeys: "streamKeys",
      ListStreams: "streams",
    });
    for (const o of paginated) {
      expect(o.pagination!.value).toMatchObject({
        inputToken: "nextToken",
        outputToken: "nextToken",
        pageSize: "maxResults",
      });
      expect(lines[o.pagination!.source.line! - 1]!.text).toBe(`class IVS.Paginator.${o.name}`);
    }
  });

  it("[REQUIRED] marks exactly the required request members; response members state nothing", () => {
    const required = operations.flatMap((o) => allMembers(o.input).filter((m) => m.required?.value));
    expect(required).toHaveLength(body.filter((t) => t.includes("[REQUIRED]")).length);
    for (const m of required) expect(lines[m.required!.source.line! - 1]!.text).toContain("[REQUIRED]");
    for (const o of operations) for (const m of allMembers(o.input)) expect(m.required?.value).toBeTypeOf("boolean");
    for (const o of operations) for (const m of allMembers(o.output)) expect(m.required).toBeUndefined();
  });
});

describe("extractBoto3Reference: what it refuses, naming the document and the line", () => {
  const cases: [string, { given: string[]; want: RegExp }][] = [
    [
      "a method the Introduction's endpoint lists do not name",
      {
        given: [
          "client = boto3.client('ivs')\nThese are the available methods:\n",
          readExcerpt("boto3-reference", "batch-get-channel.txt"),
        ],
        want: new RegExp(
          "^excerpt\\.txt:3: expected a method whose operation the Introduction's endpoint lists name \\(\\), " +
            'found "batch_get_channel\\(\\*\\*kwargs\\)"$',
        ),
      },
    ],
    [
      "a paginator for an operation the document does not document",
      {
        given: [
          readExcerpt("boto3-reference", "introduction.txt"),
          readExcerpt("boto3-reference", "list-channels-paginator.txt"),
        ],
        want: new RegExp(
          "^excerpt\\.txt:48: expected a paginator for an operation the document documents " +
            '\\(paginator at line 48\\), found "class IVS\\.Paginator\\.ListChannels"$',
        ),
      },
    ],
    [
      "a client for another service",
      {
        given: ["client = boto3.client('ivs-realtime')\nThese are the available methods:\n"],
        want: /^excerpt\.txt:1: expected client = boto3\.client\('ivs'\)/,
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(() => extractBoto3Reference(given.join(""), "excerpt.txt")).toThrow(want);
  });
});
