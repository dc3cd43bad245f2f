import { describe, expect, it } from "vitest";
import { loadContract, parseContract } from "./contract.ts";
import { ERRATA } from "./errata.ts";
import { SERVICES } from "./service-name.ts";

const minimal = () => ({
  openapi: "3.1.0",
  info: { version: "2020-07-14", "x-amzn-service": { signingName: "ivs", endpointPrefix: "ivs" } },
  paths: {
    "/tags/{resourceArn}": {
      delete: {
        operationId: "UntagResource",
        "x-amzn-source": { doc: "doc.txt", line: 7 },
        parameters: [
          { name: "resourceArn", in: "path", required: true, description: "The ARN.", schema: { type: "string" } },
          { name: "tagKeys", in: "query", required: true, schema: { type: "array", items: { type: "string" } } },
        ],
        responses: { "204": { description: "ok" }, "400": { description: "ValidationException" } },
        "x-amzn-errors": [{ name: "ValidationException", status: 400 }],
      },
    },
    "/GetThing": {
      post: {
        operationId: "GetThing",
        "x-amzn-source": { doc: "sdk" },
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/GetThingRequest" } } } },
        responses: {
          "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/GetThingResponse" } } } },
        },
        "x-amzn-errors": [],
        "x-amzn-pagination": { inputToken: "nextToken", outputToken: "nextToken", items: "things" },
      },
    },
  },
  components: {
    schemas: {
      GetThingRequest: { type: "object", required: ["arn"], properties: { arn: { $ref: "#/components/schemas/Arn" } } },
      GetThingResponse: {
        type: "object",
        properties: { things: { type: "array", items: { $ref: "#/components/schemas/Arn" } } },
      },
      Arn: { type: "string", maxLength: 128, description: "An ARN." },
    },
  },
});

type Doc = ReturnType<typeof minimal> & Record<string, unknown>;
const broken: [string, { edit: (d: Doc) => void; want: RegExp }][] = [
  [
    "no signing name",
    {
      edit: (d) => delete (d.info["x-amzn-service"] as Record<string, unknown>).signingName,
      want: /spec ivs: the spec states no info\["x-amzn-service"\]\.signingName/,
    },
  ],
  [
    "no x-amzn-service",
    { edit: (d) => delete (d.info as Record<string, unknown>)["x-amzn-service"], want: /no info\["x-amzn-service"\]/ },
  ],
  [
    "no error list",
    {
      edit: (d) => delete (d.paths["/GetThing"].post as Record<string, unknown>)["x-amzn-errors"],
      want: /spec ivs GetThing: the spec states no x-amzn-errors/,
    },
  ],
  [
    "no source",
    {
      edit: (d) => delete (d.paths["/GetThing"].post as Record<string, unknown>)["x-amzn-source"],
      want: /spec ivs GetThing: the spec states no x-amzn-source/,
    },
  ],
  [
    "two success statuses",
    {
      edit: (d) => Object.assign(d.paths["/GetThing"].post.responses, { "201": {} }),
      want: /GetThing: expected exactly one 2xx response .* found 200, 201/,
    },
  ],
  [
    "a cookie parameter",
    {
      edit: (d) => Object.assign(d.paths["/tags/{resourceArn}"].delete.parameters[0]!, { in: "cookie" }),
      want: /UntagResource: parameter resourceArn is in cookie/,
    },
  ],
  [
    "pagination without items",
    {
      edit: (d) => delete (d.paths["/GetThing"].post["x-amzn-pagination"] as Record<string, unknown>).items,
      want: /GetThing: the spec states no x-amzn-pagination\.items/,
    },
  ],
  [
    "a dangling reference",
    {
      edit: (d) => delete (d.components.schemas as Record<string, unknown>).Arn,
      want: /#\/components\/schemas\/Arn is referenced but not defined/,
    },
  ],
];

describe("parseContract", () => {
  const spec = parseContract("ivs", minimal(), { errata: false });

  it("reads bindings, members wherever they travel, errors, pagination and sources", () => {
    const untag = spec.operation("UntagResource");
    expect(untag).toMatchObject({
      method: "DELETE",
      path: "/tags/{resourceArn}",
      successStatus: 204,
      source: { doc: "doc.txt", line: 7 },
    });
    expect(untag.successRef).toBeUndefined();
    expect(untag.input.map((m) => [m.name, m.in, m.required, m.description])).toEqual([
      ["resourceArn", "path", true, "The ARN."],
      ["tagKeys", "query", true, undefined],
    ]);
    const get = spec.operation("GetThing");
    expect(get.input).toEqual([
      {
        name: "arn",
        in: "body",
        wireName: "arn",
        required: true,
        schema: { type: "string", maxLength: 128, description: "An ARN." },
        description: "An ARN.",
      },
    ]);
    expect(get).toMatchObject({
      requestRef: "#/components/schemas/GetThingRequest",
      successRef: "#/components/schemas/GetThingResponse",
      errors: [],
      source: { doc: "sdk" },
    });
    expect(get.successSchema?.properties?.things?.items).toEqual({
      type: "string",
      maxLength: 128,
      description: "An ARN.",
    });
    expect(get.pagination).toEqual({ inputToken: "nextToken", outputToken: "nextToken", items: "things" });
    expect(spec.operations.map((o) => o.name)).toEqual(["GetThing", "UntagResource"]);
  });

  it("names the operations it has when asked for one it has not", () => {
    expect(() => spec.operation("GetNothing")).toThrow(
      "spec ivs: no operation GetNothing (operations: GetThing, UntagResource)",
    );
  });

  it.each(broken)("fails loudly, naming the operation and the fact: %s", (_, { edit, want }) => {
    const doc = minimal() as Doc;
    edit(doc);
    expect(() => parseContract("ivs", doc, { errata: false })).toThrow(want);
  });
});

describe("errata", () => {
  it("are applied only when asked for, to a copy, listing where", () => {
    const published = loadContract("ivs", { errata: false });
    const corrected = loadContract("ivs", { errata: true });
    const erratum = ERRATA.find((e) => e.id === "resource-arn-type-is-one-character")!;
    expect(published.errata).toEqual([]);
    expect(published.operation("TagResource").input.find((m) => m.name === "resourceArn")?.schema.pattern).toBe(
      erratum.documented,
    );
    expect(corrected.operation("TagResource").input.find((m) => m.name === "resourceArn")?.schema.pattern).toBe(
      erratum.applied,
    );
    expect(corrected.errata.map((a) => a.erratum.id)).toEqual([erratum.id]);
    expect(corrected.errata[0]!.pointers).toContain("#/components/schemas/BatchError/properties/arn");
  });

  it("each still finds the defect it corrects, at the lines it cites", async () => {
    const { readFileSync } = await import("node:fs");
    for (const erratum of ERRATA) {
      expect(loadContract(erratum.service, { errata: true }).errata.map((a) => a.erratum.id)).toContain(erratum.id);
      const lines = readFileSync(new URL(`../sources/${erratum.document}`, import.meta.url), "utf8").split("\n");
      for (const line of erratum.lines) expect(lines[line - 1]).toContain(erratum.documented);
    }
  });

  it("every service's spec reads without error", () => {
    for (const service of SERVICES)
      expect(loadContract(service, { errata: true }).operations.length).toBeGreaterThan(10);
  });
});
