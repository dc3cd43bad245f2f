import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ApiModel, Constraints, Fact, Member, TypeRef } from "../../model/api-model.ts";
import { toLines } from "../text/lines.ts";
import { factLine } from "./constraints.ts";
import { extractApiReference } from "./index.ts";
import { patternError } from "./patterns.ts";

const DOCUMENT = "ivs-api-reference-2025-02-28.txt";
const text = readFileSync(new URL(`../../../spec/sources/${DOCUMENT}`, import.meta.url), "utf8");
const extraction = extractApiReference(text, DOCUMENT);
const model: ApiModel = extraction.models[0]!;
const lines = toLines(text);

const ACTIONS = [
  "BatchGetChannel",
  "BatchGetStreamKey",
  "BatchStartViewerSessionRevocation",
  "CreateChannel",
  "CreatePlaybackRestrictionPolicy",
  "CreateRecordingConfiguration",
  "CreateStreamKey",
  "DeleteChannel",
  "DeletePlaybackKeyPair",
  "DeletePlaybackRestrictionPolicy",
  "DeleteRecordingConfiguration",
  "DeleteStreamKey",
  "GetChannel",
  "GetPlaybackKeyPair",
  "GetPlaybackRestrictionPolicy",
  "GetRecordingConfiguration",
  "GetStream",
  "GetStreamKey",
  "GetStreamSession",
  "ImportPlaybackKeyPair",
  "ListChannels",
  "ListPlaybackKeyPairs",
  "ListPlaybackRestrictionPolicies",
  "ListRecordingConfigurations",
  "ListStreamKeys",
  "ListStreams",
  "ListStreamSessions",
  "ListTagsForResource",
  "PutMetadata",
  "StartViewerSessionRevocation",
  "StopStream",
  "TagResource",
  "UntagResource",
  "UpdateChannel",
  "UpdatePlaybackRestrictionPolicy",
];

/** Every member of the model with a path, and every TypeRef node under it. */
function members(): [string, Member][] {
  const out: [string, Member][] = [];
  for (const op of Object.values(model.operations)) {
    for (const side of ["input", "output"] as const)
      for (const m of op[side]) out.push([`operations.${op.name}.${side}.${m.name}`, m]);
  }
  for (const s of Object.values(model.shapes)) for (const m of s.members) out.push([`shapes.${s.name}.${m.name}`, m]);
  return out;
}
function nodes(t: TypeRef): TypeRef[] {
  return [t, ...[t.items, t.key, t.value].filter((x): x is TypeRef => x !== undefined).flatMap(nodes)];
}
const allNodes = members().flatMap(([, m]) => nodes(m.type));
const constraintFacts = (kind: keyof Constraints): Fact<unknown>[] =>
  allNodes
    .map((n) => n.constraints[kind] as Fact<unknown> | undefined)
    .filter((f): f is Fact<unknown> => f !== undefined);

/** Lines of the member sections (everything before "Common Parameters") with a given fact label. */
const commonParameters = lines.find((l) => l.text === "Common Parameters" && l.n > 1000)!.n;
const labelled = (...labels: string[]): number[] =>
  lines.filter((l) => l.n < commonParameters && labels.includes(factLine(l.text)?.label ?? "")).map((l) => l.n);

