// Body-shape mutations (rejects_wrong_body_shape): what a generic OpenAPI fuzzer sends besides
// constraint violations. Each case starts from a valid input and breaks exactly one thing:
//
// - the whole body: the valid body object replaced by a JSON array (holding that object), a string
//   (that object's JSON text), a number, a boolean or null;
// - one nested object: a member whose schema is an object (a structure or a map), at any depth
//   (list items and map values included), replaced by a string (the object's JSON text), a number
//   or a boolean. Never null: restJson1 reads a null member as an absent one, so null for an
//   optional member is no violation under every reading, and for a required one it is a missing
//   member (missing_required's case), not a wrong shape.
//
// Path and query members stay as the valid input has them; only the body text changes. Every case
// records where (JSON pointer in the body, "" for the body itself), what was there and what was
// sent instead, so that a failure prints it.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { isMapSchema, type JsonSchema } from "../../../spec/contract/json-schema.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { ITEM, MAP_VALUE, type ValuePath } from "../arbitraries/value-path.ts";

export type JsonType = "array" | "string" | "number" | "boolean" | "null";

export interface BodyShapeMutation {
  /** JSON pointer of the replaced value inside the body; "" for the body itself. */
  pointer: string;
  /** Its schema path from the member down ([] for the body itself): `["tags"]`, `["list", "[]"]`. */
  path: ValuePath;
  /** The valid value that was there: the body object, or the nested object. */
  original: unknown;
  /** The value sent in its place. */
  replacement: unknown;
  /** The JSON type of the replacement. */
  sent: JsonType;
}

export interface BodyShapeCase {
  /** The body text sent, with the valid input's path and query members. */
  body: string;
  mutation: BodyShapeMutation;
}

export const hasJsonBody = (op: OperationSpec) => op.input.some((m) => m.in === "body");

/** The JSON body a valid input puts on the wire (as wire-request.ts builds it). */
export function bodyOf(op: OperationSpec, input: Input): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const m of op.input) if (m.in === "body" && input[m.name] !== undefined) body[m.wireName] = input[m.name];
  return body;
}

const isObjectSchema = (schema: JsonSchema) => schema.type === "object";
const isObjectValue = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** The schema paths of every object-typed node below the body (structures and maps), outermost first. */
export function objectPaths(op: OperationSpec): ValuePath[] {
  const out: ValuePath[] = [];
  const walk = (schema: JsonSchema, path: ValuePath) => {
    if (isObjectSchema(schema)) out.push(path);
    if (schema.type === "array" && schema.items) walk(schema.items, [...path, ITEM]);
    if (isMapSchema(schema)) walk(schema.additionalProperties, [...path, MAP_VALUE]);
    else for (const [name, child] of Object.entries(schema.properties ?? {})) walk(child, [...path, name]);
  };
  for (const m of op.input) if (m.in === "body") walk(m.schema, [m.name]);
  return out;
}

const pointerOf = (keys: readonly string[]) =>
  keys.map((k) => `/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/**
 * The concrete keys of the value at `path` in `body` (a list's first item, a map's first entry),
 * or undefined when the body holds no object there.
 */
function locate(op: OperationSpec, body: Record<string, unknown>, path: ValuePath): string[] | undefined {
  const member = op.input.find((m) => m.name === path[0] && m.in === "body");
  if (!member) return undefined;
  const keys = [member.wireName];
  let node: unknown = body[member.wireName];
  for (const seg of path.slice(1)) {
    let key: string | undefined;
    if (seg === ITEM) key = Array.isArray(node) && node.length > 0 ? "0" : undefined;
    else if (seg === MAP_VALUE) key = isObjectValue(node) ? Object.keys(node)[0] : undefined;
    else key = isObjectValue(node) && seg in node ? seg : undefined;
    if (key === undefined) return undefined;
    keys.push(key);
    node = (node as Record<string, unknown>)[key];
  }
  return isObjectValue(node) ? keys : undefined;
}

function replaced(body: Record<string, unknown>, keys: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let parent: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  parent[keys.at(-1)!] = value;
  return copy;
}

/** Scalars of another JSON type than an object, for `original`: its JSON text, a number, a boolean. */
const scalarsFor = (original: unknown): [JsonType, unknown][] => [
  ["string", JSON.stringify(original)],
  ["number", 1],
  ["boolean", true],
];

/** The body itself as every other JSON type: an array holding it, its JSON text, 1, true, null. */
export function wholeBodyCases(op: OperationSpec, input: Input): BodyShapeCase[] {
  const body = bodyOf(op, input);
  const replacements: [JsonType, unknown][] = [["array", [body]], ...scalarsFor(body), ["null", null]];
  return replacements.map(([sent, replacement]) => ({
    body: JSON.stringify(replacement),
    mutation: { pointer: "", path: [], original: body, replacement, sent },
  }));
}

/**
 * The object at `path` (see objectPaths) replaced by each scalar, the rest of the body as `input`
 * has it; no case when the input holds no object there.
 */
export function nestedCases(op: OperationSpec, input: Input, path: ValuePath): BodyShapeCase[] {
  const body = bodyOf(op, input);
  const keys = locate(op, body, path);
  if (!keys) return [];
  const original = keys.reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], body);
  return scalarsFor(original).map(([sent, replacement]) => ({
    body: JSON.stringify(replaced(body, keys, replacement)),
    mutation: { pointer: pointerOf(keys), path, original, replacement, sent },
  }));
}

/** "a request body that is a JSON array instead of an object", "... whose /tags is a JSON number instead of ...". */
export function describeBodyShape(m: BodyShapeMutation): string {
  const sent = m.sent === "null" ? "null" : `a JSON ${m.sent}`;
  return m.pointer === ""
    ? `a request body that is ${sent} instead of an object`
    : `a request body whose ${m.pointer} is ${sent} instead of an object`;
}
