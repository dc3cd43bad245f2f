// The boto3 client reference (ivs-boto3-client-reference.txt) as the API model: per operation its
// documentation, request and response members (types, [REQUIRED], enums of the syntax, nested
// members inline), exceptions by name, and the paginators. The document states no HTTP bindings,
// statuses or constraints beyond enums, so the model has none.
//
// Layout: an Introduction (with the endpoint lists that name every operation), "These are the
// available methods:", one section per method in alphabetical order, then "Paginators".

import type { Extraction, Operation } from "../../model/api-model.ts";
import { emptyModel } from "../../model/api-model.ts";
import { operationName } from "../boto3-common/operation-name.ts";
import { ExtractionError, findLine, type Line, toLines } from "../text/lines.ts";
import { readIntroduction } from "./introduction.ts";
import { type MethodBlock, readMethod } from "./method.ts";
import { readPaginators } from "./paginators.ts";

const METHODS = "These are the available methods:";
const PAGINATORS = "Paginators";
const CLIENT = /^client = boto3\.client\('([a-z0-9-]+)'\)$/;
const METHOD_HEADER = /^([a-z][a-z0-9_]*)\((.*)\)$/;
/** The client's own helpers: methods of boto3, not operations of the service. */
const UTILITY_METHODS = new Set(["can_paginate", "close", "get_paginator", "get_waiter"]);

export function extractBoto3Reference(text: string, document: string): Extraction {
  const lines = toLines(text);
  const methods = findLine(lines, 0, lines.length, METHODS);
  if (methods < 0) throw new ExtractionError(document, 1, `the line "${METHODS}"`);
  const paginators = findLine(lines, methods, lines.length, PAGINATORS);
  const methodsEnd = paginators >= 0 ? paginators : lines.length;

  const client = findLine(lines, 0, methods, (t) => CLIENT.test(t));
  const service = client >= 0 ? CLIENT.exec(lines[client]!.text.trim())![1] : undefined;
  if (service !== "ivs")
    throw new ExtractionError(document, lines[client]?.n ?? 1, `client = boto3.client('ivs')`, lines[client]?.text);

  const introduction = readIntroduction(document, lines, methods);
  const model = emptyModel("ivs");
  for (const block of methodBlocks(document, lines, methods + 1, methodsEnd, introduction.operations)) {
    const operation: Operation = readMethod(document, lines, block);
    model.operations[operation.name] = operation;
  }

  if (paginators >= 0) {
    for (const { operation, pagination } of readPaginators(
      document,
      lines,
      paginators + 1,
      lines.length,
      model.operations,
    )) {
      model.operations[operation]!.pagination = pagination;
    }
  }
  return { document, models: [model] };
}

/** The sections of the service's methods in [from, to), each named by its operation. */
function methodBlocks(
  document: string,
  lines: readonly Line[],
  from: number,
  to: number,
  known: ReadonlySet<string>,
): MethodBlock[] {
  const headers: { index: number; method: string; kwargs: boolean }[] = [];
  for (let i = from; i < to; i++) {
    const m = METHOD_HEADER.exec(lines[i]!.text);
    if (m) headers.push({ index: i, method: m[1]!, kwargs: m[2] === "**kwargs" });
  }
  const blocks: MethodBlock[] = [];
  headers.forEach((header, k) => {
    const line = lines[header.index]!;
    if (UTILITY_METHODS.has(header.method)) return;
    if (!header.kwargs)
      throw new ExtractionError(
        document,
        line.n,
        "an operation method `name(**kwargs)` or a client utility method",
        line.text,
      );
    const operation = operationName(header.method, known);
    if (!operation) {
      throw new ExtractionError(
        document,
        line.n,
        `a method whose operation the Introduction's endpoint lists name (${[...known].join(", ")})`,
        line.text,
      );
    }
    blocks.push({ method: header.method, operation, start: header.index, end: headers[k + 1]?.index ?? to });
  });
  return blocks;
}