describe("extractApiReference over the whole document", () => {
  it("yields one ivs model for the document", () => {
    expect(extraction.document).toBe(DOCUMENT);
    expect(extraction.models.map((m) => m.service)).toEqual(["ivs"]);
    expect(model.info.apiVersion).toEqual({ value: "2020-07-14", source: { doc: DOCUMENT, line: 11 } });
    expect(model.info.title).toEqual({
      value: "Amazon IVS: Low-Latency Streaming API Reference",
      source: { doc: DOCUMENT, line: 15 },
    });
  });

  it("has exactly the 35 actions", () => {
    expect(Object.keys(model.operations)).toEqual(ACTIONS);
    expect(Object.keys(model.operations)).toHaveLength(35);
  });

  it("states an error list for every action but the two whose Errors part only points to Common Errors", () => {
    const unstated = Object.values(model.operations).filter((op) => op.errors === undefined);
    expect(unstated.map((op) => op.name)).toEqual(["BatchGetChannel", "BatchGetStreamKey"]);
    for (const op of Object.values(model.operations))
      if (op.errors) expect(op.errors.length, op.name).toBeGreaterThan(0);
  });

  it("states `required` for request and data-type members only: Response Elements do not say", () => {
    for (const [path, m] of members()) {
      if (path.includes(".output.")) expect(m.required, path).toBeUndefined();
      else expect(m.required?.value, path).toBeTypeOf("boolean");
    }
  });

  it("has the 29 data types", () => {
    const names = Object.keys(model.shapes);
    expect(names).toHaveLength(29);
    expect(names[0]).toBe("AudioConfiguration");
    expect(names.at(-1)).toBe("VideoConfiguration");
  });

  it.each(ACTIONS)("%s has an HTTP binding with its success status, and no pagination", (name) => {
    const op = model.operations[name]!;
    expect(op.http?.value.method).toMatch(/^(GET|POST|DELETE)$/);
    expect(op.http?.value.path).toMatch(/^\/[A-Za-z{}/]+$/);
    expect([200, 204]).toContain(op.http?.value.status);
    expect(lines[op.http!.source.line! - 1]!.text).toMatch(/ HTTP\/1\.1$/);
    expect(op.pagination).toBeUndefined();
    expect(op.documentation?.value).toBeTruthy();
  });

  it("gives every error a status; operation lists beat Common Errors", () => {
    for (const op of Object.values(model.operations))
      for (const e of op.errors ?? []) expect(e.status?.value, `${op.name} ${e.name}`).toBeGreaterThanOrEqual(400);
    for (const e of Object.values(model.errors)) expect(e.status?.value, e.name).toBeGreaterThanOrEqual(400);
    expect(model.operations.PutMetadata!.errors?.find((e) => e.name === "ThrottlingException")?.status?.value).toBe(
      429,
    );
    expect(model.errors.ThrottlingException?.status?.value).toBe(400);
    expect(Object.keys(model.errors)).toHaveLength(11);
  });

  const kinds: [string, { given: string; want: TypeRef["kind"] }][] = [
    ["Timestamp", { given: "Type: Timestamp", want: "timestamp" }],
    ["Long", { given: "Type: Long", want: "long" }],
    ["Integer", { given: "Type: Integer", want: "integer" }],
    ["Boolean", { given: "Type: Boolean", want: "boolean" }],
  ];
  it.each(kinds)("every `%s` member has that kind", (_, { given, want }) => {
    const at = lines.filter((l) => l.n < commonParameters && l.text === given).map((l) => l.n);
    expect(at.length).toBeGreaterThan(0);
    for (const n of at) expect(allNodes.filter((t) => t.source.line === n).map((t) => t.kind)).toEqual([want]);
  });

  it("gives every `Type: String` member with Valid Values an enum", () => {
    for (const [path, m] of members()) {
      const typeLine = m.type.source.line!;
      if (lines[typeLine - 1]!.text !== "Type: String") continue;
      const next = lines.slice(typeLine, typeLine + 6).find((l) => factLine(l.text)?.label === "Valid Values");
      expect(m.type.constraints.enum !== undefined, path).toBe(next !== undefined);
    }
  });

  const constraintLines: [keyof Constraints, string[]][] = [
    ["length", ["Length Constraints", "Key Length Constraints", "Value Length Constraints"]],
    ["pattern", ["Pattern"]],
    ["enum", ["Valid Values"]],
    ["range", ["Valid Range"]],
    ["size", ["Array Members", "Map Entries"]],
  ];
  it.each(constraintLines)("reads every %s line once and invents none", (kind, labels) => {
    const documented = labelled(...labels);
    const kept = constraintFacts(kind).map((f) => f.source.line!);
    // A reconciled fact carries the line of the rendering kept; the dropped line is in the record.
    const dropped = model.reconciliations
      .filter((r) => r.fact.endsWith(`.${kind}`) && r.kept.source.line !== r.dropped[0]!.source.line)
      .map((r) => r.dropped[0]!.source.line!);
    expect(new Set([...kept, ...dropped])).toEqual(new Set(documented));
    for (const n of kept) expect(documented).toContain(n);
    expect(constraintFacts(kind).every((f) => f.source.doc === DOCUMENT)).toBe(true);
  });

  it("compiles every pattern with the u flag", () => {
    const patterns = constraintFacts("pattern").map((f) => f.value as string);
    expect(patterns.length).toBe(87);
    for (const p of patterns) expect(patternError(p), p).toBeUndefined();
  });

  it("records each pattern repair and reconciliation with both facts", () => {
    for (const r of model.reconciliations) {
      expect(r.dropped).toHaveLength(1);
      expect(r.kept.source.doc).toBe(DOCUMENT);
      expect(r.reason).not.toBe("");
    }
    const repairs = model.reconciliations.filter((r) => r.reason.startsWith("repair:") && r.fact.endsWith(".pattern"));
    expect(repairs).toHaveLength(14);
  });
});

