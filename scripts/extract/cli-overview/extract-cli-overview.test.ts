import { describe, expect, it } from "vitest";
import { readExcerpt, readSourceDocument } from "../test-support/read-excerpt.ts";
import { extractCliOverview } from "./extract-cli-overview.ts";
import { htmlText } from "./html.ts";

describe("htmlText", () => {
  const cases: [string, { given: string; want: string }][] = [
    [
      "an operation link inside a sentence",
      {
        given: "Performs <a>GetChannel</a> on multiple ARNs simultaneously.",
        want: "Performs GetChannel on multiple ARNs simultaneously.",
      },
    ],
    [
      "code before punctuation adds no space",
      { given: "returns its <code>arn</code> and <code>fingerprint</code>.", want: "returns its arn and fingerprint." },
    ],
    ["block tags separate words", { given: "<p>One</p><p>Two</p>", want: "One Two" }],
    ["entities", { given: "a &amp; b &lt;c&gt; &#8217;", want: "a & b <c> \u2019" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(htmlText(given)).toBe(want);
  });
});

describe("extractCliOverview on excerpts", () => {
  const cases: [
    string,
    {
      given: string;
      want: { groups: [string, string[]][]; taggable?: string[]; documentation: Record<string, string> };
    },
  ][] = [
    [
      "headings with lists of prose are no groups; the taggable sentence is read",
      {
        given: "overview-to-streamkey-endpoints.txt",
        want: {
          groups: [
            [
              "Channel Endpoints",
              ["CreateChannel", "GetChannel", "BatchGetChannel", "ListChannels", "UpdateChannel", "DeleteChannel"],
            ],
            [
              "StreamKey Endpoints",
              ["CreateStreamKey", "GetStreamKey", "BatchGetStreamKey", "ListStreamKeys", "DeleteStreamKey"],
            ],
          ],
          taggable: ["Channels", "Stream Keys", "Playback Key Pairs", "Recording Configurations"],
          documentation: {
            BatchGetChannel: "Performs GetChannel on multiple ARNs simultaneously.",
            DeleteStreamKey: "Deletes the stream key for the specified ARN, so it can no longer be used to stream.",
          },
        },
      },
    ],
    [
      "without the tagging sentence, no taggable list",
      {
        given: "tags-endpoints.txt",
        want: {
          groups: [["Amazon Web Services Tags Endpoints", ["TagResource", "UntagResource", "ListTagsForResource"]]],
          documentation: { UntagResource: "Removes tags from the resource with the specified ARN." },
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const extraction = extractCliOverview(readExcerpt("cli-overview", given), given);
    const model = extraction.models[0]!;
    expect(model.groups.map((g) => [g.name, g.operations])).toEqual(want.groups);
    expect(extraction.taggable?.value).toEqual(want.taggable);
    for (const [name, doc] of Object.entries(want.documentation))
      expect(model.operations[name]!.documentation!.value).toBe(doc);
    // Every group names operations that exist, and each of those has only its description.
    for (const op of want.groups.flatMap(([, ops]) => ops)) {
      expect(model.operations[op]).toMatchObject({ name: op, input: [], output: [] });
      expect(model.operations[op]!.errors).toBeUndefined();
      expect(model.operations[op]!.http).toBeUndefined();
    }
    expect(Object.keys(model.operations)).toHaveLength(want.groups.flatMap(([, ops]) => ops).length);
  });
});

describe("extractCliOverview on the whole ivs-cli-service-overview.txt", () => {
  const document = "ivs-cli-service-overview.txt";
  const extraction = extractCliOverview(readSourceDocument(document), document);
  const model = extraction.models[0]!;

  it("yields the six groups with their operations, every fact sourced at the HTML's line", () => {
    expect(model.service).toBe("ivs");
    expect(model.groups.map((g) => [g.name, g.operations.length])).toEqual([
      ["Channel Endpoints", 6],
      ["StreamKey Endpoints", 5],
      ["Stream Endpoints", 4],
      ["PlaybackKeyPair Endpoints", 4],
      ["RecordingConfiguration Endpoints", 4],
      ["Amazon Web Services Tags Endpoints", 3],
    ]);
    expect(model.groups[0]!.operations).toEqual([
      "CreateChannel",
      "GetChannel",
      "BatchGetChannel",
      "ListChannels",
      "UpdateChannel",
      "DeleteChannel",
    ]);
    const sources = [
      ...model.groups.map((g) => g.source),
      ...Object.values(model.operations).flatMap((o) => [o.source, o.documentation!.source]),
      extraction.taggable!.source,
    ];
    expect(new Set(sources.map((s) => `${s.doc}:${s.line}`))).toEqual(new Set([`${document}:25`]));
  });

  it("every operation a group names is an operation of the model, with a one-line description", () => {
    const named = model.groups.flatMap((g) => g.operations);
    expect(Object.keys(model.operations).sort()).toEqual([...named].sort());
    for (const op of Object.values(model.operations)) expect(op.documentation!.value).toMatch(/^[A-Z].*\.$/);
  });

  it("reads the taggable resources as a list of their names", () => {
    expect(extraction.taggable?.value).toEqual([
      "Channels",
      "Stream Keys",
      "Playback Key Pairs",
      "Recording Configurations",
    ]);
  });
});
