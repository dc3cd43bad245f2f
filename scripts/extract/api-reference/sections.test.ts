import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExtractionError, toLines } from "../text/lines.ts";
import { ACTION_PARTS, listAfter, readAction, readDataType } from "./sections.ts";

const DOC = "excerpt.txt";
const excerpt = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/excerpts/api-reference/${name}`, import.meta.url), "utf8");

describe("listAfter", () => {
  const cases: [string, { given: string; want: { count: number; first: string; last: string; lines: number[] } }][] = [
    [
      "trap 2: the Data Types list, cut by a page break after Stream",
      {
        given: excerpt("data-types-list.txt"),
        want: { count: 29, first: "AudioConfiguration", last: "VideoConfiguration", lines: [11, 30, 32, 40] },
      },
    ],
    [
      "trap 2: a gap of blank lines and a stray fence inside the list",
      {
        given: "The following actions are supported:\n\n- [A](#)\n\n```\n\n- [B](#)\n\nA\n",
        want: { count: 2, first: "A", last: "B", lines: [3, 7] },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const lines = toLines(given);
    const intro = lines.findIndex((l) => /^The following .* supported:$/.test(l.text));
    const items = listAfter(lines, intro, DOC);
    expect(items.length).toBe(want.count);
    expect(items[0]!.name).toBe(want.first);
    expect(items.at(-1)!.name).toBe(want.last);
    const wanted = new Set(want.lines);
    expect(items.filter((i) => wanted.has(i.line.n)).map((i) => i.line.n)).toEqual(want.lines);
  });
});

describe("readAction and readDataType", () => {
  const cases: [string, { given: string; want: { name: string; heading: number; parts: Record<string, number> } }][] = [
    [
      "an action's seven parts, in order",
      {
        given: excerpt("create-playback-restriction-policy.txt"),
        want: {
          name: "CreatePlaybackRestrictionPolicy",
          heading: 1,
          parts: {
            "Request Syntax": 5,
            "URI Request Parameters": 24,
            "Request Body": 28,
            "Response Syntax": 86,
            "Response Elements": 109,
            Errors: 119,
            "See Also": 143,
          },
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const action = readAction(toLines(given), DOC);
    expect(action.name).toBe(want.name);
    expect(action.heading.n).toBe(want.heading);
    expect(Object.fromEntries(ACTION_PARTS.map((p) => [p, action.parts[p].heading.n]))).toEqual(want.parts);
  });

  it("reads a data type's contents up to See Also", () => {
    const shape = readDataType(toLines(excerpt("playback-key-pair.txt")), DOC);
    expect(shape.name).toBe("PlaybackKeyPair");
    expect(shape.contents.heading.n).toBe(5);
    expect(shape.contents.lines.at(-1)!.n).toBeLessThan(54);
  });

  it("names the missing part of an action", () => {
    const given = "GetThing\n\nGets a thing.\n\nRequest Syntax\n\n```\nPOST /GetThing HTTP/1.1\n```\n";
    expect(() => readAction(toLines(given), DOC)).toThrow(ExtractionError);
    expect(() => readAction(toLines(given), DOC)).toThrow(
      /excerpt.txt:\d+: expected a heading "URI Request Parameters" of action GetThing/,
    );
  });
});
