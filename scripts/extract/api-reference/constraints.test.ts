import { describe, expect, it } from "vitest";
import type { Bounds } from "../../model/api-model.ts";
import { factLine, parseBounds, parseRequired, parseValidValues } from "./constraints.ts";

describe("parseBounds", () => {
  const cases: [string, { given: [string, "length" | "number" | "value"]; want: Bounds | undefined }][] = [
    [
      "min and max length",
      { given: ["Minimum length of 0. Maximum length of 128.", "length"], want: { min: 0, max: 128 } },
    ],
    ["a fixed length is both bounds", { given: ["Fixed length of 2.", "length"], want: { min: 2, max: 2 } }],
    ["a minimum alone invents no maximum", { given: ["Minimum length of 1.", "length"], want: { min: 1 } }],
    [
      "array members, singular item",
      { given: ["Minimum number of 1 item. Maximum number of 50 items.", "number"], want: { min: 1, max: 50 } },
    ],
    [
      "map entries",
      { given: ["Minimum number of 0 items. Maximum number of 50 items.", "number"], want: { min: 0, max: 50 } },
    ],
    ["a range", { given: ["Minimum value of 0. Maximum value of 300.", "value"], want: { min: 0, max: 300 } }],
    ["a range with a minimum only", { given: ["Minimum value of 0.", "value"], want: { min: 0 } }],
    ["the wrong noun is not read", { given: ["Minimum length of 1.", "value"], want: undefined }],
    ["unknown wording is not read", { given: ["At least 1 character.", "length"], want: undefined }],
    ["two minimums are not read", { given: ["Minimum length of 1. Minimum length of 2.", "length"], want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(parseBounds(...given)).toEqual(want);
  });
});

describe("parseValidValues", () => {
  const cases: [string, { given: string; want: string[] | undefined }][] = [
    ["trap 4: values in backticks", { given: "`NORMAL` | `LOW`", want: ["NORMAL", "LOW"] }],
    ["trap 4: the same values without", { given: "NORMAL | LOW", want: ["NORMAL", "LOW"] }],
    [
      "documented order is kept",
      {
        given: "BASIC | STANDARD | ADVANCED_SD | ADVANCED_HD",
        want: ["BASIC", "STANDARD", "ADVANCED_SD", "ADVANCED_HD"],
      },
    ],
    ["a single value", { given: "AWS4-HMAC-SHA256", want: ["AWS4-HMAC-SHA256"] }],
    ["an empty alternative is not read", { given: "A | | B", want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(parseValidValues(given)).toEqual(want);
  });
});

describe("factLine and parseRequired", () => {
  const cases: [string, { given: string; want: unknown }][] = [
    ["a type line", { given: "Type: String", want: { label: "Type", value: "String" } }],
    [
      "key length constraints",
      {
        given: "Key Length Constraints: Minimum length of 1.",
        want: { label: "Key Length Constraints", value: "Minimum length of 1." },
      },
    ],
    [
      "a documentation line with a colon is not a fact",
      { given: "Note: IngestConfiguration is deprecated", want: undefined },
    ],
    ["Important: is documentation too", { given: "Important: For the BASIC channel type", want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(factLine(given)).toEqual(want);
  });

  it.each([
    ["Yes", true],
    ["No", false],
    ["Conditional", undefined],
  ] as const)("Required: %s", (given, want) => {
    expect(parseRequired(given)).toBe(want);
  });
});
