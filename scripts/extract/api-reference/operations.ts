// One action section as an Operation: HTTP binding, input and output members, errors.
//
// The request/response syntax sketches are cross-checked against the member blocks: a key in a
// sketch without a block (or a block without a key) means a block was lost or misread, and the
// extraction stops there rather than emit an operation with a member silently missing.

import type { Fact, HttpBinding, Member, Operation } from "../../model/api-model.ts";
import { ExtractionError, type Line, source } from "../text/lines.ts";
import { parseErrorList } from "./errors.ts";
import {
  bindUri,
  parseRequestLine,
  parseStatusLine,
  reassembleSyntax,
  type SyntaxBlock,
  topLevelKeys,
} from "./http-binding.ts";
import { type PatternRepairRecord, paragraphs, parseMemberBlocks } from "./member-blocks.ts";
import type { ActionSection } from "./sections.ts";

/** Sentences that introduce a member section rather than belong to a member. */
const BOILERPLATE = [
  /^The request does not use any URI parameters\.$/,
  /^The request uses the following URI parameters\.$/,
  /^The request accepts the following data in JSON format\.$/,
  /^The request does not have a request body\.$/,
  /^The following data is returned in JSON format by the service\.$/,
  /^If the action is successful, the service sends back an HTTP \d{3} response( with an empty HTTP body)?\.$/,
];
const isBoilerplate = (line: Line): boolean => BOILERPLATE.some((re) => re.test(line.text.trim()));

interface BuiltOperation {
  operation: Operation;
  /** Pattern repairs, with paths relative to the operation (`input.name.pattern`). */
  repairs: PatternRepairRecord[];
  /** Request-line path segments whose braces were restored. */
  restoredLabels: { rendered: Fact<string>; restored: Fact<string> } | undefined;
}

export function buildOperation(action: ActionSection, document: string): BuiltOperation {
  const { parts } = action;
  const request = reassembleSyntax(parts["Request Syntax"].lines, document, parts["Request Syntax"].heading);
  const response = reassembleSyntax(parts["Response Syntax"].lines, document, parts["Response Syntax"].heading);
  const requestLine = parseRequestLine(request.httpLine, document);
  const status = parseStatusLine(response.httpLine, document);
  checkStatusSentence(parts["Response Elements"].lines, status, response.httpLine, document);

  const uri = parseMemberBlocks(
    parts["URI Request Parameters"].lines,
    { document, typeFromConstraints: true },
    isBoilerplate,
  );
  const binding = bindUri(
    requestLine,
    uri.members.map((m) => m.name),
    request.httpLine,
    document,
  );
  for (const m of uri.members) {
    const location = binding.locations.get(m.name)!;
    m.location = { value: location, source: source(document, request.httpLine) };
  }
  const body = parseMemberBlocks(parts["Request Body"].lines, { document }, isBoilerplate);
  const output = parseMemberBlocks(
    parts["Response Elements"].lines,
    { document, requiredUnstated: true },
    isBoilerplate,
  );
  checkSketch(request, body.members, "Request Body", document);
  checkSketch(response, output.members, "Response Elements", document);

  const http: Fact<HttpBinding> = {
    value: { method: requestLine.method, path: binding.path, status },
    source: source(document, request.httpLine),
  };
  // Every "Errors" part points to Common Errors; one with no entries of its own (BatchGetChannel)
  // gives no list for the action. It does not say the action raises none, so `errors` stays absent.
  const errors = parseErrorList(parts.Errors.lines, document).map((e) => e.ref);
  const operation: Operation = {
    name: action.name,
    http,
    input: [...uri.members, ...body.members],
    output: output.members,
    ...(errors.length > 0 ? { errors } : {}),
    source: source(document, action.heading),
  };
  const documentation = paragraphs(action.intro.filter((l) => l.text.trim() !== ""));
  if (documentation !== undefined) {
    const first = action.intro.find((l) => l.text.trim() !== "")!;
    operation.documentation = { value: documentation, source: source(document, first) };
  }

  const repairs = [
    ...[...uri.repairs, ...body.repairs].map((r) => ({ ...r, path: `input.${r.path}` })),
    ...output.repairs.map((r) => ({ ...r, path: `output.${r.path}` })),
  ];
  const restoredLabels =
    binding.restoredLabels.length === 0
      ? undefined
      : {
          rendered: { value: requestLine.path, source: http.source },
          restored: { value: binding.path, source: http.source },
        };
  return { operation, repairs, restoredLabels };
}

/** "sends back an HTTP 204 response" must agree with the status line of the Response Syntax. */
function checkStatusSentence(lines: Line[], status: number, statusLine: Line, document: string): void {
  for (const line of lines) {
    const m = /^If the action is successful, the service sends back an HTTP (\d{3}) response/.exec(line.text.trim());
    if (m && Number(m[1]) !== status) {
      throw new ExtractionError(
        document,
        line.n,
        `the status of the Response Syntax (line ${statusLine.n}: ${status})`,
        line.text,
      );
    }
  }
}

/** Every top-level key of a syntax sketch has a member block, and every block a key. */
function checkSketch(block: SyntaxBlock, members: Member[], section: string, document: string): void {
  const keys = topLevelKeys(block.json, document);
  const names = new Set(members.map((m) => m.name));
  for (const key of keys) {
    if (!names.has(key.name)) {
      throw new ExtractionError(document, key.line.n, `a member block for "${key.name}" under "${section}"`);
    }
  }
  const keyNames = new Set(keys.map((k) => k.name));
  for (const m of members) {
    if (!keyNames.has(m.name)) {
      throw new ExtractionError(
        document,
        m.source.line ?? 0,
        `"${m.name}" in the syntax block at line ${block.httpLine.n}`,
      );
    }
  }
}
