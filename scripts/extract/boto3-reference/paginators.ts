// The "Paginators" section: `class IVS.Paginator.ListChannels`, then the paginator's own request
// and response syntax. A paginator takes the operation's arguments except the ones it drives
// itself (replaced by `PaginationConfig`), and returns the operation's response except the token
// (replaced by its own `NextToken`). Comparing the two syntaxes with the operation's therefore
// names the members the document leaves implicit: the string argument it drops is the input
// token, the integer one the page size, the string member it drops from the response the output
// token, and the one list it returns holds the items.

import type { Fact, Member, Operation, Pagination } from "../../model/api-model.ts";
import { operationName } from "../boto3-common/operation-name.ts";
import { parseCall, parseLiteral } from "../boto3-common/python-literal.ts";
import { type SyntaxNode, toSyntaxNode } from "../boto3-common/syntax-tree.ts";
import { ExtractionError, findLine, type Line, nextNonBlank, source } from "../text/lines.ts";

const CLASS = /^class [A-Za-z0-9]+\.Paginator\.([A-Za-z0-9]+)$/;
const GET_PAGINATOR = /^paginator = client\.get_paginator\('([a-z0-9_]+)'\)$/;
const PAGINATION_CONFIG = "PaginationConfig";
const PAGINATOR_TOKEN = "NextToken";

interface PaginatorFact {
  operation: string;
  pagination: Fact<Pagination>;
}

/** Reads the paginators in lines [from, to) and derives each one's pagination from its operation. */
export function readPaginators(
  document: string,
  lines: readonly Line[],
  from: number,
  to: number,
  operations: Readonly<Record<string, Operation>>,
): PaginatorFact[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (CLASS.test(lines[i]!.text)) starts.push(i);
  return starts.map((start, k) => readPaginator(document, lines, start, starts[k + 1] ?? to, operations));
}

function readPaginator(
  document: string,
  lines: readonly Line[],
  start: number,
  end: number,
  operations: Readonly<Record<string, Operation>>,
): PaginatorFact {
  const header = lines[start]!;
  const fail: (line: Line, expected: string) => never = (line, expected) => {
    throw new ExtractionError(document, line.n, `${expected} (paginator at line ${header.n})`, line.text);
  };
  const name = CLASS.exec(header.text)![1]!;
  const operation = operations[name];
  if (!operation) fail(header, `a paginator for an operation the document documents`);

  const getAt = nextNonBlank(lines, start + 1, end);
  const get = getAt >= 0 ? GET_PAGINATOR.exec(lines[getAt]!.text.trim()) : null;
  if (!get || operationName(get[1]!, [name]) !== name)
    fail(lines[getAt] ?? header, `paginator = client.get_paginator('<method of ${name}>')`);

  const requestSyntax = findLine(lines, start, end, "Request Syntax");
  if (requestSyntax < 0) fail(header, `"Request Syntax"`);
  const callAt = nextNonBlank(lines, requestSyntax + 1, end);
  if (callAt < 0) fail(lines[requestSyntax]!, 'paginator.paginate( after "Request Syntax"');
  const { call, endIndex } = parseCall(document, lines, callAt);
  if (call.receiver !== "paginator" || call.method !== "paginate") fail(lines[callAt]!, "paginator.paginate(");
  const kept = new Set(call.arguments.map((a) => a.name));
  if (!kept.has(PAGINATION_CONFIG)) fail(lines[endIndex]!, `a ${PAGINATION_CONFIG} argument`);

  const responseSyntax = findLine(lines, endIndex + 1, end, "Response Syntax");
  if (responseSyntax < 0) fail(header, `"Response Syntax"`);
  const literalAt = nextNonBlank(lines, responseSyntax + 1, end);
  const col = literalAt >= 0 ? lines[literalAt]!.text.indexOf("{") : -1;
  if (col < 0) fail(lines[responseSyntax]!, "the response syntax, a dict");
  const response = toSyntaxNode(document, parseLiteral(document, lines, { index: literalAt, col }).value);
  if (response.kind !== "structure") return fail(lines[literalAt]!, "a response syntax that is a dict of members");

  const dropped = operation.input.filter((m) => !kept.has(m.name));
  const inputToken = onlyString(dropped);
  const pageSize = dropped.filter((m) => m.type.kind === "integer");
  const unexplained = dropped.filter((m) => m !== inputToken && !pageSize.includes(m));
  if (pageSize.length > 1 || unexplained.length > 0 || !inputToken) {
    fail(
      lines[requestSyntax]!,
      `the paginator to drop only a string token and at most one integer page size of ${name}'s arguments ` +
        `(it drops ${dropped.map((m) => m.name).join(", ") || "none"})`,
    );
  }

  const returned = new Set(response.members.map((m) => m.name));
  if (!returned.has(PAGINATOR_TOKEN)) fail(lines[literalAt]!, `the paginator's ${PAGINATOR_TOKEN} in its response`);
  const replaced = operation.output.filter((m) => !returned.has(m.name));
  const outputToken = replaced.length === 1 ? onlyString(replaced) : undefined;
  if (!outputToken)
    fail(
      lines[literalAt]!,
      `the paginator to replace exactly one string member of ${name}'s response by ${PAGINATOR_TOKEN}`,
    );

  const lists = response.members.filter((m) => isList(m.node));
  const items =
    lists.length === 1 ? operation.output.find((m) => m.name === lists[0]!.name && m.type.kind === "list") : undefined;
  if (!items)
    fail(
      lines[literalAt]!,
      `exactly one list in the paginator's response that is a list of ${name}'s response ` +
        `(found ${lists.map((l) => l.name).join(", ") || "none"})`,
    );

  return {
    operation: name,
    pagination: {
      value: {
        inputToken: inputToken!.name,
        outputToken: outputToken!.name,
        ...(pageSize[0] ? { pageSize: pageSize[0].name } : {}),
        items: items!.name,
      },
      source: source(document, header),
    },
  };
}

function onlyString(members: readonly Member[]): Member | undefined {
  const matching = members.filter((m) => m.type.kind === "string");
  return matching.length === 1 ? matching[0] : undefined;
}

function isList(node: SyntaxNode): boolean {
  return node.kind === "list";
}
