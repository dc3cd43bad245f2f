import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { queryString, wireRequest } from "./wire-request.ts";

const untag: OperationSpec = {
  service: "ivs",
  name: "UntagResource",
  method: "DELETE",
  path: "/tags/{resourceArn}",
  successStatus: 200,
  source: { doc: "test" },
  documented: true,
  successHeaders: [],
  errors: [],
  input: [
    { name: "resourceArn", in: "path", wireName: "resourceArn", required: true, schema: { type: "string" } },
    {
      name: "tagKeys",
      in: "query",
      wireName: "tagKeys",
      required: true,
      schema: { type: "array", items: { type: "string" } },
    },
  ],
};

describe("wireRequest", () => {
  it("URL-encodes path labels and repeats query lists", () => {
    const wire = wireRequest(untag, { resourceArn: "arn:aws:ivs:us-west-2:1:channel/a", tagKeys: ["a b", "c"] });
    expect(wire).toEqual({
      method: "DELETE",
      path: "/tags/arn%3Aaws%3Aivs%3Aus-west-2%3A1%3Achannel%2Fa",
      query: { tagKeys: ["a b", "c"] },
    });
    expect(queryString(wire.query)).toBe("?tagKeys=a%20b&tagKeys=c");
  });
  it("sends body members as JSON, and malformed text when asked", () => {
    const op: OperationSpec = {
      ...untag,
      method: "POST",
      path: "/GetChannel",
      input: [{ name: "arn", in: "body", wireName: "arn", required: true, schema: { type: "string" } }],
    };
    expect(wireRequest(op, { arn: "x" }).body).toBe('{"arn":"x"}');
    expect(wireRequest(op, { arn: "x" }, '{"').body).toBe('{"');
  });
});
