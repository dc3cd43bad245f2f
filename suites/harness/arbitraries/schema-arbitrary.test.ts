import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import { codePointLength } from "../../../spec/contract/json-schema.ts";
import { valueArbitrary } from "./schema-arbitrary.ts";

const ajv = new Ajv2020.default({ strict: false });
addFormats.default(ajv);

const cases: [string, JsonSchema][] = [
  [
    "unanchored ARN pattern with lengths",
    { type: "string", minLength: 1, maxLength: 128, pattern: "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+" },
  ],
  [
    "anchored alternation",
    {
      type: "string",
      minLength: 0,
      maxLength: 128,
      pattern: "^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$",
    },
  ],
  ["pattern every string matches", { type: "string", maxLength: 128, pattern: "[a-zA-Z0-9-_]*" }],
  ["fixed length", { type: "string", minLength: 2, maxLength: 2 }],
  ["enum", { type: "string", enum: ["LOW", "NORMAL"] }],
  ["int range", { type: "integer", format: "int32", minimum: 1, maximum: 100 }],
  [
    "map with key and value lengths",
    {
      type: "object",
      maxProperties: 50,
      propertyNames: { type: "string", minLength: 1, maxLength: 128 },
      additionalProperties: { type: "string", maxLength: 256 },
    },
  ],
  [
    "list with size",
    { type: "array", minItems: 1, maxItems: 50, items: { type: "string", minLength: 2, maxLength: 2 } },
  ],
  [
    "structure",
    {
      type: "object",
      properties: { a: { type: "boolean" }, b: { type: "string", format: "date-time" } },
      required: ["a"],
    },
  ],
];

describe("valueArbitrary", () => {
  it.each(cases)("%s: every value validates", (_, schema) => {
    const validate = ajv.compile(schema);
    fc.assert(
      fc.property(valueArbitrary(schema), (v) => {
        expect(validate(v), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("generates a string with a pattern as a whole-value match, valid under every reading", () => {
    const patterns = [
      "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+",
      "[a-zA-Z0-9-_]*",
      "[a-z0-9- .]+",
      "st-[a-zA-Z0-9]+",
    ];
    for (const pattern of patterns) {
      const whole = new RegExp(`^(?:${pattern})$`, "u");
      for (const v of fc.sample(valueArbitrary({ type: "string", maxLength: 128, pattern }), { numRuns: 200, seed: 9 }))
        expect(whole.test(v as string), `${pattern}: ${JSON.stringify(v)}`).toBe(true);
    }
  });

  it("reaches both length boundaries of an unanchored pattern", () => {
    const schema: JsonSchema = {
      type: "string",
      minLength: 1,
      maxLength: 128,
      pattern: "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+",
    };
    const lengths = new Set(
      fc.sample(valueArbitrary(schema), { numRuns: 500, seed: 3 }).map((v) => codePointLength(v as string)),
    );
    expect(lengths.has(128)).toBe(true);
    expect(lengths.has(127)).toBe(true);
  });

  it("forces a path below optional members", () => {
    const schema: JsonSchema = {
      type: "object",
      properties: { outer: { type: "object", properties: { inner: { type: "array", items: { type: "string" } } } } },
    };
    for (const v of fc.sample(valueArbitrary(schema, { force: ["outer", "inner", "[]"] }), 50)) {
      expect((v as { outer: { inner: string[] } }).outer.inner.length).toBeGreaterThan(0);
    }
  });
});
