// Model types -> JSON Schema (OpenAPI 3.1 Schema Object, JSON Schema 2020-12).
//
// Constraints map onto keywords whose semantics match Smithy's: `pattern` is unanchored in both,
// and `minLength`/`maxLength` count code points in both (ajv counts code points too).
import type { Member, Shape, TypeRef } from "../model/api-model.ts";
import { type JsonObject, renderConstraintSources, renderSource } from "./source.ts";

export const componentRef = (name: string) => `#/components/schemas/${name}`;

function bounds(schema: JsonObject, min: string, max: string, b: { min?: number; max?: number } | undefined): void {
  if (b?.min !== undefined) schema[min] = b.min;
  if (b?.max !== undefined) schema[max] = b.max;
}

export function typeSchema(type: TypeRef): JsonObject {
  const c = type.constraints;
  const schema: JsonObject = {};
  switch (type.kind) {
    case "structure":
      if (type.shape) return { $ref: componentRef(type.shape) };
      return structureSchema(type.members ?? []);
    case "list":
      schema.type = "array";
      if (!type.items) throw new Error(`list type at ${JSON.stringify(type.source)} has no item type`);
      schema.items = typeSchema(type.items);
      bounds(schema, "minItems", "maxItems", c.size?.value);
      break;
    case "map": {
      schema.type = "object";
      if (!type.value) throw new Error(`map type at ${JSON.stringify(type.source)} has no value type`);
      schema.additionalProperties = typeSchema(type.value);
      if (type.key && Object.keys(type.key.constraints).length > 0) schema.propertyNames = typeSchema(type.key);
      bounds(schema, "minProperties", "maxProperties", c.size?.value);
      break;
    }
    case "string":
      schema.type = "string";
      bounds(schema, "minLength", "maxLength", c.length?.value);
      if (c.pattern) schema.pattern = c.pattern.value;
      if (c.enum) schema.enum = c.enum.value;
      break;
    case "boolean":
      schema.type = "boolean";
      break;
    case "integer":
    case "long":
      schema.type = "integer";
      schema.format = type.kind === "integer" ? "int32" : "int64";
      bounds(schema, "minimum", "maximum", c.range?.value);
      break;
    case "float":
    case "double":
    case "number":
      schema.type = "number";
      if (type.kind !== "number") schema.format = type.kind;
      bounds(schema, "minimum", "maximum", c.range?.value);
      break;
    case "timestamp":
      schema.type = "string";
      schema.format = "date-time";
      break;
    case "blob":
      schema.type = "string";
      schema.contentEncoding = "base64";
      break;
  }
  const sources = renderConstraintSources(c);
  if (sources) schema["x-amzn-constraint-sources"] = sources;
  return schema;
}

export function memberSchema(member: Member): JsonObject {
  return {
    ...typeSchema(member.type),
    ...(member.documentation ? { description: member.documentation.value } : {}),
    "x-amzn-source": renderSource(member.source),
  };
}

/**
 * A structure's members. `required` lists the members a document or the SDK states are required;
 * a member whose flag is still absent after the SDK fill is left out of it, since OpenAPI reads an
 * unlisted property as optional (nothing is asserted that no source states).
 */
export function structureSchema(members: Member[]): JsonObject {
  const required = members.filter((m) => m.required?.value === true).map((m) => m.name);
  return {
    type: "object",
    properties: Object.fromEntries(members.map((m) => [m.name, memberSchema(m)])),
    ...(required.length ? { required } : {}),
  };
}

export function shapeSchema(shape: Shape): JsonObject {
  return {
    ...structureSchema(shape.members),
    ...(shape.documentation ? { description: shape.documentation.value } : {}),
    "x-amzn-source": renderSource(shape.source),
  };
}
