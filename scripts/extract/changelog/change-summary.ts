// The change summary a changelog page prints before an updated operation: what the release added,
// as a Python dict whose leaves are boto3 type names or added enum values.
//
//   {'autoParticipantRecordingConfiguration': {'recordParticipantReplicas': 'boolean'}}Response
//   {'stage': {'autoParticipantRecordingConfiguration': {'recordParticipantReplicas': 'boolean'}}}
//
//   {'participant': {'replicationState': 'ACTIVE | STOPPED', ...}}
//
// When both the request and the response changed, the page prints the request's dict, the word
// "Response", then the response's dict (the 2025 page glues the word to the first dict, the 2026
// page to the second). A lone dict carries no marker: the page's "Changes (request)"/"(response)"
// headings were lost in the text, so its side is the one whose members it names.
//
// The model has no place for a change summary (a Reconciliation records two renderings of one fact
// and which was kept; a summary is an account of a release), so the extractor returns the summaries
// beside the model. What the summary says is also checked against the operation as extracted: a
// summary naming a member the operation lacks is an error; a type or enum that disagrees with the
// syntax is recorded as a Reconciliation, keeping the syntax's.

import type { Fact, Kind, Member, Operation, Reconciliation, Source, TypeRef } from "../../model/api-model.ts";
import { type Literal, type Position, parseLiteral } from "../boto3-common/python-literal.ts";
import { enumValues } from "../boto3-common/syntax-tree.ts";
import { isBoto3Scalar, scalarKind } from "../boto3-common/type-names.ts";
import { ExtractionError, type Line, nextNonBlank, source } from "../text/lines.ts";

export interface ChangedMember {
  /** Dotted path from the operation's request or response, through lists: `participant.replicationState`. */
  path: string;
  /** The boto3 type name the summary gives (`boolean`), when it gives one. */
  type?: string;
  /** The enum values the summary gives (`'ACTIVE | STOPPED'`, or a list of added values). */
  enum?: string[];
  source: Source;
}

export interface ChangeSummary {
  operation: string;
  /** The summary as printed, its lines joined, sourced at its first line. */
  text: Fact<string>;
  request: ChangedMember[];
  response: ChangedMember[];
  /** How the side was known: the page's "Response" marker, or the members the lone dict names. */
  sideFrom: "marker" | "members";
}

/** A summary as read, before it is matched with its operation. */
export interface RawChangeSummary {
  text: Fact<string>;
  /** With a "Response" marker: the request's and the response's dicts. Without: `lone`. */
  request?: ChangedMember[];
  response?: ChangedMember[];
  lone?: ChangedMember[];
}

const RESPONSE_MARKER = "Response";

/** Whether a line starts a change summary (it never starts a description or an entry). */
export function startsChangeSummary(text: string): boolean {
  return text.startsWith("{'") || text.startsWith(`${RESPONSE_MARKER} {`);
}

/**
 * Reads the summary that starts at line `from` (0-based) and returns the index of the first line
 * after it. Lines [from, to) are all it may read.
 */
export function readChangeSummary(
  document: string,
  lines: readonly Line[],
  from: number,
  to: number,
): { summary: RawChangeSummary; next: number } {
  const first = lines[from]!;
  const dict = (at: Position): { members: ChangedMember[]; end: Position } => {
    const { value, end } = parseLiteral(document, lines, at);
    if (end.index >= to)
      throw new ExtractionError(
        document,
        lines[at.index]!.n,
        "a change summary that closes before the operation's description",
      );
    return { members: changedMembers(document, value, ""), end };
  };
  const restOf = (end: Position) => lines[end.index]!.text.slice(end.col).trim();

  if (first.text.startsWith(`${RESPONSE_MARKER} {`)) {
    throw new ExtractionError(document, first.n, 'the request\'s change dict before the "Response" marker', first.text);
  }
  const head = dict({ index: from, col: 0 });
  let last = head.end;
  let response: ChangedMember[] | undefined;
  const glued = restOf(head.end);
  if (glued === RESPONSE_MARKER) {
    // 2025: `{...}Response`, the response's dict on the next line.
    const at = nextNonBlank(lines, head.end.index + 1, to);
    if (at < 0 || !lines[at]!.text.startsWith("{"))
      throw new ExtractionError(document, lines[head.end.index]!.n, 'the response\'s change dict after "Response"');
    const tail = dict({ index: at, col: 0 });
    response = tail.members;
    last = tail.end;
  } else if (glued !== "") {
    throw new ExtractionError(
      document,
      lines[head.end.index]!.n,
      `nothing or "${RESPONSE_MARKER}" after the change dict`,
      glued,
    );
  } else {
    // 2026: the next line starts `Response {...`.
    const at = nextNonBlank(lines, head.end.index + 1, to);
    if (at >= 0 && lines[at]!.text.startsWith(`${RESPONSE_MARKER} {`)) {
      const tail = dict({ index: at, col: lines[at]!.text.indexOf("{") });
      response = tail.members;
      last = tail.end;
    }
  }
  if (restOf(last) !== "")
    throw new ExtractionError(
      document,
      lines[last.index]!.n,
      "the end of the line after the change dict",
      restOf(last),
    );

  const text: Fact<string> = {
    value: lines
      .slice(from, last.index + 1)
      .map((l) => l.text.trim())
      .filter(Boolean)
      .join("\n"),
    source: source(document, first),
  };
  const summary: RawChangeSummary = response ? { text, request: head.members, response } : { text, lone: head.members };
  return { summary, next: last.index + 1 };
}

