import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { Exchange, ReceivedResponse } from "./clients/exchange.ts";
import { notImplementedReason } from "./implemented.ts";

const op: OperationSpec = {
  service: "ivs",
  name: "GetChannel",
  method: "POST",
  path: "/GetChannel",
  successStatus: 200,
  source: { doc: "test" },
  documented: true,
  successHeaders: [],
  errors: [{ name: "ResourceNotFoundException", status: 404 }],
  input: [],
};

const probe = (response?: ReceivedResponse): Exchange => ({
  operation: op.name,
  request: { method: "POST", url: "http://target/GetChannel", headers: {} },
  via: "raw",
  ms: 0,
  ...(response ? { response } : { transportError: { kind: "connection" as const, message: "ECONNRESET" } }),
});

const answer = (status: number, body: string, headers: Record<string, string> = {}): ReceivedResponse => ({
  status,
  headers,
  body,
});
const jsonError = (status: number, type: string) =>
  answer(status, '{"message":"x"}', { "content-type": "application/json", "x-amzn-errortype": type });

describe("notImplementedReason", () => {
  it.each([
    ["no answer", undefined],
    ["an HTML 404", answer(404, "<html><body>Not Found</body></html>", { "content-type": "text/html" })],
    ["an empty 405", answer(405, "")],
    ["a text 501", answer(501, "Not Implemented", { "content-type": "text/plain" })],
    ["404 UnknownOperationException", jsonError(404, "UnknownOperationException")],
    [
      "400 UnknownOperationException in the body",
      answer(400, '{"__type":"com.amazonaws.ivs#UnknownOperationException"}'),
    ],
    ["400 InvalidAction", jsonError(400, "InvalidAction")],
    ["LocalStack's 501 InternalFailure", jsonError(501, "InternalFailure")],
  ])("%s: not implemented", (_, response) => {
    expect(notImplementedReason(op, probe(response))).toMatch(/^not implemented by the target: POST \/GetChannel /);
  });

  it.each([
    ["a success", answer(200, '{"channel":{}}', { "content-type": "application/json" })],
    ["a documented error", jsonError(404, "ResourceNotFoundException")],
    ["a JSON 404 with an undocumented name", jsonError(404, "NotFoundException")],
    ["a JSON 404 with no name", answer(404, '{"message":"Not Found"}', { "content-type": "application/json" })],
    ["a JSON 501 with another name", jsonError(501, "NotImplementedYet")],
    ["a 500 InternalFailure", jsonError(500, "InternalFailure")],
    ["an HTML 400", answer(400, "<html/>", { "content-type": "text/html" })],
  ])("%s: implemented, judged by the checks", (_, response) => {
    expect(notImplementedReason(op, probe(response))).toBeUndefined();
  });
});
