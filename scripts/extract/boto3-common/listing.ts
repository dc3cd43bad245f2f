// boto3's member listings ("Parameters", "Response Structure"), read with the syntax as the guide.
//
//   tags (dict) --                      an entry: name, boto3 type, then the description
//     [REQUIRED]                        optional, on its own line or right after `--`
//     Array of 1-50 maps, ...           description lines
//     (string) --                       a map's key, a list's item: entries without a name
//       (string) --                     a map's value
//
// The boto3 reference indents entries by depth; the changelog pages flatten everything to column 0,
// and on the 2025 page a request's top-level entries are a bare type (`string`) with the name only
// in the request-syntax line. Indentation therefore cannot give the nesting. The syntax can: the
// listing prints the members in the order of the syntax, depth first, so walking the syntax tree
// says which entry comes next, what it must be named and what children it has. A listing that
// strays from the syntax is an error, never a guess.

import type { Constraints, Fact, Member, TypeRef } from "../../model/api-model.ts";
import { type Line, source } from "../text/lines.ts";
import type { Cursor } from "./cursor.ts";
import type { SyntaxMember, SyntaxNode } from "./syntax-tree.ts";
import { type Boto3Type, isBoto3Scalar, isBoto3Type, scalarKind } from "./type-names.ts";

export interface ListingOptions {
  /**
   * Top-level entries are a bare type word (`string`) and the member's name is only in the syntax
   * line (the changelog pages' requests). Below the top level, entries are always named; a bare
   * type word still ends a description at any depth, since it starts the next parameter.
   */
  flatTopLevel: boolean;
  /** Lines that end a description although they are no entry (the changelog's change summaries). */
  isBoundary?: (text: string) => boolean;
}

const NAMED = /^([A-Za-z_][A-Za-z0-9_]*) \(([a-z]+)\) --(?:\s+(.*))?$/;
const ANONYMOUS = /^\(([a-z]+)\) --(?:\s+(.*))?$/;
const REQUIRED = "[REQUIRED]";

/** The line's text without its indentation and list bullet. */
function entryText(line: Line): string {
  return line.text.trim().replace(/^•\s*/, "");
}

function namedEntry(text: string): { name: string; type: Boto3Type; rest: string } | undefined {
  const m = NAMED.exec(text);
  return m && isBoto3Type(m[2]!) ? { name: m[1]!, type: m[2], rest: m[3] ?? "" } : undefined;
}

function anonymousEntry(text: string): { type: Boto3Type; rest: string } | undefined {
  const m = ANONYMOUS.exec(text);
  return m && isBoto3Type(m[1]!) ? { type: m[1], rest: m[2] ?? "" } : undefined;
}

function flatEntry(text: string): Boto3Type | undefined {
  return isBoto3Type(text) ? text : undefined;
}

class ListingReader {
  /**
   * @param unmarkedIsOptional whether an entry without `[REQUIRED]` states that its member is
   *   optional. Request parameters mark every required member, so there it does; response
   *   structures mark none, so there it says nothing and `Member.required` stays absent.
   */
  constructor(
    private readonly cursor: Cursor,
    private readonly options: ListingOptions,
    private readonly unmarkedIsOptional: boolean,
  ) {}

  private get document(): string {
    return this.cursor.document;
  }

  /** Where a description ends: at the next entry of any kind, or at a boundary the caller names. */
  private endsDescription(line: Line): boolean {
    const text = entryText(line);
    return (
      namedEntry(text) !== undefined ||
      anonymousEntry(text) !== undefined ||
      (this.options.flatTopLevel && flatEntry(text) !== undefined) ||
      text === REQUIRED ||
      (this.options.isBoundary?.(text) ?? false)
    );
  }

  /** The description lines that follow an entry, with the text after its `--` as the first. */
  private description(inline: string, header: Line): Fact<string> | undefined {
    const parts: { text: string; line: number }[] = inline ? [{ text: inline, line: header.n }] : [];
    for (let next = this.cursor.peek(); next && !this.endsDescription(next); next = this.cursor.peek()) {
      // A description keeps its own bullets ("• STANDARD : ..."): they are its text, not an entry's.
      parts.push({ text: this.cursor.next("a description line").text.trim(), line: next.n });
    }
    if (parts.length === 0) return undefined;
    return { value: parts.map((p) => p.text).join("\n"), source: source(this.document, parts[0]!.line) };
  }

  members(syntax: readonly SyntaxMember[], depth: number): Member[] {
    return syntax.map((member) => this.member(member, depth));
  }

