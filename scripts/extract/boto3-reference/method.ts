// One client method of the boto3 reference, from its header `create_channel(**kwargs)` to the next:
//
//   description ... "See also: AWS API Documentation"
//   Request Syntax    response = client.create_channel( ... )
//   Parameters        an entry per argument of the call
//   Return type / Returns    "None", or "Response Syntax" { ... } "Response Structure" entries
//   Exceptions        • IVS.Client.exceptions.X

import type { Member, Operation } from "../../model/api-model.ts";
import { Cursor } from "../boto3-common/cursor.ts";
import { readMembers, readResponseStructure } from "../boto3-common/listing.ts";
import { parseCall, parseLiteral } from "../boto3-common/python-literal.ts";
import { toSyntaxMembers, toSyntaxNode } from "../boto3-common/syntax-tree.ts";
import { ExtractionError, findLine, type Line, nextNonBlank, source } from "../text/lines.ts";
import { readExceptions } from "./exceptions.ts";

export interface MethodBlock {
  /** The snake_case method name of the header. */
  method: string;
  /** The operation name it stands for. */
  operation: string;
  /** 0-based index of the header line, and one past the block's last line. */
  start: number;
  end: number;
}

const SEE_ALSO = "See also: AWS API Documentation";

export function readMethod(document: string, lines: readonly Line[], block: MethodBlock): Operation {
  const { start, end } = block;
  const fail: (index: number, expected: string) => never = (index, expected) => {
    const line = lines[Math.min(index, lines.length - 1)]!;
    throw new ExtractionError(document, line.n, `${expected} in the section of ${block.method}`, line.text);
  };

  const seeAlso = findLine(lines, start + 1, end, SEE_ALSO);
  if (seeAlso < 0) fail(start, `"${SEE_ALSO}"`);
  const described = lines.slice(start + 1, seeAlso).filter((l) => l.text.trim() !== "");
  const documentation = described.length
    ? { value: described.map((l) => l.text.trim()).join("\n"), source: source(document, described[0]!) }
    : undefined;

  const requestSyntax = findLine(lines, seeAlso + 1, end, "Request Syntax");
  if (requestSyntax < 0) fail(seeAlso, `"Request Syntax"`);
  const callAt = nextNonBlank(lines, requestSyntax + 1, end);
  if (callAt < 0) fail(requestSyntax, "the request syntax");
  const { call, endIndex: callEnd } = parseCall(document, lines, callAt);
  if (call.receiver !== "client" || call.method !== block.method) fail(callAt, `the call client.${block.method}(`);
  const arguments_ = toSyntaxMembers(document, call.arguments);

  const returns = findLine(lines, callEnd + 1, end, "Returns");
  if (returns < 0) fail(callEnd, `"Returns"`);

  let input: Member[] = [];
  const parameters = findLine(lines, callEnd + 1, returns, "Parameters");
  if (parameters >= 0) {
    const returnType = findLine(lines, parameters + 1, returns, "Return type");
    const cursor = new Cursor(document, lines, parameters + 1, returnType >= 0 ? returnType : returns);
    input = readMembers(cursor, arguments_, { flatTopLevel: false });
    if (!cursor.atEnd()) cursor.fail(`the end of the parameters of ${block.method}`);
  } else if (arguments_.length > 0) {
    fail(callEnd + 1, `"Parameters" for the arguments of the request syntax`);
  }

  const exceptions = findLine(lines, returns + 1, end, "Exceptions");
  const outputEnd = exceptions >= 0 ? exceptions : end;
  const returned = nextNonBlank(lines, returns + 1, outputEnd);
  let output: Member[] = [];
  if (returned < 0) fail(returns, `"None" or "Response Syntax" after "Returns"`);
  if (lines[returned]!.text.trim() === "Response Syntax") {
    const literalAt = nextNonBlank(lines, returned + 1, outputEnd);
    if (literalAt < 0) fail(returned, "the response syntax");
    const col = lines[literalAt]!.text.indexOf("{");
    if (col < 0) fail(literalAt, "the response syntax, a dict");
    const { value, end: literalEnd } = parseLiteral(document, lines, { index: literalAt, col });
    const structure = findLine(lines, literalEnd.index + 1, outputEnd, "Response Structure");
    if (structure < 0) fail(literalEnd.index, `"Response Structure"`);
    const cursor = new Cursor(document, lines, structure + 1, outputEnd);
    output = readResponseStructure(cursor, toSyntaxNode(document, value), { flatTopLevel: false });
    if (!cursor.atEnd()) cursor.fail(`the end of the response structure of ${block.method}`);
  } else if (lines[returned]!.text.trim() !== "None") {
    fail(returned, `"None" or "Response Syntax" after "Returns"`);
  } else if (nextNonBlank(lines, returned + 1, outputEnd) >= 0) {
    fail(nextNonBlank(lines, returned + 1, outputEnd), `"Exceptions" or the next method after "None"`);
  }

  // A method without an "Exceptions" list (batch_get_channel) says nothing about its errors: the
  // page has no line stating that there are none, so `errors` stays absent rather than `[]`.
  const errors = exceptions >= 0 ? readExceptions(document, lines, exceptions + 1, end) : undefined;

  return {
    name: block.operation,
    ...(documentation ? { documentation } : {}),
    input,
    output,
    ...(errors ? { errors } : {}),
    source: source(document, lines[start]!),
  };
}
