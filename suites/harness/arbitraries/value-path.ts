// Where a value sits inside an operation's input, as a list of segments from the member down:
// a property name, `[]` for a list item, `{}` for a map value, `{key}` for a map key.
export type Segment = string;
export type ValuePath = readonly Segment[];

export const ITEM = "[]";
export const MAP_VALUE = "{}";
export const MAP_KEY = "{key}";

/** JSON pointer of a concrete value: list items at index 0, map entries under their actual key. */
export function pointerOf(path: ValuePath, value: unknown): string {
  const parts: string[] = [];
  let node: unknown = value;
  for (const seg of path) {
    if (seg === ITEM) {
      parts.push("0");
      node = Array.isArray(node) ? node[0] : undefined;
    } else if (seg === MAP_VALUE || seg === MAP_KEY) {
      const key = node && typeof node === "object" ? (Object.keys(node)[0] ?? "") : "";
      parts.push(key);
      node = seg === MAP_VALUE ? (node as Record<string, unknown>)?.[key] : undefined;
    } else {
      parts.push(seg);
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return `/${parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

export const describePath = (path: ValuePath) =>
  path.join(".").replaceAll(".[]", "[]").replaceAll(".{}", "{}").replaceAll(".{key}", "{key}");