describe("spot checks against the text", () => {
  const get = (path: string): unknown =>
    path.split(".").reduce<unknown>((o, k) => {
      if (Array.isArray(o)) return o.find((x: { name?: string }) => x.name === k);
      return (o as Record<string, unknown> | undefined)?.[k];
    }, model);
  const cases: [string, { given: string; want: unknown }][] = [
    [
      "CreateChannel binding",
      { given: "operations.CreateChannel.http.value", want: { method: "POST", path: "/CreateChannel", status: 200 } },
    ],
    [
      "CreateChannel playbackRestrictionPolicyArn: \\$ repaired",
      {
        given: "operations.CreateChannel.input.playbackRestrictionPolicyArn.type.constraints.pattern",
        want: {
          value: "^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$",
          source: { doc: DOCUMENT, line: 950 },
        },
      },
    ],
    [
      "CreateChannel latencyMode enum",
      { given: "operations.CreateChannel.input.latencyMode.type.constraints.enum.value", want: ["NORMAL", "LOW"] },
    ],
    [
      "CreateChannel tags key length",
      {
        given: "operations.CreateChannel.input.tags.type.key.constraints.length",
        want: { value: { min: 1, max: 128 }, source: { doc: DOCUMENT, line: 984 } },
      },
    ],
    [
      "CreateChannel streamKey output (link-wrapped name)",
      { given: "operations.CreateChannel.output.streamKey.type.shape", want: "StreamKey" },
    ],
    [
      "CreateChannel streamKey output: required not stated",
      { given: "operations.CreateChannel.output.streamKey.required", want: undefined },
    ],
    ["BatchGetChannel: no error list of its own", { given: "operations.BatchGetChannel.errors", want: undefined }],
    [
      "CreatePlaybackRestrictionPolicy allowedCountries items fixed length 2",
      {
        given: "operations.CreatePlaybackRestrictionPolicy.input.allowedCountries.type.items.constraints.length.value",
        want: { min: 2, max: 2 },
      },
    ],
    [
      "CreatePlaybackRestrictionPolicy allowedCountries list has no size",
      { given: "operations.CreatePlaybackRestrictionPolicy.input.allowedCountries.type.constraints", want: {} },
    ],
    [
      "CreatePlaybackRestrictionPolicy name pattern",
      {
        given: "operations.CreatePlaybackRestrictionPolicy.input.name.type.constraints.pattern.value",
        want: "[a-zA-Z0-9-_]*",
      },
    ],
    [
      "UntagResource binding",
      {
        given: "operations.UntagResource.http.value",
        want: { method: "DELETE", path: "/tags/{resourceArn}", status: 200 },
      },
    ],
    [
      "UntagResource tagKeys in the query",
      { given: "operations.UntagResource.input.tagKeys.location.value", want: { in: "query", name: "tagKeys" } },
    ],
    [
      "UntagResource resourceArn in the path",
      { given: "operations.UntagResource.input.resourceArn.location.value", want: { in: "path", name: "resourceArn" } },
    ],
    ["PutMetadata status 204", { given: "operations.PutMetadata.http.value.status", want: 204 }],
    [
      "PutMetadata metadata minimum length only",
      { given: "operations.PutMetadata.input.metadata.type.constraints.length.value", want: { min: 1 } },
    ],
    [
      "ListChannels maxResults range",
      { given: "operations.ListChannels.input.maxResults.type.constraints.range.value", want: { min: 1, max: 100 } },
    ],
    [
      "ListChannels nextToken pattern",
      { given: "operations.ListChannels.output.nextToken.type.constraints.pattern.value", want: "[a-zA-Z0-9+/_=-]*" },
    ],
    [
      "BatchStartViewerSessionRevocation viewerSessions size",
      {
        given: "operations.BatchStartViewerSessionRevocation.input.viewerSessions.type.constraints.size.value",
        want: { min: 1, max: 20 },
      },
    ],
    [
      "BatchStartViewerSessionRevocation ThrottlingException",
      { given: "operations.BatchStartViewerSessionRevocation.errors.ThrottlingException.status.value", want: 429 },
    ],
    [
      "ImportPlaybackKeyPair name pattern",
      { given: "operations.ImportPlaybackKeyPair.input.name.type.constraints.pattern.value", want: "[a-zA-Z0-9-_]*" },
    ],
    [
      "ImportPlaybackKeyPair publicKeyMaterial required, unconstrained",
      {
        given: "operations.ImportPlaybackKeyPair.input.publicKeyMaterial",
        want: expect.objectContaining({
          required: { value: true, source: { doc: DOCUMENT, line: 2901 } },
          type: expect.objectContaining({ kind: "string", constraints: {} }),
        }),
      },
    ],
    [
      "StartViewerSessionRevocation viewerId length",
      {
        given: "operations.StartViewerSessionRevocation.input.viewerId.type.constraints.length.value",
        want: { min: 1, max: 40 },
      },
    ],
    [
      "StartViewerSessionRevocation version range, minimum only",
      {
        given:
          "operations.StartViewerSessionRevocation.input." +
          "viewerSessionVersionsLessThanOrEqualTo.type.constraints.range.value",
        want: { min: 0 },
      },
    ],
    [
      "GetStreamSession streamId fixed length 26",
      { given: "operations.GetStreamSession.input.streamId.type.constraints.length.value", want: { min: 26, max: 26 } },
    ],
    [
      "GetStreamSession status line outside a fence",
      { given: "operations.GetStreamSession.http.value.status", want: 200 },
    ],
    [
      "StreamSession truncatedEvents size",
      { given: "shapes.StreamSession.members.truncatedEvents.type.constraints.size.value", want: { min: 0, max: 500 } },
    ],
    ["Stream startTime is a timestamp", { given: "shapes.Stream.members.startTime.type.kind", want: "timestamp" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(get(given)).toEqual(want);
  });
});
