import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import { acceptsValidInput } from "./accepts-valid-input.ts";
import { contentType } from "./content-type.ts";
import type { ExchangeContext, PageWalk } from "./context.ts";
import { errorBodyShape } from "./error-body-shape.ts";
import { errorTypeDocumented } from "./error-type-documented.ts";
import { notAServerError } from "./not-a-server-error.ts";
import { pageSizeRespected, paginationComplete, paginationNoDuplicates } from "./pagination.ts";
import { rejectsInvalidInput } from "./rejects-invalid-input.ts";
import { statusDocumented } from "./status-documented.ts";

const op: OperationSpec = {
  service: "ivs",
  name: "GetThing",
  method: "POST",
  path: "/GetThing",
  successStatus: 200,
  source: { doc: "test" },
  successHeaders: [],
  input: [],
  errors: [
    { name: "ValidationException", status: 400 },
    { name: "ResourceNotFoundException", status: 404 },
  ],
};

const exchange = (
  status: number,
  type?: string,
  body = '{"exceptionMessage":"m"}',
  contentTypeHeader = "application/json",
): Exchange => ({
  operation: op.name,
  request: { method: "POST", url: "http://t/GetThing", headers: {}, body: "{}" },
  response: {
    status,
    headers: { "content-type": contentTypeHeader, ...(type ? { "x-amzn-errortype": type } : {}) },
    body,
  },
  via: "raw",
  ms: 1,
});
const ctx = (e: Exchange): ExchangeContext => ({ op, exchange: e });

type Check = (c: ExchangeContext) => void;
const table: [string, { check: Check; given: Exchange; fails: boolean }][] = [
  [
    "status_documented: a documented error status",
    { check: statusDocumented, given: exchange(404, "ResourceNotFoundException"), fails: false },
  ],
  ["status_documented: 418", { check: statusDocumented, given: exchange(418, "Teapot"), fails: true }],
  [
    "not_a_server_error: 503",
    { check: notAServerError, given: exchange(503, "ServiceUnavailableException"), fails: true },
  ],
  [
    "error_type_documented: undocumented name",
    { check: errorTypeDocumented, given: exchange(400, "InvalidParameterException"), fails: true },
  ],
  [
    "error_type_documented: documented name, other status",
    { check: errorTypeDocumented, given: exchange(400, "ResourceNotFoundException"), fails: true },
  ],
  ["error_type_documented: no name at all", { check: errorTypeDocumented, given: exchange(400), fails: true }],
  [
    "error_body_shape: HTML body",
    { check: errorBodyShape, given: exchange(400, "ValidationException", "<html/>"), fails: true },
  ],
  [
    "content_type: text/plain",
    { check: contentType, given: exchange(200, undefined, "{}", "text/plain"), fails: true },
  ],
  [
    "content_type: with a charset",
    { check: contentType, given: exchange(200, undefined, "{}", "application/json; charset=utf-8"), fails: false },
  ],
  [
    "accepts_valid_input: ValidationException",
    { check: acceptsValidInput, given: exchange(400, "ValidationException"), fails: true },
  ],
  [
    "accepts_valid_input: not found is fine",
    { check: acceptsValidInput, given: exchange(404, "ResourceNotFoundException"), fails: false },
  ],
  [
    "rejects_invalid_input: accepted",
    { check: rejectsInvalidInput, given: exchange(200, undefined, "{}"), fails: true },
  ],
  [
    "rejects_invalid_input: 400 ValidationException",
    { check: rejectsInvalidInput, given: exchange(400, "ValidationException"), fails: false },
  ],
];

describe("exchange checks", () => {
  it.each(table)("%s", (_, { check, given, fails }) => {
    if (fails) expect(() => check(ctx(given))).toThrow(/Reproduce with:/);
    else expect(() => check(ctx(given))).not.toThrow();
  });
});

describe("pagination checks", () => {
  const page = (ids: string[], nextToken?: string) => ({
    exchange: exchange(200, undefined, "{}"),
    ids,
    ...(nextToken ? { nextToken } : {}),
  });
  const walk = (pages: ReturnType<typeof page>[], expected: string[], maxResults = 2): PageWalk => ({
    op,
    maxResults,
    pages,
    expected,
    endless: false,
  });
  it("finds a missing item, a repeated item and an oversized page", () => {
    expect(() => paginationComplete(walk([page(["a", "b"])], ["a", "b", "c"]))).toThrow(/1 of 3 items/);
    expect(() => paginationNoDuplicates(walk([page(["a", "b"], "t"), page(["b", "c"])], ["a"]))).toThrow(
      /Item b came back twice, on pages 1 and 2/,
    );
    expect(() => pageSizeRespected(walk([page(["a", "b", "c"])], [], 2))).toThrow(
      /holds 3 items, more than maxResults 2/,
    );
    expect(() => paginationComplete({ ...walk([page(["a"], "t")], ["a"]), endless: true })).toThrow(/never ended/);
  });
  it("passes a clean walk", () => {
    const w = walk([page(["a", "b"], "t"), page(["c"])], ["a", "b", "c"]);
    expect(() => [paginationComplete(w), paginationNoDuplicates(w), pageSizeRespected(w)]).not.toThrow();
  });
});
