// One operation of a changelog page, from "See also: AWS API Documentation" on:
//
//   Request Syntax
//   client.get_participant( stageArn='string', ... )     one line (2025) or one per argument (2026)
//   string / [REQUIRED] / description                     per argument, in the order of the call
//   dict                                                  the return type
//   Response Syntax
//   { 'participant': { ... } }                            one line (2025) or many (2026)
//   Response Structure
//   (dict) -- / participant (dict) -- / ...               flattened to column 0
//
// The operation's name is the call's method name; the page lists no operations to check it against.

import type { Fact, Operation } from "../../model/api-model.ts";
import { Cursor } from "../boto3-common/cursor.ts";
import { type ListingOptions, readMembers, readResponseStructure } from "../boto3-common/listing.ts";
import { operationName } from "../boto3-common/operation-name.ts";
import { parseCall, parseLiteral } from "../boto3-common/python-literal.ts";
import { toSyntaxMembers, toSyntaxNode } from "../boto3-common/syntax-tree.ts";
import { isBoto3Type } from "../boto3-common/type-names.ts";
import { ExtractionError, findLine, type Line, nextNonBlank, source } from "../text/lines.ts";
import { startsChangeSummary } from "./change-summary.ts";

const LISTING: ListingOptions = { flatTopLevel: true, isBoundary: startsChangeSummary };

interface OperationSection {
  operation: Operation;
  /** 0-based index of the first line after the response structure: the next operation's preamble. */
  next: number;
}

/**
 * Reads the operation whose "See also" line is at `seeAlso` (0-based). Its response structure may
 * run up to `end`: the last line of a structure and the next operation's description are not told
 * apart by the page, so the caller bounds it.
 */
export function readOperation(
  document: string,
  lines: readonly Line[],
  seeAlso: number,
  documentation: Fact<string> | undefined,
  end: number,
): OperationSection {
  const fail: (index: number, expected: string) => never = (index, expected) => {
    const line = lines[Math.min(index, lines.length - 1)]!;
    throw new ExtractionError(document, line.n, expected, line.text);
  };

  const requestSyntax = nextNonBlank(lines, seeAlso + 1, end);
  if (requestSyntax < 0 || lines[requestSyntax]!.text.trim() !== "Request Syntax")
    fail(seeAlso + 1, `"Request Syntax" after "See also"`);
  const callAt = nextNonBlank(lines, requestSyntax + 1, end);
  if (callAt < 0) fail(requestSyntax, 'the request syntax client.<method>( after "Request Syntax"');
  const { call, endIndex: callEnd } = parseCall(document, lines, callAt);
  if (call.receiver !== "client") fail(callAt, "a call client.<method>(");
  const name = operationName(call.method)!;

  const responseSyntax = findLine(lines, callEnd + 1, end, "Response Syntax");
  if (responseSyntax < 0) fail(callEnd + 1, `"Response Syntax" for ${name}`);
  // The line before "Response Syntax" is the return type (`dict`), not a parameter.
  let returnType = responseSyntax - 1;
  while (returnType > callEnd && lines[returnType]!.text.trim() === "") returnType--;
  if (returnType <= callEnd || !isBoto3Type(lines[returnType]!.text.trim()))
    fail(returnType, `the return type of ${name} before "Response Syntax"`);

  const parameters = new Cursor(document, lines, callEnd + 1, returnType);
  const input = readMembers(parameters, toSyntaxMembers(document, call.arguments), LISTING);
  if (!parameters.atEnd()) parameters.fail(`the end of ${name}'s parameters (the return type)`);

  const literalAt = nextNonBlank(lines, responseSyntax + 1, end);
  const col = literalAt >= 0 ? lines[literalAt]!.text.indexOf("{") : -1;
  if (col < 0) fail(responseSyntax + 1, `${name}'s response syntax, a dict`);
  const literal = parseLiteral(document, lines, { index: literalAt, col });
  const structureAt = nextNonBlank(lines, literal.end.index + 1, end);
  if (structureAt < 0 || lines[structureAt]!.text.trim() !== "Response Structure")
    fail(literal.end.index + 1, `"Response Structure" for ${name}`);
  const structure = new Cursor(document, lines, structureAt + 1, end);
  const output = readResponseStructure(structure, toSyntaxNode(document, literal.value), LISTING);

  return {
    operation: {
      name,
      ...(documentation ? { documentation } : {}),
      input,
      output,
      // The pages give no error lists: `errors` stays absent (not stated), never `[]` (none).
      source: source(document, lines[callAt]!),
    },
    next: structure.index,
  };
}
