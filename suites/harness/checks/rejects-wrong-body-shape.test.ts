import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import { ConformanceFailure } from "../failure.ts";
import type { BodyShapeMutation } from "../mutations/body-shapes.ts";
import { notAServerError } from "./not-a-server-error.ts";
import { rejectsWrongBodyShape } from "./rejects-wrong-body-shape.ts";

const op: OperationSpec = {
  service: "ivs",
  name: "GetThing",
  method: "POST",
  path: "/GetThing",
  successStatus: 200,
  source: { doc: "test" },
  documented: true,
  successHeaders: [],
  input: [{ name: "arn", in: "body", wireName: "arn", required: true, schema: { type: "string" } }],
  errors: [
    { name: "ValidationException", status: 400 },
    { name: "ResourceNotFoundException", status: 404 },
    { name: "InternalServerException", status: 500 },
  ],
};

const exchange = (status: number, type?: string): Exchange => ({
  operation: op.name,
  request: { method: "POST", url: "http://t/GetThing", headers: {}, body: "[]" },
  response: {
    status,
    headers: { "content-type": "application/json", ...(type ? { "x-amzn-errortype": type } : {}) },
    body: status < 300 ? "{}" : '{"message":"m"}',
  },
  via: "raw",
  ms: 1,
});

const whole: BodyShapeMutation = {
  pointer: "",
  path: [],
  original: { arn: "a" },
  replacement: [{ arn: "a" }],
  sent: "array",
};
const nested: BodyShapeMutation = {
  pointer: "/config/s3",
  path: ["config", "s3"],
  original: { bucketName: "b" },
  replacement: 1,
  sent: "number",
};

function title(judge: () => void): string | undefined {
  try {
    judge();
    return undefined;
  } catch (e) {
    if (!(e instanceof ConformanceFailure)) throw e;
    return e.details.title;
  }
}

describe("rejects_wrong_body_shape", () => {
  const table: [string, Exchange, BodyShapeMutation, string | undefined][] = [
    ["400 ValidationException", exchange(400, "ValidationException"), whole, undefined],
    [
      "400 SerializationException (restJson1's name, documented nowhere)",
      exchange(400, "SerializationException"),
      whole,
      undefined,
    ],
    ["another documented 4xx", exchange(404, "ResourceNotFoundException"), nested, undefined],
    ["a 2xx", exchange(200), whole, "A request body that is a JSON array instead of an object was accepted (200)."],
    [
      "a documented 500",
      exchange(500, "InternalServerException"),
      nested,
      "A request body whose /config/s3 is a JSON number instead of an object was answered with a server error (500).",
    ],
    [
      "an undocumented 4xx",
      exchange(415, "UnsupportedMediaType"),
      whole,
      "A request body that is a JSON array instead of an object was answered 415, " +
        "a status GetThing documents for no error.",
    ],
  ];
  it.each(table)("%s", (_, given, bodyShape, fails) => {
    expect(title(() => rejectsWrongBodyShape.judge({ op, exchange: given, bodyShape }))).toBe(fails);
  });
  it("prints what was replaced", () => {
    expect(() => rejectsWrongBodyShape.judge({ op, exchange: exchange(200), bodyShape: nested })).toThrow(
      /Context: {4}body shape: \/config\/s3 \{"bucketName":"b"\} -> 1/,
    );
  });
  it("does not apply without a JSON body", () => {
    expect(rejectsWrongBodyShape.notApplicable({ ...op, input: [] }, undefined as never)).toBe(
      "GetThing has no JSON body",
    );
  });
});

describe("not_a_server_error on a body of the wrong shape", () => {
  it("names the shape", () => {
    expect(title(() => notAServerError.judge({ op, exchange: exchange(502), bodyShape: whole }))).toBe(
      "GetThing answered a request body that is a JSON array instead of an object with a server error.",
    );
  });
});