function changedMembers(document: string, literal: Literal, prefix: string): ChangedMember[] {
  if (literal.type !== "dict")
    throw new ExtractionError(document, literal.line, "a dict of changed members", literal.type);
  return literal.entries.flatMap((entry) => {
    const path = prefix ? `${prefix}.${entry.key}` : entry.key;
    const at = source(document, entry.line);
    const value = entry.value;
    if (value.type === "dict") return changedMembers(document, value, path);
    if (value.type === "str") {
      const [only] = value.values;
      if (value.values.length === 1 && isBoto3Scalar(only!)) return [{ path, type: only!, source: at }];
      return [{ path, enum: enumValues(value.values) ?? [], source: at }];
    }
    if (value.type === "list") {
      // A list of dicts is a list member whose items changed; a list of strings, values added to an enum.
      if (value.items.every((i) => i.type === "dict"))
        return value.items.flatMap((i) => changedMembers(document, i, path));
      if (value.items.every((i) => i.type === "str"))
        return [{ path, enum: value.items.flatMap((i) => (i.type === "str" ? i.values : [])), source: at }];
    }
    throw new ExtractionError(
      document,
      entry.line,
      `a boto3 type name, enum values, a dict or a list for the changed member ${path}`,
      value.type,
    );
  });
}

/** The member a dotted path names, descending through structures, lists and map values. */
function resolve(members: readonly Member[], path: string): Member | undefined {
  let current: readonly Member[] | undefined = members;
  let found: Member | undefined;
  for (const name of path.split(".")) {
    found = current?.find((m) => m.name === name);
    if (!found) return undefined;
    let type: TypeRef = found.type;
    while (type.items || type.value) type = (type.items ?? type.value)!;
    current = type.members;
  }
  return found;
}

function leafKind(member: Member): Kind {
  let type: TypeRef = member.type;
  while (type.items) type = type.items;
  return type.kind;
}

function leafEnum(member: Member): Fact<string[]> | undefined {
  let type: TypeRef = member.type;
  while (type.items) type = type.items;
  return type.constraints.enum;
}

/**
 * Matches a summary with its operation: decides a lone dict's side, checks every path, and
 * returns the disagreements with the syntax as Reconciliations.
 */
export function attachChangeSummary(
  document: string,
  raw: RawChangeSummary,
  operation: Operation,
): { summary: ChangeSummary; reconciliations: Reconciliation[] } {
  let request = raw.request ?? [];
  let response = raw.response ?? [];
  let sideFrom: ChangeSummary["sideFrom"] = "marker";
  if (raw.lone) {
    sideFrom = "members";
    const tops = [...new Set(raw.lone.map((c) => c.path.split(".")[0]!))];
    const inInput = tops.every((t) => operation.input.some((m) => m.name === t));
    const inOutput = tops.every((t) => operation.output.some((m) => m.name === t));
    if (inInput === inOutput) {
      throw new ExtractionError(
        document,
        raw.text.source.line ?? 0,
        `a change summary whose members (${tops.join(", ")}) are those of ${operation.name}'s request ` +
          `or of its response, not ${inInput ? "both" : "neither"}`,
      );
    }
    if (inInput) request = raw.lone;
    else response = raw.lone;
  }

  const reconciliations: Reconciliation[] = [];
  const check = (side: "input" | "output", changes: readonly ChangedMember[]) => {
    for (const change of changes) {
      const member = resolve(operation[side], change.path);
      if (!member) {
        throw new ExtractionError(
          document,
          change.source.line ?? 0,
          `a changed member ${change.path} that ${operation.name}'s ${side === "input" ? "request" : "response"} has`,
        );
      }
      const fact = `operations.${operation.name}.${side}.${change.path}`;
      if (change.type && isBoto3Scalar(change.type) && scalarKind(change.type) !== leafKind(member)) {
        reconciliations.push({
          fact: `${fact}.kind`,
          kept: { value: leafKind(member), source: member.type.source },
          dropped: [{ value: scalarKind(change.type), source: change.source }],
          reason:
            "the change summary gives another type than the syntax and the member listing; " +
            "the syntax is the operation's full rendering",
        });
      }
      const known = leafEnum(member);
      if (change.enum && (!known || change.enum.some((v) => !known.value.includes(v)))) {
        reconciliations.push({
          fact: `${fact}.enum`,
          kept: known ? { value: known.value, source: known.source } : { value: null, source: member.type.source },
          dropped: [{ value: change.enum, source: change.source }],
          reason:
            "the change summary gives enum values the syntax does not; the syntax is the operation's full rendering",
        });
      }
    }
  };
  check("input", request);
  check("output", response);
  return { summary: { operation: operation.name, text: raw.text, request, response, sideFrom }, reconciliations };
}
