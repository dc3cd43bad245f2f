import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toLines } from "../text/lines.ts";
import { factLine } from "./constraints.ts";
import { lostEmphasisMarkers, patternError, repairPattern } from "./patterns.ts";

const DOCUMENT = "ivs-api-reference-2025-02-28.txt";
const documentText = readFileSync(new URL(`../../../spec/sources/${DOCUMENT}`, import.meta.url), "utf8");

describe("repairPattern", () => {
  const cases: [string, { given: string; want: { pattern: string; repaired: boolean } }][] = [
    [
      "trap 4: backticks around the pattern are markup, not a repair",
      {
        given: "`arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`",
        want: { pattern: "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+", repaired: false },
      },
    ],
    [
      "trap 4: the same pattern without backticks is read alike",
      { given: "[a-zA-Z0-9+/_=-]*", want: { pattern: "[a-zA-Z0-9+/_=-]*", repaired: false } },
    ],
    [
      "trap 5: \\$ is markdown's escape for the end anchor",
      {
        given: "^\\$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+\\$",
        want: {
          pattern: "^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$",
          repaired: true,
        },
      },
    ],
    [
      "trap 5: \\$ inside a code span too",
      {
        given: "`^\\$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+\\$`",
        want: { pattern: "^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$", repaired: true },
      },
    ],
    [
      "trap 5: an unescaped $ is left alone",
      {
        given: "`^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`",
        want: { pattern: "^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$", repaired: false },
      },
    ],
    [
      "trap 6: emphasis moved * into the class",
      { given: "[a-zA-Z0-9-_*]", want: { pattern: "[a-zA-Z0-9-_]*", repaired: true } },
    ],
    [
      "trap 6: ... inside a code span",
      { given: "`[a-zA-Z0-9-_*]`", want: { pattern: "[a-zA-Z0-9-_]*", repaired: true } },
    ],
    [
      "trap 6: ... and left a copy after the code span",
      { given: "`[a-zA-Z0-9-_*]`*", want: { pattern: "[a-zA-Z0-9-_]*", repaired: true } },
    ],
    [
      "a class followed by its quantifier is already right",
      { given: "`[a-zA-Z0-9-]*`", want: { pattern: "[a-zA-Z0-9-]*", repaired: false } },
    ],
    ["anchors are never added", { given: "st-[a-zA-Z0-9]+", want: { pattern: "st-[a-zA-Z0-9]+", repaired: false } }],
    [
      "a space and a dot in a class survive",
      { given: "[a-z0-9- .]+", want: { pattern: "[a-z0-9- .]+", repaired: false } },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const got = repairPattern(given);
    expect(got.pattern).toBe(want.pattern);
    expect(got.repairs.length > 0).toBe(want.repaired);
    expect(patternError(got.pattern)).toBeUndefined();
  });
});

describe("lostEmphasisMarkers", () => {
  const cases: [string, { given: [string, string]; want: boolean }][] = [
    ["an eaten _", { given: ["[a-zA-Z0-9-]*", "[a-zA-Z0-9-_]*"], want: true }],
    ["an eaten *", { given: ["[a-z]", "[a-z]*"], want: true }],
    ["a missing = is not emphasis", { given: ["[a-zA-Z0-9+/_-]*", "[a-zA-Z0-9+/_=-]*"], want: false }],
    ["equal patterns", { given: ["[a-z]*", "[a-z]*"], want: false }],
    ["the longer one first", { given: ["[a-zA-Z0-9-_]*", "[a-zA-Z0-9-]*"], want: false }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(lostEmphasisMarkers(...given)).toBe(want);
  });
});

describe("every pattern of the document", () => {
  const patterns = toLines(documentText)
    .map((line) => ({ line, fact: factLine(line.text) }))
    .filter((x) => x.fact?.label === "Pattern");

  it("finds the document's patterns", () => {
    expect(patterns.length).toBe(87);
  });

  it.each(patterns.map((p) => [p.line.n, p.fact!.value] as const))(
    "line %i compiles with the u flag after repair, anchors as documented",
    (_, rendered) => {
      const { pattern } = repairPattern(rendered);
      expect(patternError(pattern)).toBeUndefined();
      expect(pattern.startsWith("^")).toBe(rendered.replace(/^`/, "").startsWith("^"));
      expect(pattern).not.toContain("`");
      expect(pattern).not.toContain("\\$");
      expect(pattern).not.toMatch(/\*\]/);
    },
  );
});
