import { describe, expect, it } from "vitest";
import type { Constraints, Kind, TypeRef } from "../model/api-model.ts";
import { typeSchema } from "./schema.ts";

const at = { doc: "doc.txt", line: 7 };
const t = (kind: Kind, constraints: Constraints = {}, extra: Partial<TypeRef> = {}): TypeRef => ({
  kind,
  constraints,
  source: at,
  ...extra,
});
const strip = (o: Record<string, unknown>) => {
  const { "x-amzn-constraint-sources": _, ...rest } = o;
  return rest;
};

const cases: [string, { given: TypeRef; want: Record<string, unknown> }][] = [
  [
    "string with length, pattern (anchors kept as documented)",
    {
      given: t("string", {
        length: { value: { min: 0, max: 128 }, source: at },
        pattern: { value: "[a-zA-Z0-9-_]*", source: at },
      }),
      want: { type: "string", minLength: 0, maxLength: 128, pattern: "[a-zA-Z0-9-_]*" },
    },
  ],
  [
    "string enum",
    {
      given: t("string", { enum: { value: ["NORMAL", "LOW"], source: at } }),
      want: { type: "string", enum: ["NORMAL", "LOW"] },
    },
  ],
  [
    "long with range",
    {
      given: t("long", { range: { value: { min: 1, max: 100 }, source: at } }),
      want: { type: "integer", format: "int64", minimum: 1, maximum: 100 },
    },
  ],
  [
    "integer with only a minimum",
    {
      given: t("integer", { range: { value: { min: 0 }, source: at } }),
      want: { type: "integer", format: "int32", minimum: 0 },
    },
  ],
  ["timestamp", { given: t("timestamp"), want: { type: "string", format: "date-time" } }],
  [
    "named structure",
    { given: t("structure", {}, { shape: "Channel" }), want: { $ref: "#/components/schemas/Channel" } },
  ],
  [
    "list of fixed-length strings with a size",
    {
      given: t(
        "list",
        { size: { value: { min: 1, max: 50 }, source: at } },
        { items: t("string", { length: { value: { min: 2, max: 2 }, source: at } }) },
      ),
      want: {
        type: "array",
        minItems: 1,
        maxItems: 50,
        items: { type: "string", minLength: 2, maxLength: 2, "x-amzn-constraint-sources": { length: at } },
      },
    },
  ],
  [
    "map with key constraints and entry count",
    {
      given: t(
        "map",
        { size: { value: { min: 0, max: 50 }, source: at } },
        {
          key: t("string", { length: { value: { min: 1, max: 128 }, source: at } }),
          value: t("string", { length: { value: { min: 0, max: 256 }, source: at } }),
        },
      ),
      want: {
        type: "object",
        minProperties: 0,
        maxProperties: 50,
        propertyNames: { type: "string", minLength: 1, maxLength: 128, "x-amzn-constraint-sources": { length: at } },
        additionalProperties: {
          type: "string",
          minLength: 0,
          maxLength: 256,
          "x-amzn-constraint-sources": { length: at },
        },
      },
    },
  ],
  [
    "map without key constraints has no propertyNames",
    {
      given: t("map", {}, { key: t("string"), value: t("string") }),
      want: { type: "object", additionalProperties: { type: "string" } },
    },
  ],
];

describe("typeSchema", () => {
  it.each(cases)("%s", (_, { given, want }) => {
    expect(strip(typeSchema(given))).toEqual(want);
  });

  it("records where each constraint was read", () => {
    const s = typeSchema(t("string", { pattern: { value: "x", source: { doc: "a.txt", line: 3 } } }));
    expect(s["x-amzn-constraint-sources"]).toEqual({ pattern: { doc: "a.txt", line: 3 } });
  });
});
