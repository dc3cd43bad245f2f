import { describe, expect, it } from "vitest";
import type { ApiModel } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import { reconcileErrorNames } from "./error-names.ts";

const at = (line: number) => ({ doc: "ref.txt", line });
const sdkSource = { doc: "sdk", ref: "pkg#X" };

function withErrors(names: string[]): ApiModel {
  const m = emptyModel("ivs");
  m.operations.Op = {
    name: "Op",
    input: [],
    output: [],
    errors: names.map((name, i) => ({ name, status: { value: 500, source: at(i) }, source: at(i) })),
    source: at(0),
  };
  return m;
}

function sdkWith(names: string[]): ApiModel {
  const m = emptyModel("ivs");
  for (const name of names) m.errors[name] = { name, members: [], source: sdkSource };
  return m;
}

const cases: [string, { given: string; sdk: string[]; want: string; recorded: boolean }][] = [
  [
    "a name the SDK knows is kept",
    { given: "ValidationException", sdk: ["ValidationException"], want: "ValidationException", recorded: false },
  ],
  [
    "Error + Exception suffixes resolve to the SDK's one name",
    {
      given: "InternalServerErrorException",
      sdk: ["InternalServerException", "ValidationException"],
      want: "InternalServerException",
      recorded: true,
    },
  ],
  [
    "a bare Error suffix too",
    { given: "InternalServerError", sdk: ["InternalServerException"], want: "InternalServerException", recorded: true },
  ],
  [
    "no match: kept as documented",
    { given: "StreamGone", sdk: ["InternalServerException"], want: "StreamGone", recorded: false },
  ],
  [
    "two candidates: ambiguous, kept as documented",
    { given: "FooError", sdk: ["FooException", "Foo"], want: "FooError", recorded: false },
  ],
];

describe("reconcileErrorNames", () => {
  it.each(cases)("%s", (_, { given, sdk, want, recorded }) => {
    const model = withErrors([given]);
    reconcileErrorNames(model, sdkWith(sdk));
    expect(model.operations.Op!.errors![0]!.name).toBe(want);
    expect(model.reconciliations.length).toBe(recorded ? 1 : 0);
    if (recorded) expect(model.reconciliations[0]!.dropped[0]!.value).toBe(given);
  });
});
