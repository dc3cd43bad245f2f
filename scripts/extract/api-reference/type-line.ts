// `Type:` lines as TypeRefs.
//
// The reference names types in prose: "String", "[Channel](#) object", "Array of [Channel](#)
// objects", "Array of strings", "String to string map". Each TypeRef (and each nested items/key/
// value) takes the Type line as its source; constraints are attached later by member-blocks.ts.

import type { Kind, Source, TypeRef } from "../../model/api-model.ts";

const SCALARS: Record<string, Kind> = {
  string: "string",
  boolean: "boolean",
  integer: "integer",
  long: "long",
  float: "float",
  double: "double",
  timestamp: "timestamp",
  blob: "blob",
};

/** "String" or "strings" (plural in "Array of strings") as a scalar kind. */
function scalar(word: string): Kind | undefined {
  const w = word.toLowerCase();
  return SCALARS[w] ?? (w.endsWith("s") ? SCALARS[w.slice(0, -1)] : undefined);
}

/** An element type: a scalar word, or "[X](#) object(s)". */
function element(text: string, src: Source): TypeRef | undefined {
  const shape = /^\[([A-Za-z][A-Za-z0-9]*)\]\(#\) objects?$/.exec(text);
  if (shape) return { kind: "structure", shape: shape[1], constraints: {}, source: src };
  const kind = scalar(text);
  return kind === undefined ? undefined : { kind, constraints: {}, source: src };
}

/** The TypeRef the text of a Type line describes, or undefined if the wording is unknown. */
export function parseTypeLine(text: string, src: Source): TypeRef | undefined {
  const t = text.trim();
  const list = /^Array of (.+)$/.exec(t);
  if (list) {
    const items = element(list[1] ?? "", src);
    return items && { kind: "list", items, constraints: {}, source: src };
  }
  const map = /^(\S+) to (.+) map$/.exec(t);
  if (map) {
    const key = element(map[1] ?? "", src);
    const value = element(map[2] ?? "", src);
    if (key?.kind !== "string" || value === undefined) return undefined;
    return { kind: "map", key, value, constraints: {}, source: src };
  }
  return element(t, src);
}