  private member(syntax: SyntaxMember, depth: number): Member {
    const flat = this.options.flatTopLevel && depth === 0;
    const expected = flat
      ? `the type of the parameter ${syntax.name} (a bare boto3 type such as "string"), ` +
        `the parameter the syntax names at line ${syntax.line}`
      : `the entry "${syntax.name} (<type>) --" that the syntax names at line ${syntax.line}`;
    const header = this.cursor.next(expected);
    const text = entryText(header);
    let type: Boto3Type;
    let rest = "";
    if (flat) {
      const flatType = flatEntry(text);
      if (!flatType) this.cursor.fail(expected, header);
      type = flatType;
    } else {
      const entry = namedEntry(text);
      if (!entry || entry.name !== syntax.name) this.cursor.fail(expected, header);
      type = entry.type;
      rest = entry.rest;
    }

    let required: Fact<boolean> | undefined = this.unmarkedIsOptional
      ? { value: false, source: source(this.document, header) }
      : undefined;
    if (rest.startsWith(REQUIRED)) {
      required = { value: true, source: source(this.document, header) };
      rest = rest.slice(REQUIRED.length).trim();
    } else if (!rest && this.cursor.peek() && entryText(this.cursor.peek()!) === REQUIRED) {
      required = { value: true, source: source(this.document, this.cursor.next(REQUIRED)) };
    }
    const documentation = this.description(rest, header);
    const typeRef = this.type(type, syntax.node, header, depth);
    return {
      name: syntax.name,
      type: typeRef,
      ...(required ? { required } : {}),
      ...(documentation ? { documentation } : {}),
      // A member named only in the syntax line has that line as its own; its type, description
      // and [REQUIRED] keep the lines they were read from.
      source: source(this.document, flat ? syntax.line : header.n),
    };
  }

  /** An entry without a name: a list's item, a map's key or value. Its description has no place in the model. */
  private anonymous(node: SyntaxNode, role: string, depth: number): TypeRef {
    const expected = `the ${role} entry "(<type>) --" for the syntax at line ${node.line}`;
    const header = this.cursor.next(expected);
    const entry = anonymousEntry(entryText(header));
    if (!entry) this.cursor.fail(expected, header);
    this.description(entry.rest, header);
    return this.type(entry.type, node, header, depth);
  }

  private type(type: Boto3Type, node: SyntaxNode, header: Line, depth: number): TypeRef {
    const at = source(this.document, header);
    const mismatch = (): never =>
      this.cursor.fail(`an entry whose type agrees with the syntax at line ${node.line} (${describe(node)})`, header);
    if (isBoto3Scalar(type)) {
      if (node.kind !== "scalar" || !scalarAgrees(type, node)) return mismatch();
      const constraints: Constraints = {};
      if (node.scalar === "string" && node.enum) {
        constraints.enum = { value: node.enum, source: source(this.document, node.line) };
      }
      return { kind: scalarKind(type), constraints, source: at };
    }
    if (type === "list") {
      if (node.kind !== "list") return mismatch();
      return { kind: "list", items: this.anonymous(node.items, "list item", depth + 1), constraints: {}, source: at };
    }
    if (node.kind === "map") {
      const key = this.anonymous({ kind: "scalar", scalar: "string", line: node.line }, "map key", depth + 1);
      const value = this.anonymous(node.value, "map value", depth + 1);
      return { kind: "map", key, value, constraints: {}, source: at };
    }
    if (node.kind !== "structure") return mismatch();
    return { kind: "structure", members: this.members(node.members, depth + 1), constraints: {}, source: at };
  }
}

function scalarAgrees(type: string, node: Extract<SyntaxNode, { kind: "scalar" }>): boolean {
  switch (type) {
    case "string":
      return node.scalar === "string";
    case "integer":
    case "long":
      return node.scalar === "number" && !node.text.includes(".");
    case "float":
    case "double":
      return node.scalar === "number";
    case "boolean":
      return node.scalar === "boolean";
    case "datetime":
      return node.scalar === "timestamp";
    case "bytes":
      return node.scalar === "blob";
    default:
      return false;
  }
}

function describe(node: SyntaxNode): string {
  return node.kind === "scalar" ? node.scalar : node.kind;
}

/** Reads the entries for `syntax`, in order, from the cursor; the cursor ends after the last one. */
export function readMembers(cursor: Cursor, syntax: readonly SyntaxMember[], options: ListingOptions): Member[] {
  return new ListingReader(cursor, options, true).members(syntax, 0);
}

/**
 * Reads a "Response Structure": the top-level `(dict) --` entry, then an entry per member of the
 * response syntax. Response structures never say whether a member is required: `required` is
 * absent unless an entry is marked `[REQUIRED]`.
 */
export function readResponseStructure(cursor: Cursor, syntax: SyntaxNode, options: ListingOptions): Member[] {
  const expected = `the top-level "(dict) --" entry of the response structure`;
  const header = cursor.next(expected);
  if (entryText(header) !== "(dict) --") cursor.fail(expected, header);
  if (syntax.kind !== "structure")
    cursor.fail(`a response syntax that is a dict of members (line ${syntax.line})`, header);
  return new ListingReader(cursor, { ...options, flatTopLevel: false }, false).members(syntax.members, 0);
}
