import { describe, expect, it } from "vitest";
import type { Member, TypeRef } from "../../model/api-model.ts";
import { ExtractionError, toLines } from "../text/lines.ts";
import { type BlockOptions, parseMemberBlocks } from "./member-blocks.ts";

const DOC = "excerpt.txt";

/** A member as `path -> value @line` facts, so that a case states exactly what the text says. */
function facts(m: Member): Record<string, string> {
  const out: Record<string, string> = {};
  const at = (line: number | undefined) => `@${line}`;
  const walk = (t: TypeRef, path: string): void => {
    out[`${path}kind`] = `${t.kind}${t.shape ? `:${t.shape}` : ""} ${at(t.source.line)}`;
    for (const [k, f] of Object.entries(t.constraints))
      out[`${path}${k}`] = `${JSON.stringify(f.value)} ${at(f.source.line)}`;
    if (t.items) walk(t.items, `${path}items.`);
    if (t.key) walk(t.key, `${path}key.`);
    if (t.value) walk(t.value, `${path}value.`);
  };
  out.name = `${m.name} ${at(m.source.line)}`;
  out.required = m.required ? `${m.required.value} ${at(m.required.source.line)}` : "unstated";
  if (m.documentation)
    out.documentation = `${JSON.stringify(m.documentation.value)} ${at(m.documentation.source.line)}`;
  walk(m.type, "");
  return out;
}

const parse = (given: string, options: Omit<BlockOptions, "document"> = {}) =>
  parseMemberBlocks(toLines(given), { document: DOC, ...options });

describe("parseMemberBlocks", () => {
  const cases: [string, { given: string; options?: Omit<BlockOptions, "document">; want: Record<string, string>[] }][] =
    [
      [
        "trap 3: a link-wrapped member name and shape; a response element states no Required",
        {
          given: "[streamKey](#)\n\nType: [StreamKey](#) object\n",
          options: { requiredUnstated: true },
          want: [{ name: "streamKey @1", required: "unstated", kind: "structure:StreamKey @3" }],
        },
      ],
      [
        "trap 2: a page break (blank lines, stray fences) inside a block",
        {
          given: [
            "name",
            "",
            "Channel name.",
            "",
            "```",
            "",
            "",
            "Type: String",
            "",
            "Length Constraints: Minimum length of 0. Maximum length of 128.",
            "```",
            "",
            "```",
            "Pattern: [a-zA-Z0-9-]*",
            "",
            "Required: No",
          ].join("\n"),
          want: [
            {
              name: "name @1",
              required: "false @16",
              documentation: '"Channel name." @3',
              kind: "string @8",
              length: '{"min":0,"max":128} @10',
              pattern: '"[a-zA-Z0-9-]*" @14',
            },
          ],
        },
      ],
      [
        "Array of strings: Length Constraints apply to the items (fixed length of 2)",
        {
          given:
            "allowedCountries\n\nA list of country codes.\n\nType: Array of strings\n\n" +
            "Length Constraints: Fixed length of 2.\n\nRequired: No\n",
          want: [
            {
              name: "allowedCountries @1",
              required: "false @9",
              documentation: '"A list of country codes." @3',
              kind: "list @5",
              "items.kind": "string @5",
              "items.length": '{"min":2,"max":2} @7',
            },
          ],
        },
      ],
      [
        "Array of strings: Array Members to the list, Length and Pattern to the items",
        {
          given: [
            "arns",
            "",
            "Array of ARNs, one per channel.",
            "",
            "Type: Array of strings",
            "",
            "Array Members: Minimum number of 1 item. Maximum number of 50 items.",
            "",
            "Length Constraints: Minimum length of 1. Maximum length of 128.",
            "",
            "Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`",
            "",
            "Required: Yes",
          ].join("\n"),
          want: [
            {
              name: "arns @1",
              required: "true @13",
              documentation: '"Array of ARNs, one per channel." @3',
              kind: "list @5",
              size: '{"min":1,"max":50} @7',
              "items.kind": "string @5",
              "items.length": '{"min":1,"max":128} @9',
              "items.pattern": '"arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+" @11',
            },
          ],
        },
      ],
      [
        "Array of strings: Valid Values are the items' enum",
        {
          given:
            "renditions\n\nType: Array of strings\n\n" +
            "Valid Values: SD | HD | FULL_HD | LOWEST_RESOLUTION\n\nRequired: No\n",
          want: [
            {
              name: "renditions @1",
              required: "false @7",
              kind: "list @3",
              "items.kind": "string @3",
              "items.enum": '["SD","HD","FULL_HD","LOWEST_RESOLUTION"] @5',
            },
          ],
        },
      ],
      [
        "a string to string map: entries, key and value lengths",
        {
          given: [
            "tags",
            "",
            "Type: String to string map",
            "",
            "Map Entries: Minimum number of 0 items. Maximum number of 50 items.",
            "",
            "Key Length Constraints: Minimum length of 1. Maximum length of 128.",
            "",
            "Value Length Constraints: Minimum length of 0. Maximum length of 256.",
            "",
            "Required: No",
          ].join("\n"),
          want: [
            {
              name: "tags @1",
              required: "false @11",
              kind: "map @3",
              size: '{"min":0,"max":50} @5',
              "key.kind": "string @3",
              "key.length": '{"min":1,"max":128} @7',
              "value.kind": "string @3",
              "value.length": '{"min":0,"max":256} @9',
            },
          ],
        },
      ],
      [
        "trap 4: a String with Valid Values gets an enum, backticks or not",
        {
          given:
            "latencyMode\n\nType: String\n\nValid Values: `NORMAL` | `LOW`\n\nRequired: No\n\n" +
            "preset\n\nType: String\n\n" +
            "Valid Values: HIGHER_BANDWIDTH_DELIVERY | CONSTRAINED_BANDWIDTH_DELIVERY\n\nRequired: No\n",
          want: [
            { name: "latencyMode @1", required: "false @7", kind: "string @3", enum: '["NORMAL","LOW"] @5' },
            {
              name: "preset @9",
              required: "false @15",
              kind: "string @11",
              enum: '["HIGHER_BANDWIDTH_DELIVERY","CONSTRAINED_BANDWIDTH_DELIVERY"] @13',
            },
          ],
        },
      ],
      [
        "Timestamp and Long kinds; a range with a minimum only",
        {
          given:
            "startTime\n\nType: Timestamp\n\nRequired: No\n\n" +
            "viewerCount\n\nType: Long\n\nRequired: No\n\n" +
            "version\n\nType: Integer\n\nValid Range: Minimum value of 0.\n\nRequired: No\n",
          want: [
            { name: "startTime @1", required: "false @5", kind: "timestamp @3" },
            { name: "viewerCount @7", required: "false @11", kind: "long @9" },
            { name: "version @13", required: "false @19", kind: "integer @15", range: '{"min":0} @17' },
          ],
        },
      ],
      [
        "URI parameters print no Type: the constraint wording gives the kind",
        {
          given: [
            "resourceArn",
            "",
            "ARN of the resource.",
            "",
            "Length Constraints: Minimum length of 1. Maximum length of 128.",
            "",
            "Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+`",
            "",
            "Required: Yes",
            "",
            "tagKeys",
            "",
            "Array of tag keys.",
            "",
            "Array Members: Minimum number of 0 items. Maximum number of 50 items.",
            "",
            "Length Constraints: Minimum length of 1. Maximum length of 128.",
            "",
            "Required: Yes",
          ].join("\n"),
          options: { typeFromConstraints: true },
          want: [
            {
              name: "resourceArn @1",
              required: "true @9",
              documentation: '"ARN of the resource." @3',
              kind: "string @5",
              length: '{"min":1,"max":128} @5',
              pattern: '"arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+" @7',
            },
            {
              name: "tagKeys @11",
              required: "true @19",
              documentation: '"Array of tag keys." @13',
              kind: "list @15",
              size: '{"min":0,"max":50} @15',
              "items.kind": "string @17",
              "items.length": '{"min":1,"max":128} @17',
            },
          ],
        },
      ],
      [
        "documentation paragraphs, dead links reduced to their text",
        {
          given:
            "ingestConfiguration\n\nThe properties of the incoming RTMP stream.\n\n" +
            "Note: use [IngestConfigurations](#) instead.\n\n" +
            "Type: [IngestConfiguration](#) object\n\nRequired: No\n",
          want: [
            {
              name: "ingestConfiguration @1",
              required: "false @9",
              documentation:
                '"The properties of the incoming RTMP stream.\\n\\nNote: use IngestConfigurations instead." @3',
              kind: "structure:IngestConfiguration @7",
            },
          ],
        },
      ],
    ];
  it.each(cases)("%s", (_, { given, options, want }) => {
    expect(parse(given, options).members.map(facts)).toEqual(want);
  });
});

