import { describe, expect, it } from "vitest";
import type { TypeRef } from "../../model/api-model.ts";
import { parseTypeLine } from "./type-line.ts";

const src = { doc: "excerpt", line: 7 };
const scalar = (kind: TypeRef["kind"]): TypeRef => ({ kind, constraints: {}, source: src });

describe("parseTypeLine", () => {
  const cases: [string, { given: string; want: TypeRef | undefined }][] = [
    ["String", { given: "String", want: scalar("string") }],
    ["Boolean", { given: "Boolean", want: scalar("boolean") }],
    ["Integer", { given: "Integer", want: scalar("integer") }],
    ["Long is kind long", { given: "Long", want: scalar("long") }],
    ["Timestamp is kind timestamp", { given: "Timestamp", want: scalar("timestamp") }],
    ["Float", { given: "Float", want: scalar("float") }],
    [
      "trap 3: a link-wrapped shape name",
      { given: "[Channel](#) object", want: { kind: "structure", shape: "Channel", constraints: {}, source: src } },
    ],
    [
      "an array of shapes",
      {
        given: "Array of [BatchError](#) objects",
        want: {
          kind: "list",
          items: { kind: "structure", shape: "BatchError", constraints: {}, source: src },
          constraints: {},
          source: src,
        },
      },
    ],
    [
      "an array of strings",
      { given: "Array of strings", want: { kind: "list", items: scalar("string"), constraints: {}, source: src } },
    ],
    [
      "a string to string map",
      {
        given: "String to string map",
        want: { kind: "map", key: scalar("string"), value: scalar("string"), constraints: {}, source: src },
      },
    ],
    ["unknown wording", { given: "Tuple of strings", want: undefined }],
    ["a map keyed by something else than strings", { given: "Integer to string map", want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(parseTypeLine(given, src)).toEqual(want);
  });
});
