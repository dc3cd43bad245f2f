// The subset of JSON Schema 2020-12 the specs use (see scripts/openapi/schema.ts), typed for the
// harness. Extension keywords (`x-amzn-*`) pass through untouched.
export interface JsonSchema {
  $ref?: string;
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  contentEncoding?: string;
  description?: string;
  [extension: string]: unknown;
}

/** A map schema: an object whose entries are all described by `additionalProperties`. */
export function isMapSchema(schema: JsonSchema): schema is JsonSchema & { additionalProperties: JsonSchema } {
  return schema.type === "object" && !schema.properties && typeof schema.additionalProperties === "object";
}

/** Code points, as Smithy and JSON Schema count string length. */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}