describe("parseMemberBlocks refuses what it cannot read", () => {
  const cases: [
    string,
    { given: string; options?: Omit<BlockOptions, "document">; want: { line: number; expected: RegExp } },
  ][] = [
    ["an unknown type", { given: "x\n\nType: Tuple\n\nRequired: No\n", want: { line: 3, expected: /a known type/ } }],
    [
      "documentation after the facts",
      { given: "x\n\nType: String\n\nStray prose.\n\nRequired: No\n", want: { line: 5, expected: /a fact line/ } },
    ],
    [
      "a length on a Boolean",
      {
        given: "x\n\nType: Boolean\n\nLength Constraints: Minimum length of 1.\n\nRequired: No\n",
        want: { line: 5, expected: /String or Array of strings/ },
      },
    ],
    [
      "a request member without Required",
      { given: "x\n\nType: String\n", want: { line: 1, expected: /"Required:" line/ } },
    ],
    [
      "a member without Type outside URI parameters",
      { given: "x\n\nRequired: No\n", want: { line: 1, expected: /"Type:" line/ } },
    ],
    [
      "a pattern that does not compile",
      {
        given: "x\n\nType: String\n\nPattern: [a-z\n\nRequired: No\n",
        want: { line: 5, expected: /compiles with the u flag/ },
      },
    ],
    [
      "prose before any member",
      { given: "Some prose.\n\nx\n\nType: String\n", want: { line: 1, expected: /a member name line/ } },
    ],
    [
      "a member twice",
      {
        given: "x\n\nType: String\n\nRequired: No\n\nx\n\nType: String\n\nRequired: No\n",
        want: { line: 7, expected: /once in its section/ },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, options, want }) => {
    let error: unknown;
    try {
      parse(given, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).line).toBe(want.line);
    expect((error as ExtractionError).message).toMatch(want.expected);
    expect((error as ExtractionError).message).toMatch(new RegExp(`^${DOC}:${want.line}: expected`));
  });
});

describe("pattern repairs are recorded with their member path", () => {
  it("records a list item's repaired pattern under items", () => {
    const { repairs } = parse("names\n\nType: Array of strings\n\nPattern: [a-zA-Z0-9-_*]\n\nRequired: No\n");
    expect(repairs).toEqual([
      {
        path: "names.items.pattern",
        rendered: { value: "[a-zA-Z0-9-_*]", source: { doc: DOC, line: 5 } },
        repaired: { value: "[a-zA-Z0-9-_]*", source: { doc: DOC, line: 5 } },
        repairs: [expect.stringMatching(/moved the `\*` quantifier/)],
      },
    ]);
  });
});
