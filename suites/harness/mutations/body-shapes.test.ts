import { describe, expect, it } from "vitest";
import type { InputMember, OperationSpec } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import { judgedSpec } from "../judged-spec.ts";
import {
  type BodyShapeCase,
  bodyOf,
  describeBodyShape,
  nestedCases,
  objectPaths,
  wholeBodyCases,
} from "./body-shapes.ts";
import { violations } from "./violations.ts";

const member = (name: string, schema: JsonSchema, extra: Partial<InputMember> = {}): InputMember => ({
  name,
  in: "body",
  wireName: name,
  required: false,
  schema,
  ...extra,
});

const op = (input: InputMember[]): OperationSpec => ({
  service: "ivs",
  name: "PutThing",
  method: "POST",
  path: "/PutThing/{id}",
  successStatus: 200,
  source: { doc: "test" },
  documented: true,
  successHeaders: [],
  input,
  errors: [{ name: "ValidationException", status: 400 }],
});

const str: JsonSchema = { type: "string" };
const tags: JsonSchema = { type: "object", additionalProperties: str, maxProperties: 50 };
const s3: JsonSchema = { type: "object", properties: { bucketName: str }, required: ["bucketName"] };
const destination: JsonSchema = { type: "object", properties: { s3 } };
const item: JsonSchema = { type: "object", properties: { attributes: tags } };
const thing = op([
  member("id", str, { in: "path", required: true }),
  member("name", str),
  member("tags", tags),
  member("destination", destination, { required: true }),
  member("items", { type: "array", items: item, minItems: 1 }),
  member("byKey", { type: "object", additionalProperties: s3 }),
]);
const valid = {
  id: "t1",
  name: "n",
  tags: { a: "1" },
  destination: { s3: { bucketName: "b" } },
  items: [{ attributes: { k: "v" } }, {}],
  byKey: { x: { bucketName: "c" } },
};

/** Where two JSON values differ: the pointers of the outermost differences. */
function differences(a: unknown, b: unknown, at = ""): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) return Object.is(a, b) ? [] : [at];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => differences(a[k], b[k], `${at}/${k}`));
}

const summary = (cases: BodyShapeCase[]) => cases.map((c) => [c.mutation.pointer, c.body]);

describe("objectPaths", () => {
  it("lists every structure and map below the body, through lists and maps, and nothing in the path", () => {
    expect(objectPaths(thing)).toEqual([
      ["tags"],
      ["destination"],
      ["destination", "s3"],
      ["items", "[]"],
      ["items", "[]", "attributes"],
      ["byKey"],
      ["byKey", "{}"],
    ]);
  });
  it("finds the nested objects of the real specs", () => {
    const get = judgedSpec("ivs").operation("GetChannel");
    const recording = judgedSpec("ivs").operation("CreateRecordingConfiguration");
    expect(objectPaths(get)).toEqual([]);
    expect(objectPaths(recording).map((p) => p.join("."))).toEqual(
      expect.arrayContaining(["destinationConfiguration", "destinationConfiguration.s3", "tags"]),
    );
  });
});

describe("wholeBodyCases", () => {
  it("sends the body as an array holding it, its JSON text, a number, a boolean and null", () => {
    const body = { name: "n", destination: { s3: { bucketName: "b" } } };
    const text = JSON.stringify(body);
    const cases = wholeBodyCases(thing, { id: "t1", ...body });
    expect(summary(cases)).toEqual([
      ["", `[${text}]`],
      ["", JSON.stringify(text)],
      ["", "1"],
      ["", "true"],
      ["", "null"],
    ]);
    expect(cases.map((c) => c.mutation.sent)).toEqual(["array", "string", "number", "boolean", "null"]);
    for (const c of cases) {
      expect(c.mutation.original).toEqual(body);
      expect(JSON.parse(c.body)).toEqual(c.mutation.replacement);
    }
  });
  it("keeps path members out of the body", () => {
    expect(bodyOf(thing, { id: "t1", name: "n" })).toEqual({ name: "n" });
  });
});

describe("nestedCases", () => {
  const table: [string, readonly string[], string, unknown][] = [
    ["a map member", ["tags"], "/tags", { a: "1" }],
    ["a required structure member", ["destination"], "/destination", { s3: { bucketName: "b" } }],
    ["a structure two levels down", ["destination", "s3"], "/destination/s3", { bucketName: "b" }],
    ["a structure in a list (the first item)", ["items", "[]"], "/items/0", { attributes: { k: "v" } }],
    ["a map inside a list item", ["items", "[]", "attributes"], "/items/0/attributes", { k: "v" }],
    ["a structure as a map value (the first entry)", ["byKey", "{}"], "/byKey/x", { bucketName: "c" }],
  ];
  it.each(table)("%s: one object replaced by a string, a number, a boolean", (_, path, pointer, original) => {
    const cases = nestedCases(thing, valid, path);
    const body = bodyOf(thing, valid);
    expect(cases.map((c) => c.mutation.sent)).toEqual(["string", "number", "boolean"]);
    for (const c of cases) {
      expect(c.mutation).toMatchObject({ pointer, path, original });
      // Exactly one thing broken: the body differs from the valid one at that pointer only, and the
      // value there breaks its schema's type and nothing else.
      expect(differences(body, JSON.parse(c.body))).toEqual([pointer]);
      const schema = path.reduce<JsonSchema>(
        (s, seg) =>
          seg === "[]"
            ? s.items!
            : seg === "{}"
              ? (s.additionalProperties as JsonSchema)
              : (s.properties?.[seg] ?? thing.input.find((m) => m.name === seg)!.schema),
        { type: "object", properties: {} },
      );
      expect(violations(schema, c.mutation.replacement)).toEqual(["type"]);
    }
    expect(cases[0]!.mutation.replacement).toBe(JSON.stringify(original));
  });
  it("makes no case where the input holds no object at the path", () => {
    expect(nestedCases(thing, { id: "t1", name: "n" }, ["tags"])).toEqual([]);
    expect(nestedCases(thing, { ...valid, items: [] }, ["items", "[]"])).toEqual([]);
    expect(nestedCases(thing, { ...valid, items: [{}] }, ["items", "[]", "attributes"])).toEqual([]);
  });
  it("never replaces by null (null reads as an absent member) nor by an array", () => {
    const sent = objectPaths(thing).flatMap((p) => nestedCases(thing, valid, p).map((c) => c.mutation.sent));
    expect(new Set(sent)).toEqual(new Set(["string", "number", "boolean"]));
  });
});

describe("describeBodyShape", () => {
  it("names what was sent and where", () => {
    const [array, , , , nil] = wholeBodyCases(thing, valid);
    const [, number] = nestedCases(thing, valid, ["destination", "s3"]);
    expect(describeBodyShape(array!.mutation)).toBe("a request body that is a JSON array instead of an object");
    expect(describeBodyShape(nil!.mutation)).toBe("a request body that is null instead of an object");
    expect(describeBodyShape(number!.mutation)).toBe(
      "a request body whose /destination/s3 is a JSON number instead of an object",
    );
  });
});
