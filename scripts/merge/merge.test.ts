import { describe, expect, it } from "vitest";
import type { ApiModel, Member, Operation } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import { serviceHistory } from "./history.ts";
import type { SourceDocument } from "./manifest.ts";
import { type DocumentModel, mergeDocuments } from "./merge-documents.ts";

const doc = (
  file: string,
  precedence: number,
  kind: SourceDocument["kind"] = "api-reference",
  scope: SourceDocument["scope"] = "complete",
): SourceDocument => ({
  file,
  service: "ivs",
  kind,
  published: null,
  precedence,
  scope,
  covers: "",
});

/** `required` "unstated": the document does not say (a boto3 response member). */
function member(
  file: string,
  line: number,
  name: string,
  enumValues?: string[],
  required: boolean | "unstated" = false,
): Member {
  const source = { doc: file, line };
  return {
    name,
    type: { kind: "string", constraints: enumValues ? { enum: { value: enumValues, source } } : {}, source },
    ...(required === "unstated" ? {} : { required: { value: required, source } }),
    source,
  };
}

function model(file: string, ops: Record<string, { input?: Member[]; output?: Member[] }>): ApiModel {
  const m = emptyModel("ivs");
  for (const [name, o] of Object.entries(ops)) {
    const op: Operation = {
      name,
      input: o.input ?? [],
      output: o.output ?? [],
      source: { doc: file, line: 1 },
    };
    m.operations[name] = op;
  }
  return m;
}

function merge(docs: DocumentModel[]) {
  const merged = mergeDocuments("ivs", docs);
  merged.history = serviceHistory(merged, docs);
  return merged;
}

describe("mergeDocuments", () => {
  const old: DocumentModel = {
    document: doc("old.txt", 1, "boto3-client-reference"),
    model: model("old.txt", {
      CreateChannel: {
        input: [member("old.txt", 10, "type", ["BASIC", "STANDARD"]), member("old.txt", 11, "legacy")],
        output: [member("old.txt", 12, "arn", undefined, "unstated"), member("old.txt", 13, "state", undefined, true)],
      },
      Removed: { input: [member("old.txt", 20, "x")] },
    }),
  };
  const current: DocumentModel = {
    document: doc("new.txt", 2),
    model: model("new.txt", {
      CreateChannel: {
        input: [member("new.txt", 100, "type", ["BASIC", "STANDARD", "ADVANCED_HD"])],
        output: [
          member("new.txt", 101, "arn", undefined, true),
          member("new.txt", 102, "state", undefined, "unstated"),
        ],
      },
    }),
  };

  it("the newest document wins per fact", () => {
    const merged = merge([current, old]);
    expect(merged.operations.CreateChannel!.input[0]!.type.constraints.enum!.value).toEqual([
      "BASIC",
      "STANDARD",
      "ADVANCED_HD",
    ]);
    expect(merged.operations.CreateChannel!.input[0]!.source.doc).toBe("new.txt");
  });

  it("an operation only an older complete document lists is not in the service", () => {
    expect(Object.keys(merge([old, current]).operations)).toEqual(["CreateChannel"]);
  });

  it("keeps what the older document said differently, including dropped members and operations", () => {
    const facts = merge([old, current]).history.map(
      (h) => `${h.fact} <- ${JSON.stringify(h.previous.value)} @${h.previous.source.doc}:${h.previous.source.line}`,
    );
    expect(facts).toEqual([
      'CreateChannel.input.type.enum <- ["BASIC","STANDARD"] @old.txt:10',
      "CreateChannel.input.legacy.exists <- true @old.txt:11",
      "CreateChannel.output.state.required <- true @old.txt:13",
      "Removed.exists <- true @old.txt:1",
      "Removed.input.x.exists <- true @old.txt:20",
    ]);
  });

  it("a flag the older document leaves unstated is not history; one the newer leaves unstated is", () => {
    const history = merge([old, current]).history;
    expect(history.some((h) => h.fact === "CreateChannel.output.arn.required")).toBe(false);
    expect(history.find((h) => h.fact === "CreateChannel.output.state.required")?.current.value).toBeNull();
  });

  it("partial documents newer than every complete one add their operations", () => {
    const page: DocumentModel = {
      document: doc("page.txt", 3, "boto3-changelog", "partial"),
      model: model("page.txt", { NewOp: { input: [member("page.txt", 5, "a")] } }),
    };
    expect(Object.keys(merge([old, current, page]).operations).sort()).toEqual(["CreateChannel", "NewOp"]);
  });
});
