import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { invalidCaseArbitrary } from "./invalid-case.ts";
import { planSites } from "./sites.ts";
import { violations } from "./violations.ts";

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, "u");
const somewhere = (pattern: string) => new RegExp(pattern, "u");

const arn = "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+";
const op: OperationSpec = {
  service: "ivs",
  name: "Example",
  method: "POST",
  path: "/Example",
  successStatus: 200,
  source: { doc: "test" },
  documented: true,
  successHeaders: [],
  errors: [],
  input: [
    {
      name: "arn",
      in: "body",
      wireName: "arn",
      required: true,
      schema: { type: "string", minLength: 1, maxLength: 128, pattern: arn },
    },
    {
      name: "name",
      in: "body",
      wireName: "name",
      required: false,
      schema: { type: "string", minLength: 0, maxLength: 128, pattern: "[a-zA-Z0-9-_]*" },
    },
    {
      name: "mode",
      in: "body",
      wireName: "mode",
      required: false,
      schema: { type: "string", enum: ["LOW", "NORMAL"] },
    },
    {
      name: "maxResults",
      in: "body",
      wireName: "maxResults",
      required: false,
      schema: { type: "integer", minimum: 1, maximum: 100 },
    },
    {
      name: "tags",
      in: "body",
      wireName: "tags",
      required: false,
      schema: {
        type: "object",
        maxProperties: 50,
        propertyNames: { type: "string", minLength: 1, maxLength: 128 },
        additionalProperties: { type: "string", maxLength: 256 },
      },
    },
    {
      name: "resourceArn",
      in: "path",
      wireName: "resourceArn",
      required: true,
      schema: { type: "string", minLength: 1, maxLength: 128, pattern: arn },
    },
    {
      name: "tagKeys",
      in: "query",
      wireName: "tagKeys",
      required: true,
      schema: { type: "array", minItems: 1, maxItems: 50, items: { type: "string", minLength: 1, maxLength: 128 } },
    },
  ],
};

const sites = planSites(op);
const find = (operator: string, path: string) =>
  sites.find((s) => s.operator === operator && s.path.join(".") === path);

const table: [string, { given: [string, string]; want: "applicable" | RegExp }][] = [
  ["a pattern every string matches", { given: ["pattern_mismatch", "name"], want: /matches the empty string/ }],
  ["an ARN pattern can be missed", { given: ["pattern_mismatch", "arn"], want: "applicable" }],
  [
    "minLength 1 under an ARN pattern: the empty string breaks the pattern too",
    { given: ["too_short", "arn"], want: /also breaks its pattern/ },
  ],
  ["too_long keeps the pattern matched as a whole", { given: ["too_long", "arn"], want: "applicable" }],
  ["a path label cannot be left out", { given: ["missing_required", "resourceArn"], want: /path label/ }],
  ["a query value has no JSON type", { given: ["wrong_type", "tagKeys"], want: /query/ }],
  ["a map key length", { given: ["too_short", "tags.{key}"], want: "applicable" }],
  ["a map entry count", { given: ["too_many_items", "tags"], want: "applicable" }],
  ["a list too short", { given: ["too_few_items", "tagKeys"], want: "applicable" }],
  ["below a minimum", { given: ["below_minimum", "maxResults"], want: "applicable" }],
  ["an enum", { given: ["enum_outside", "mode"], want: "applicable" }],
];

describe("planSites", () => {
  it.each(table)("%s", (_, { given: [operator, path], want }) => {
    const site = find(operator, path);
    expect(site, `${operator} at ${path}`).toBeDefined();
    if (want === "applicable") expect(site!.notApplicable).toBeUndefined();
    else expect(site!.notApplicable).toMatch(want);
  });

  it("names the constraint a site breaks: entries of a map, items of a list", () => {
    expect(find("too_many_items", "tags")?.constraint).toBe("maxProperties");
    expect(find("too_few_items", "tagKeys")?.constraint).toBe("minItems");
  });

  it("never plans a site for a constraint the schema does not have", () => {
    expect(find("too_short", "name")).toBeUndefined();
    expect(find("below_minimum", "arn")).toBeUndefined();
  });
});

describe("invalidCaseArbitrary", () => {
  it("breaks exactly one constraint, at the recorded pointer", () => {
    fc.assert(
      fc.property(invalidCaseArbitrary(op, sites), ({ input, mutation }) => {
        const site = sites.find(
          (s) => s.operator === mutation.operator && mutation.pointer.startsWith(`/${s.path[0]}`),
        )!;
        expect(site).toBeDefined();
        if (mutation.operator === "missing_required") expect(input).not.toHaveProperty(mutation.pointer.slice(1));
        else if (mutation.pointer.split("/").length === 2) {
          const member = op.input.find((m) => m.name === mutation.pointer.slice(1))!;
          expect(violations(member.schema, input[member.name])).toEqual([mutation.constraint]);
        }
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });
});

describe("invalid cases under both readings of a pattern", () => {
  it("break a pattern only where no part of the value matches; elsewhere patterned values match whole", () => {
    fc.assert(
      fc.property(invalidCaseArbitrary(op, sites), ({ input, mutation }) => {
        for (const member of op.input) {
          const value = input[member.name];
          const pattern = member.schema.pattern;
          if (!pattern || typeof value !== "string") continue;
          if (mutation.pointer === `/${member.name}` && mutation.operator === "pattern_mismatch")
            expect(somewhere(pattern).test(value), value).toBe(false);
          else expect(whole(pattern).test(value), `${mutation.operator} ${member.name}: ${value}`).toBe(true);
        }
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });
});
