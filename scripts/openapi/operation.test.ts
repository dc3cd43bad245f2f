import { describe, expect, it } from "vitest";
import type { Member, Operation } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import { renderOperation } from "./operation.ts";

const at = { doc: "doc.txt", line: 1 };

function member(name: string, required: boolean | undefined, location?: "query"): Member {
  return {
    name,
    type: { kind: "string", constraints: {}, source: at },
    ...(required === undefined ? {} : { required: { value: required, source: at } }),
    ...(location ? { location: { value: { in: location, name }, source: at } } : {}),
    source: at,
  };
}

function operation(input: Member[], errors: Operation["errors"]): Operation {
  return {
    name: "Op",
    http: { value: { method: "POST", path: "/Op", status: 200 }, source: at },
    input,
    output: [],
    ...(errors ? { errors } : {}),
    source: at,
  };
}

describe("renderOperation: facts no source states are not rendered as if one did", () => {
  it("a parameter's unstated required flag is omitted (OpenAPI's default), a stated one kept", () => {
    const r = renderOperation(
      emptyModel("ivs"),
      operation([member("a", undefined, "query"), member("b", false, "query")], []),
      undefined,
    );
    const [a, b] = r.operation.parameters as Record<string, unknown>[];
    expect(a).not.toHaveProperty("required");
    expect(b).toMatchObject({ name: "b", required: false });
  });

  it("a body member with an unstated flag is not listed as required", () => {
    const r = renderOperation(emptyModel("ivs"), operation([member("a", undefined), member("b", true)], []), undefined);
    expect(r.components.OpRequest).toMatchObject({ required: ["b"] });
  });

  it("a stated empty error list renders as no error responses", () => {
    const r = renderOperation(emptyModel("ivs"), operation([], []), undefined);
    expect(r.operation["x-amzn-errors"]).toEqual([]);
    expect(Object.keys(r.operation.responses as object)).toEqual(["200"]);
  });

  it("an error list no document and no SDK package states fails the build rather than read as none", () => {
    expect(() => renderOperation(emptyModel("ivs"), operation([], undefined), undefined)).toThrow(
      /ivs Op: no error list in the documents or the SDK/,
    );
  });
});
