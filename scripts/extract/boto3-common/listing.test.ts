import { describe, expect, it } from "vitest";
import { readExcerpt } from "../test-support/read-excerpt.ts";
import { renderMembers } from "../test-support/render-members.ts";
import { type Line, toLines } from "../text/lines.ts";
import { Cursor } from "./cursor.ts";
import { type ListingOptions, readMembers, readResponseStructure } from "./listing.ts";
import { parseCall, parseLiteral } from "./python-literal.ts";
import { type SyntaxMember, toSyntaxMembers, toSyntaxNode } from "./syntax-tree.ts";

type Kind = "boto3-reference" | "changelog";

/** Reads the parameters of the excerpt's call, from the line after the call up to line `until` (1-based, exclusive). */
function parameters(
  kind: Kind,
  file: string,
  until: number,
  options: ListingOptions,
  reorder?: (m: SyntaxMember[]) => SyntaxMember[],
) {
  const lines: Line[] = toLines(readExcerpt(kind, file));
  const at = lines.findIndex((l) => /client\.[a-z_]+\(/.test(l.text));
  const { call, endIndex } = parseCall(file, lines, at);
  const syntax = toSyntaxMembers(file, call.arguments);
  // The boto3 reference heads its listing "Parameters"; the changelog pages do not.
  const first = lines[endIndex + 1]!.text === "Parameters" ? endIndex + 2 : endIndex + 1;
  const cursor = new Cursor(file, lines, first, until - 1);
  const members = readMembers(cursor, reorder ? reorder(syntax) : syntax, options);
  return { members, rest: cursor.atEnd() };
}

const FLAT: ListingOptions = { flatTopLevel: true };
const INDENTED: ListingOptions = { flatTopLevel: false };

describe("readMembers: a request's parameters, guided by the request syntax", () => {
  const cases: [string, { given: [Kind, string, number, ListingOptions]; want: string[] }][] = [
    [
      "2025 changelog: parameters named only in the syntax line, zipped with the type entries by order",
      {
        given: ["changelog", "2025-list-participant-replicas.txt", 15, FLAT],
        want: [
          "sourceStageArn string @4 type@5 required@6 doc@7",
          "participantId string @4 type@8 required@9 doc@10",
          "nextToken string @4 type@11 doc@12",
          "maxResults integer @4 type@13 doc@14",
        ],
      },
    ],
    [
      "2025 changelog: nested dict members, a list of dicts, maps, lists of enums, inline [REQUIRED]",
      {
        given: ["changelog", "2025-create-stage.txt", 53, FLAT],
        want: [
          "name string @6 type@7 doc@8",
          "participantTokenConfigurations list<structure> @6 type@9 doc@10",
          "participantTokenConfigurations.duration integer @13 doc@14",
          "participantTokenConfigurations.userId string @15 doc@16",
          "participantTokenConfigurations.attributes map<string, string> @17 doc@18",
          "participantTokenConfigurations.capabilities list<string enum(PUBLISH|SUBSCRIBE)@6> @21 doc@22",
          "tags map<string, string> @6 type@24 doc@25",
          "autoParticipantRecordingConfiguration structure @6 type@28 doc@29",
          "autoParticipantRecordingConfiguration.storageConfigurationArn string @30 required@30 doc@31",
          "autoParticipantRecordingConfiguration.mediaTypes " +
            "list<string enum(AUDIO_VIDEO|AUDIO_ONLY|NONE)@6> @32 doc@33",
          "autoParticipantRecordingConfiguration.thumbnailConfiguration structure @35 doc@36",
          "autoParticipantRecordingConfiguration.thumbnailConfiguration.targetIntervalSeconds integer @37 doc@38",
          "autoParticipantRecordingConfiguration.thumbnailConfiguration.storage " +
            "list<string enum(SEQUENTIAL|LATEST)@6> @39 doc@40",
          "autoParticipantRecordingConfiguration.thumbnailConfiguration.recordingMode " +
            "string enum(INTERVAL|DISABLED)@6 @42 doc@43",
          "autoParticipantRecordingConfiguration.recordingReconnectWindowSeconds integer @44 doc@45",
          "autoParticipantRecordingConfiguration.hlsConfiguration structure @47 doc@48",
          "autoParticipantRecordingConfiguration.hlsConfiguration.targetSegmentDurationSeconds integer @49 doc@50",
          "autoParticipantRecordingConfiguration.recordParticipantReplicas boolean @51 doc@52",
        ],
      },
    ],
    [
      "2026 changelog: a multi-line call, [REQUIRED] on its own line",
      {
        given: ["changelog", "2026-update-ingest-configuration.txt", 20, FLAT],
        want: [
          "arn string @9 type@13 required@14 doc@15",
          "stageArn string @10 type@16 doc@17",
          "redundantIngest boolean @11 type@18 doc@19",
        ],
      },
    ],
    [
      "boto3 reference: [REQUIRED] on its own line and after `--`, a structure and a map",
      {
        given: ["boto3-reference", "create-recording-configuration.txt", 63, INDENTED],
        want: [
          "destinationConfiguration structure @29 required@31 doc@33",
          "destinationConfiguration.s3 structure @35 doc@37",
          "destinationConfiguration.s3.bucketName string @39 required@39 doc@41",
          "name string @43 doc@43",
          "tags map<string, string> @44 doc@46",
          "thumbnailConfiguration structure @50 doc@52",
          "thumbnailConfiguration.recordingMode string enum(DISABLED|INTERVAL)@24 @54 doc@56",
          "thumbnailConfiguration.targetIntervalSeconds integer @58 doc@60",
        ],
      },
    ],
  ];
  it.each(cases)("%s", (_, { given: [kind, file, until, options], want }) => {
    const { members, rest } = parameters(kind, file, until, options);
    expect(renderMembers(members)).toEqual(want);
    expect(rest).toBe(true);
  });
});

describe("maps and structures keep their key, value and members", () => {
  it("a map of string to string: key and value are the (string) entries", () => {
    const { members } = parameters("boto3-reference", "create-recording-configuration.txt", 63, INDENTED);
    const tags = members.find((m) => m.name === "tags")!;
    expect(tags.type).toMatchObject({
      kind: "map",
      key: { kind: "string", source: { line: 48 } },
      value: { kind: "string", source: { line: 49 } },
    });
    expect(tags.type.members).toBeUndefined();
  });
  it("a structure has members and no key or value; no shape name is invented", () => {
    const { members } = parameters("boto3-reference", "create-recording-configuration.txt", 63, INDENTED);
    const destination = members.find((m) => m.name === "destinationConfiguration")!;
    expect(destination.type.kind).toBe("structure");
    expect(destination.type.shape).toBeUndefined();
    expect(destination.type.key).toBeUndefined();
    expect(destination.type.members?.map((m) => m.name)).toEqual(["s3"]);
  });
});

describe("readResponseStructure: a response, guided by the response syntax", () => {
  it("2025 changelog: a one-line syntax, a list of dicts, an enum, members flattened to column 0", () => {
    const file = "2025-list-participant-replicas.txt";
    const lines = toLines(readExcerpt("changelog", file));
    const { value } = parseLiteral(file, lines, { index: 16, col: 0 });
    const members = readResponseStructure(new Cursor(file, lines, 18, lines.length), toSyntaxNode(file, value), FLAT);
    expect(renderMembers(members)).toEqual([
      "replicas list<structure> @20 doc@21",
      "replicas.sourceStageArn string @24 doc@25",
      "replicas.participantId string @26 doc@27",
      "replicas.sourceSessionId string @28 doc@29",
      "replicas.destinationStageArn string @30 doc@31",
      "replicas.destinationSessionId string @32 doc@33",
      "replicas.replicationState string enum(ACTIVE|STOPPED)@17 @34 doc@35",
      "nextToken string @36 doc@37",
    ]);
    // A response structure marks no member [REQUIRED] or optional: the flag is left unstated.
    const all = members.flatMap((m) => [m, ...(m.type.items?.members ?? [])]);
    expect(all).toHaveLength(8);
    for (const m of all) expect(m.required, m.name).toBeUndefined();
  });
});

describe("required flags of a request's parameters", () => {
  it("[REQUIRED] states true, an unmarked parameter states false, each at its entry's line", () => {
    const { members } = parameters("changelog", "2025-list-participant-replicas.txt", 15, FLAT);
    expect(members.map((m) => [m.name, m.required])).toEqual([
      ["sourceStageArn", { value: true, source: { doc: "2025-list-participant-replicas.txt", line: 6 } }],
      ["participantId", { value: true, source: { doc: "2025-list-participant-replicas.txt", line: 9 } }],
      ["nextToken", { value: false, source: { doc: "2025-list-participant-replicas.txt", line: 11 } }],
      ["maxResults", { value: false, source: { doc: "2025-list-participant-replicas.txt", line: 13 } }],
    ]);
  });
});

describe("a listing that strays from the syntax is an error naming the document, the line and the expectation", () => {
  const cases: [
    string,
    { given: [Kind, string, number, ListingOptions, (m: SyntaxMember[]) => SyntaxMember[]]; want: RegExp },
  ][] = [
    [
      "boto3 reference: entries in another order than the syntax",
      {
        given: [
          "boto3-reference",
          "create-recording-configuration.txt",
          63,
          INDENTED,
          (m) => [m[1]!, m[0]!, ...m.slice(2)],
        ],
        want: new RegExp(
          '^create-recording-configuration\\.txt:29: expected the entry "name \\(<type>\\) --" ' +
            'that the syntax names at line 19, found " {2}• destinationConfiguration \\(dict\\) --"$',
        ),
      },
    ],
    [
      "changelog: a type entry that disagrees with the syntax",
      {
        given: ["changelog", "2025-list-participant-replicas.txt", 15, FLAT, (m) => [m[3]!, ...m.slice(0, 3)]],
        want: new RegExp(
          "^2025-list-participant-replicas\\.txt:5: expected an entry whose type agrees with the syntax at line 4 " +
            '\\(number\\), found "string"$',
        ),
      },
    ],
    [
      "changelog: a parameter the listing lacks",
      {
        given: ["changelog", "2025-list-participant-replicas.txt", 13, FLAT, (m) => m],
        want: new RegExp(
          "^2025-list-participant-replicas\\.txt:12: expected the type of the parameter maxResults .*, " +
            'found "the end of the section"$',
        ),
      },
    ],
  ];
  it.each(cases)("%s", (_, { given: [kind, file, until, options, reorder], want }) => {
    expect(() => parameters(kind, file, until, options, reorder)).toThrow(want);
  });
});
