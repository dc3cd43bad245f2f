// Member blocks: the unit in which the reference describes every request, response and data-type
// member.
//
//     name                      (or [name](#): a cross-reference link the conversion kept)
//     documentation paragraphs
//     Type: ...
//     Length Constraints: ... / Pattern: ... / Valid Values: ... / Valid Range: ... / ...
//     Required: Yes|No          (absent from response elements)
//
// Page breaks put blank lines and stray fences anywhere in a block, so those are skipped wherever
// they fall. Each fact keeps the line it was read from.

import type { Bounds, Fact, Member, Source, TypeRef } from "../../model/api-model.ts";
import { ExtractionError, type Line, source } from "../text/lines.ts";
import { type FactLabel, factLine, parseBounds, parseRequired, parseValidValues } from "./constraints.ts";
import { isDebris } from "./debris.ts";
import { identifierOf, unlink } from "./markup.ts";
import { patternError, repairPattern } from "./patterns.ts";
import { parseTypeLine } from "./type-line.ts";

interface FactLine {
  label: FactLabel;
  value: string;
  line: Line;
}

interface MemberBlock {
  name: string;
  nameLine: Line;
  /** Paragraphs of documentation, each a line of the document. */
  documentation: Line[];
  facts: FactLine[];
}

/** A pattern that needed more than its backticks removed. `path` is relative to the member list. */
export interface PatternRepairRecord {
  path: string;
  rendered: Fact<string>;
  repaired: Fact<string>;
  repairs: string[];
}

/** What a section allows that the reference leaves unstated in it. */
export interface BlockOptions {
  document: string;
  /**
   * Response elements carry no `Required:` line: their members leave `Member.required` absent (the
   * document does not say). Elsewhere a member without one is an extraction error.
   */
  requiredUnstated?: boolean;
  /**
   * URI request parameters carry no `Type:` line; their kind follows from the constraint wording
   * ("Array Members" only qualifies lists, "Length Constraints"/"Pattern" only strings).
   */
  typeFromConstraints?: boolean;
}

/** Cuts a section's lines into member blocks; `skip` recognizes the section's boilerplate lines. */
function splitMemberBlocks(
  lines: Line[],
  document: string,
  skip: (line: Line) => boolean = () => false,
): MemberBlock[] {
  const blocks: MemberBlock[] = [];
  let current: MemberBlock | undefined;
  for (const line of lines) {
    if (isDebris(line) || skip(line)) continue;
    const name = identifierOf(line.text);
    if (name !== undefined) {
      current = { name, nameLine: line, documentation: [], facts: [] };
      blocks.push(current);
      continue;
    }
    const fact = factLine(line.text);
    if (current === undefined) {
      throw new ExtractionError(document, line.n, "a member name line", line.text);
    }
    if (fact) {
      current.facts.push({ ...fact, line });
    } else if (current.facts.length > 0) {
      throw new ExtractionError(
        document,
        line.n,
        `a fact line (Type:, Required:, constraints) or the next member name in block "${current.name}"`,
        line.text,
      );
    } else {
      current.documentation.push(line);
    }
  }
  return blocks;
}

export function parseMemberBlocks(
  lines: Line[],
  options: BlockOptions,
  skip?: (line: Line) => boolean,
): { members: Member[]; repairs: PatternRepairRecord[] } {
  const members: Member[] = [];
  const repairs: PatternRepairRecord[] = [];
  const seen = new Set<string>();
  for (const block of splitMemberBlocks(lines, options.document, skip)) {
    if (seen.has(block.name)) {
      throw new ExtractionError(options.document, block.nameLine.n, `member "${block.name}" once in its section`);
    }
    seen.add(block.name);
    const built = blockToMember(block, options);
    members.push(built.member);
    repairs.push(...built.repairs);
  }
  return { members, repairs };
}

