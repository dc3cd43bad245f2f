// Members a 2xx body carries that its documented schema does not list, at any depth (inside
// structures, list items and map values). The spec's structures leave additionalProperties open,
// so such a member validates, and response_schema passes it: AWS adds members to responses over
// time, and the documents say nothing against them. They are recorded as observations.
import { isMapSchema, type JsonSchema } from "../../../spec/contract/json-schema.ts";

/**
 * The undocumented members of `value` under `schema`, each as a path from the body down
 * (`channel.extra`, `channels[].extra`, `tags{}.extra`), in the order the body holds them, once each.
 */
export function undocumentedMembers(schema: JsonSchema, value: unknown): string[] {
  const found = new Set<string>();
  const join = (path: string, segment: string) => (path ? `${path}.${segment}` : segment);
  function walk(node: JsonSchema, v: unknown, path: string): void {
    if (v === null || typeof v !== "object") return;
    const alternatives = node.anyOf ?? node.oneOf;
    if (alternatives) {
      // Known in any alternative is known: only what no alternative lists is undocumented.
      const props = Object.assign({}, ...alternatives.map((a) => a.properties ?? {})) as Record<string, JsonSchema>;
      if (alternatives.some((a) => isMapSchema(a) || (a.type === "object" && !a.properties))) return;
      walk({ type: "object", properties: props }, v, path);
      return;
    }
    if (Array.isArray(v)) {
      if (node.type === "array" && node.items) for (const item of v) walk(node.items, item, `${path}[]`);
      return;
    }
    const obj = v as Record<string, unknown>;
    if (isMapSchema(node)) {
      for (const entry of Object.values(obj)) walk(node.additionalProperties, entry, `${path}{}`);
      return;
    }
    // An object schema that lists no members documents an open document: nothing in it is undocumented.
    if (!node.properties) return;
    for (const [key, child] of Object.entries(obj)) {
      const documented = node.properties[key];
      if (documented) walk(documented, child, join(path, key));
      else found.add(join(path, key));
    }
  }
  walk(schema, value, "");
  return [...found];
}
