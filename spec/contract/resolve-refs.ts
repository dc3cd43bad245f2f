// `$ref` resolution within one spec document: every `#/components/schemas/X` replaced by its
// schema, memoised, with a recursive shape left as a reference past its first level.
import type { JsonSchema } from "./json-schema.ts";

const PREFIX = "#/components/schemas/";

export function resolveRefs(components: Record<string, JsonSchema>, where: string): (schema: JsonSchema) => JsonSchema {
  const memo = new Map<string, JsonSchema>();
  const resolving = new Set<string>();
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (schema.$ref) {
      if (!schema.$ref.startsWith(PREFIX))
        throw new Error(`${where}: ${schema.$ref} is not a ${PREFIX}<name> reference`);
      const name = schema.$ref.slice(PREFIX.length);
      const cached = memo.get(name);
      if (cached) return cached;
      const target = components[name];
      if (!target) throw new Error(`${where}: ${schema.$ref} is referenced but not defined`);
      if (resolving.has(name)) return schema;
      resolving.add(name);
      const resolved = resolve(target);
      resolving.delete(name);
      memo.set(name, resolved);
      return resolved;
    }
    const out: JsonSchema = { ...schema };
    if (schema.items) out.items = resolve(schema.items);
    if (schema.properties) {
      out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v)]));
    }
    if (typeof schema.additionalProperties === "object")
      out.additionalProperties = resolve(schema.additionalProperties);
    if (schema.propertyNames) out.propertyNames = resolve(schema.propertyNames);
    if (schema.anyOf) out.anyOf = schema.anyOf.map(resolve);
    if (schema.oneOf) out.oneOf = schema.oneOf.map(resolve);
    return out;
  };
  return resolve;
}

/** `#/components/schemas/X` -> `X`. */
export function componentName(ref: string): string {
  if (!ref.startsWith(PREFIX)) throw new Error(`${ref} is not a ${PREFIX}<name> reference`);
  return ref.slice(PREFIX.length);
}