function blockToMember(block: MemberBlock, options: BlockOptions): { member: Member; repairs: PatternRepairRecord[] } {
  const doc = options.document;
  const fail = (line: Line, expected: string): never => {
    throw new ExtractionError(doc, line.n, `${expected} (member "${block.name}")`, line.text);
  };

  const byLabel = new Map<FactLabel, FactLine>();
  for (const f of block.facts) {
    if (byLabel.has(f.label)) fail(f.line, `a single "${f.label}:" line`);
    byLabel.set(f.label, f);
  }
  if (block.facts.length === 0) {
    throw new ExtractionError(
      doc,
      block.nameLine.n,
      `"Type:", constraint or "Required:" lines after member "${block.name}"`,
    );
  }

  const type = memberType(block, byLabel, options, fail);
  const repairs: PatternRepairRecord[] = [];

  // Which node a string constraint lands on: the member's own string, or a list's string items.
  const stringNode = (f: FactLine): TypeRef => {
    if (type.kind === "string") return type;
    if (type.kind === "list" && type.items?.kind === "string") return type.items;
    return fail(f.line, "a String or Array of strings member for this constraint");
  };
  const relative = (node: TypeRef, own: TypeRef, sub: string): string =>
    node === own ? block.name : `${block.name}.${sub}`;

  for (const f of block.facts) {
    const src = source(doc, f.line);
    switch (f.label) {
      case "Type":
      case "Required":
        break;
      case "Length Constraints":
        stringNode(f).constraints.length = bounds(f, "length", src, fail);
        break;
      case "Pattern": {
        const node = stringNode(f);
        node.constraints.pattern = pattern(f, src, fail, (r) =>
          repairs.push({ ...r, path: `${relative(node, type, "items")}.pattern` }),
        );
        break;
      }
      case "Valid Values": {
        const values = parseValidValues(f.value);
        if (!values) fail(f.line, "values separated by |");
        stringNode(f).constraints.enum = { value: values ?? [], source: src };
        break;
      }
      case "Valid Range": {
        const numeric = ["integer", "long", "float", "double"];
        const node = numeric.includes(type.kind)
          ? type
          : type.kind === "list" && numeric.includes(type.items?.kind ?? "")
            ? type.items
            : undefined;
        if (!node) fail(f.line, "a numeric member for Valid Range");
        (node as TypeRef).constraints.range = bounds(f, "value", src, fail);
        break;
      }
      case "Array Members":
        if (type.kind !== "list") fail(f.line, "an Array member for Array Members");
        type.constraints.size = bounds(f, "number", src, fail);
        break;
      case "Map Entries":
        if (type.kind !== "map") fail(f.line, "a map member for Map Entries");
        type.constraints.size = bounds(f, "number", src, fail);
        break;
      case "Key Length Constraints":
      case "Value Length Constraints":
      case "Key Pattern":
      case "Value Pattern": {
        const side = f.label.startsWith("Key") ? "key" : "value";
        const node = type.kind === "map" ? type[side] : undefined;
        if (node?.kind !== "string") fail(f.line, `a map with string ${side}s for "${f.label}"`);
        const n = node as TypeRef;
        if (f.label.endsWith("Pattern")) {
          n.constraints.pattern = pattern(f, src, fail, (r) =>
            repairs.push({ ...r, path: `${block.name}.${side}.pattern` }),
          );
        } else {
          n.constraints.length = bounds(f, "length", src, fail);
        }
        break;
      }
    }
  }

  const requiredLine = byLabel.get("Required");
  let required: Fact<boolean> | undefined;
  if (requiredLine) {
    const value = parseRequired(requiredLine.value);
    if (value === undefined) fail(requiredLine.line, '"Required: Yes" or "Required: No"');
    required = { value: value === true, source: source(doc, requiredLine.line) };
  } else if (!options.requiredUnstated) {
    throw new ExtractionError(doc, block.nameLine.n, `a "Required:" line for member "${block.name}"`);
  }

  const member: Member = {
    name: block.name,
    type,
    ...(required ? { required } : {}),
    source: source(doc, block.nameLine),
  };
  const documentation = paragraphs(block.documentation);
  if (documentation !== undefined) {
    member.documentation = { value: documentation, source: source(doc, block.documentation[0]!) };
  }
  return { member, repairs };
}

/** Documentation paragraphs as one string, dead links reduced to their text. */
export function paragraphs(lines: Line[]): string | undefined {
  if (lines.length === 0) return undefined;
  return lines.map((l) => unlink(l.text.trim())).join("\n\n");
}

function memberType(
  block: MemberBlock,
  byLabel: Map<FactLabel, FactLine>,
  options: BlockOptions,
  fail: (line: Line, expected: string) => never,
): TypeRef {
  const typeLine = byLabel.get("Type");
  if (typeLine) {
    const type = parseTypeLine(typeLine.value, source(options.document, typeLine.line));
    return (
      type ??
      fail(
        typeLine.line,
        "a known type (String, Boolean, Integer, Long, Timestamp, [X](#) object, Array of ..., String to ... map)",
      )
    );
  }
  if (!options.typeFromConstraints) {
    throw new ExtractionError(options.document, block.nameLine.n, `a "Type:" line for member "${block.name}"`);
  }
  const stringFact = byLabel.get("Length Constraints") ?? byLabel.get("Pattern") ?? byLabel.get("Valid Values");
  const listFact = byLabel.get("Array Members");
  if (listFact) {
    if (!stringFact) fail(listFact.line, "string constraints telling the item kind of this untyped list");
    const src = source(options.document, listFact.line);
    const items: TypeRef = {
      kind: "string",
      constraints: {},
      source: source(options.document, (stringFact as FactLine).line),
    };
    return { kind: "list", items, constraints: {}, source: src };
  }
  if (stringFact) {
    return { kind: "string", constraints: {}, source: source(options.document, stringFact.line) };
  }
  throw new ExtractionError(
    options.document,
    block.nameLine.n,
    `a "Type:" line or constraints implying the type of member "${block.name}"`,
  );
}

function bounds(
  f: FactLine,
  noun: "length" | "number" | "value",
  src: Source,
  fail: (line: Line, expected: string) => never,
): Fact<Bounds> {
  const b = parseBounds(f.value, noun);
  if (!b) fail(f.line, `sentences "Minimum/Maximum/Fixed ${noun} of N."`);
  return { value: b as Bounds, source: src };
}

function pattern(
  f: FactLine,
  src: Source,
  fail: (line: Line, expected: string) => never,
  onRepair: (r: Omit<PatternRepairRecord, "path">) => void,
): Fact<string> {
  const r = repairPattern(f.value);
  const error = patternError(r.pattern);
  if (error !== undefined) fail(f.line, `a pattern that compiles with the u flag (${error}; repaired to ${r.pattern})`);
  if (r.repairs.length > 0) {
    onRepair({
      rendered: { value: r.rendered, source: src },
      repaired: { value: r.pattern, source: src },
      repairs: r.repairs,
    });
  }
  return { value: r.pattern, source: src };
}
