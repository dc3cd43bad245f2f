import { describe, expect, it } from "vitest";
import type { Kind, Member, Operation } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import { inferPagination } from "./pagination.ts";

const at = { doc: "ref.txt", line: 1 };
const m = (name: string, kind: Kind): Member => ({
  name,
  type: { kind, constraints: {}, source: at },
  required: { value: false, source: at },
  source: at,
});
const op = (input: Member[], output: Member[]): Operation => ({
  name: "ListThings",
  input,
  output,
  errors: [],
  source: at,
});

describe("inferPagination", () => {
  it("nextToken in and out, one list out: paginated over that list, with maxResults as page size", () => {
    const p = inferPagination(
      emptyModel("ivs"),
      op([m("nextToken", "string"), m("maxResults", "integer")], [m("things", "list"), m("nextToken", "string")]),
    );
    expect(p?.value).toEqual({
      inputToken: "nextToken",
      outputToken: "nextToken",
      pageSize: "maxResults",
      items: "things",
    });
  });

  it("no nextToken: not paginated", () => {
    expect(inferPagination(emptyModel("ivs"), op([m("maxResults", "integer")], [m("things", "list")]))).toBeUndefined();
  });

  it("two lists: refuses to guess, naming them", () => {
    expect(() =>
      inferPagination(
        emptyModel("ivs"),
        op([m("nextToken", "string")], [m("a", "list"), m("b", "list"), m("nextToken", "string")]),
      ),
    ).toThrow(/returns 2 lists \(a, b\)/);
  });
});
