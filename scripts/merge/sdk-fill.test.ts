import { describe, expect, it } from "vitest";
import type { ApiModel, Member, Operation } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import { fillFromSdk } from "./sdk-fill.ts";

const doc = (line: number) => ({ doc: "doc.txt", line });
const sdkSource = { doc: "sdk", ref: "pkg#Op" };

function member(name: string, required: boolean | undefined, source: Member["source"]): Member {
  return {
    name,
    type: { kind: "string", constraints: {}, source },
    ...(required === undefined ? {} : { required: { value: required, source } }),
    source,
  };
}

function documented(errors: Operation["errors"]): ApiModel {
  const m = emptyModel("ivs");
  m.operations.Op = {
    name: "Op",
    input: [member("stated", false, doc(1))],
    output: [member("unstated", undefined, doc(2))],
    ...(errors ? { errors } : {}),
    source: doc(0),
  };
  return m;
}

function sdk(): ApiModel {
  const m = emptyModel("ivs");
  m.errors.ValidationException = {
    name: "ValidationException",
    status: { value: 400, source: sdkSource },
    members: [],
    source: sdkSource,
  };
  m.operations.Op = {
    name: "Op",
    http: { value: { method: "POST", path: "/Op", status: 200 }, source: sdkSource },
    input: [member("stated", true, sdkSource)],
    output: [member("unstated", true, sdkSource)],
    errors: [{ name: "ValidationException", status: { value: 400, source: sdkSource }, source: sdkSource }],
    source: sdkSource,
  };
  return m;
}

describe("fillFromSdk fills only what the documents leave absent", () => {
  it("a required flag the document states is kept; an absent one is taken from the SDK, with its provenance", () => {
    const model = documented(undefined);
    fillFromSdk(model, sdk());
    const op = model.operations.Op!;
    expect(op.input[0]!.required).toEqual({ value: false, source: doc(1) });
    expect(op.output[0]!.required).toEqual({ value: true, source: sdkSource });
  });

  it("an absent error list is the SDK's", () => {
    const model = documented(undefined);
    fillFromSdk(model, sdk());
    expect(model.operations.Op!.errors).toEqual([
      { name: "ValidationException", status: { value: 400, source: sdkSource }, source: sdkSource },
    ]);
  });

  it("a stated empty error list (the document says there are none) is kept", () => {
    const model = documented([]);
    fillFromSdk(model, sdk());
    expect(model.operations.Op!.errors).toEqual([]);
  });

  it("a stated error list is kept; only the statuses it lacks are filled", () => {
    const model = documented([{ name: "ValidationException", source: doc(3) }]);
    fillFromSdk(model, sdk());
    expect(model.operations.Op!.errors).toEqual([
      { name: "ValidationException", status: { value: 400, source: sdkSource }, source: doc(3) },
    ]);
  });
});
