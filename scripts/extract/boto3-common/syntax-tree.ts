// What boto3's syntax literals mean. boto3 prints a placeholder per type rather than a value:
// `'string'` for a string, `123` for a number, `True|False`, `datetime(...)`, `b'bytes'`, a dict
// of the members for a structure, a one-item list for a list. A map is a dict whose only key is
// the placeholder `'string'`. A string with allowed values prints the values instead of the
// placeholder, either as alternatives (`'NORMAL'|'LOW'`) or, on the changelog pages, inside one
// quoted text (`'ACTIVE | STOPPED'`); both are the same enum.

import { ExtractionError } from "../text/lines.ts";
import type { CallArgument, Literal } from "./python-literal.ts";

export type SyntaxNode =
  | { kind: "scalar"; scalar: "string"; enum?: string[]; line: number }
  | { kind: "scalar"; scalar: "number"; text: string; line: number }
  | { kind: "scalar"; scalar: "boolean" | "timestamp" | "blob"; line: number }
  | { kind: "structure"; members: SyntaxMember[]; line: number }
  | { kind: "map"; value: SyntaxNode; line: number }
  | { kind: "list"; items: SyntaxNode; line: number };

export interface SyntaxMember {
  name: string;
  /** The line that names the member in the syntax. */
  line: number;
  node: SyntaxNode;
}

const STRING_PLACEHOLDER = "string";

/** The allowed values of a quoted string, or undefined for the plain-string placeholder. */
export function enumValues(values: readonly string[]): string[] | undefined {
  const split = values.flatMap((v) => v.split("|").map((part) => part.trim()));
  if (split.length === 1 && split[0] === STRING_PLACEHOLDER) return undefined;
  return split;
}

export function toSyntaxNode(document: string, literal: Literal): SyntaxNode {
  switch (literal.type) {
    case "str": {
      const values = enumValues(literal.values);
      if (values?.some((v) => v === "")) {
        throw new ExtractionError(
          document,
          literal.line,
          "enum values without empty alternatives",
          literal.values.join("|"),
        );
      }
      return values
        ? { kind: "scalar", scalar: "string", enum: values, line: literal.line }
        : { kind: "scalar", scalar: "string", line: literal.line };
    }
    case "number":
      return { kind: "scalar", scalar: "number", text: literal.text, line: literal.line };
    case "bool":
      return { kind: "scalar", scalar: "boolean", line: literal.line };
    case "datetime":
      return { kind: "scalar", scalar: "timestamp", line: literal.line };
    case "bytes":
      return { kind: "scalar", scalar: "blob", line: literal.line };
    case "list": {
      if (literal.items.length !== 1) {
        throw new ExtractionError(
          document,
          literal.line,
          "a list written with one example item",
          `${literal.items.length} items`,
        );
      }
      return { kind: "list", items: toSyntaxNode(document, literal.items[0]!), line: literal.line };
    }
    case "dict": {
      const [first] = literal.entries;
      if (literal.entries.length === 1 && first!.key === STRING_PLACEHOLDER) {
        return { kind: "map", value: toSyntaxNode(document, first!.value), line: literal.line };
      }
      return {
        kind: "structure",
        members: toSyntaxMembers(
          document,
          literal.entries.map((e) => ({ name: e.key, line: e.line, value: e.value })),
        ),
        line: literal.line,
      };
    }
  }
}

/** The members of a dict literal or of a call's keyword arguments, in the order written. */
export function toSyntaxMembers(document: string, entries: readonly CallArgument[]): SyntaxMember[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (seen.has(entry.name)) throw new ExtractionError(document, entry.line, "each member named once", entry.name);
    seen.add(entry.name);
    return { name: entry.name, line: entry.line, node: toSyntaxNode(document, entry.value) };
  });
}
