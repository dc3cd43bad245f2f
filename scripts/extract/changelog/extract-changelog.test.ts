import { describe, expect, it } from "vitest";
import type { Member, Operation, TypeRef } from "../../model/api-model.ts";
import { parseCall } from "../boto3-common/python-literal.ts";
import { readExcerpt, readSourceDocument } from "../test-support/read-excerpt.ts";
import { toLines } from "../text/lines.ts";
import { extractChangelog } from "./extract-changelog.ts";
import { readRelease } from "./page.ts";

const childMembers = (t: TypeRef): Member[] =>
  t.members ?? (t.items ? childMembers(t.items) : t.value ? childMembers(t.value) : []);
const allMembers = (members: readonly Member[]): Member[] =>
  members.flatMap((m) => [m, ...allMembers(childMembers(m.type))]);
const typeRefs = (members: readonly Member[]): TypeRef[] => {
  const walk = (t: TypeRef): TypeRef[] => [
    t,
    ...(t.items ? walk(t.items) : []),
    ...(t.key ? walk(t.key) : []),
    ...(t.value ? walk(t.value) : []),
  ];
  return allMembers(members).flatMap((m) => walk(m.type));
};

describe("readRelease", () => {
  const cases: [string, { given: string; want: object }][] = [
    [
      "2025-header.txt",
      {
        given: "2025-header.txt",
        want: {
          date: "2025-05-29",
          service: "Amazon Interactive Video Service RealTime",
          newOperations: 3,
          updatedOperations: 6,
          summary:
            "IVS Real-Time now offers customers the participant replication " +
            "that allow customers to copy a participant from one stage to another.",
        },
      },
    ],
    [
      "2026-header.txt",
      {
        given: "2026-header.txt",
        want: {
          date: "2026-04-08",
          service: "Amazon Interactive Video Service RealTime",
          newOperations: 0,
          updatedOperations: 6,
          summary: "Adds support for Amazon IVS real-time streaming redundant ingest.",
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const r = readRelease(given, toLines(readExcerpt("changelog", given)));
    expect({
      date: r.date.value,
      service: r.service.value,
      newOperations: r.newOperations,
      updatedOperations: r.updatedOperations,
      summary: r.summary.value,
    }).toEqual(want);
  });
});

const PAGES: [string, { given: string; want: { operations: string[]; changed: string[] } }][] = [
  [
    "ivs-realtime-changelog-2025-05-29.txt",
    {
      given: "ivs-realtime-changelog-2025-05-29.txt",
      want: {
        operations: [
          "ListParticipantReplicas",
          "StopParticipantReplication",
          "StartParticipantReplication",
          "CreateStage",
          "GetParticipant",
          "GetStage",
          "ListParticipantEvents",
          "ListParticipants",
          "UpdateStage",
        ],
        changed: [
          "CreateStage",
          "GetParticipant",
          "GetStage",
          "ListParticipantEvents",
          "ListParticipants",
          "UpdateStage",
        ],
      },
    },
  ],
  [
    "ivs-realtime-changelog-2026-04-08.txt",
    {
      given: "ivs-realtime-changelog-2026-04-08.txt",
      want: {
        operations: [
          "CreateIngestConfiguration",
          "GetIngestConfiguration",
          "GetParticipant",
          "ListIngestConfigurations",
          "ListParticipants",
          "UpdateIngestConfiguration",
        ],
        changed: [
          "CreateIngestConfiguration",
          "GetIngestConfiguration",
          "GetParticipant",
          "ListIngestConfigurations",
          "ListParticipants",
          "UpdateIngestConfiguration",
        ],
      },
    },
  ],
];

describe.each(PAGES)("extractChangelog on the whole %s", (document, { given, want }) => {
  const text = readSourceDocument(given);
  const lines = toLines(text);
  const extraction = extractChangelog(text, document);
  const model = extraction.models[0]!;
  const operations: Operation[] = Object.values(model.operations);

  it("yields exactly the page's operations, in its order, for ivs-realtime", () => {
    expect(extraction.models.map((m) => m.service)).toEqual(["ivs-realtime"]);
    expect(operations.map((o) => o.name)).toEqual(want.operations);
  });

  it("matches every parameter of every request-syntax line to a type entry and a description", () => {
    for (const op of operations) {
      const call = parseCall(document, lines, op.source.line! - 1).call;
      expect(op.input.map((m) => m.name)).toEqual(call.arguments.map((a) => a.name));
      for (const m of op.input) {
        expect(m.documentation, `${op.name}.${m.name}`).toBeDefined();
        expect(m.type.source.line).toBeGreaterThan(call.line);
        expect(lines[m.type.source.line! - 1]!.text).toMatch(/^(string|integer|boolean|dict|list)$/);
      }
    }
  });

  it("every named entry of the page, at every depth, is a member", () => {
    const entries = lines.filter((l) =>
      /^\w+ \((?:string|integer|long|float|double|boolean|datetime|bytes|dict|list)\) --/.test(l.text),
    );
    const nested = operations.flatMap((o) => [
      ...allMembers(o.input).filter((m) => !o.input.includes(m)),
      ...allMembers(o.output),
    ]);
    expect(nested.map((m) => m.source.line).sort((a, b) => a! - b!)).toEqual(entries.map((l) => l.n));
  });

  it("every [REQUIRED] is a required fact at its line, and nothing else is required", () => {
    const marked = lines.filter((l) => l.text.includes("[REQUIRED]")).map((l) => l.n);
    const required = operations.flatMap((o) => allMembers([...o.input, ...o.output])).filter((m) => m.required?.value);
    expect(required.map((m) => m.required!.source.line).sort((a, b) => a! - b!)).toEqual(marked);
  });

  it("request members state `required` (unmarked: false); response members leave it unstated", () => {
    for (const o of operations) {
      for (const m of allMembers(o.input)) expect(m.required?.value, `${o.name}.${m.name}`).toBeTypeOf("boolean");
      for (const m of allMembers(o.output)) expect(m.required, `${o.name}.${m.name}`).toBeUndefined();
    }
  });

  it("every enum of the syntax is an enum constraint at its line", () => {
    const rendered = lines.flatMap((l) => [...l.text.matchAll(/'[A-Z_]+'(?:\|'[A-Z_]+')+/g)].map(() => l.n));
    const constrained = operations
      .flatMap((o) => typeRefs([...o.input, ...o.output]))
      .filter((t) => t.constraints.enum);
    expect(constrained.map((t) => t.constraints.enum!.source.line).sort((a, b) => a! - b!)).toEqual(rendered);
  });

  it("each description is the line before 'See also'", () => {
    for (const op of operations) {
      const at = op.documentation!.source.line!;
      expect(lines[at]!.text).toBe("See also: AWS API Documentation");
      expect(op.documentation!.value).toBe(lines[at - 1]!.text);
    }
  });

  it("records a change summary for each updated operation, and nothing disagrees with the syntax", () => {
    expect(extraction.changes.map((c) => c.operation)).toEqual(want.changed);
    for (const c of extraction.changes) expect(c.request.length + c.response.length).toBeGreaterThan(0);
    expect(model.reconciliations).toEqual([]);
  });

  it(
    "states nothing the page does not: " + "no HTTP bindings, errors, constraints besides enums, pagination or shapes",
    () => {
      for (const op of operations) {
        expect(op.http).toBeUndefined();
        expect(op.errors).toBeUndefined();
        expect(op.pagination).toBeUndefined();
        for (const t of typeRefs([...op.input, ...op.output])) {
          expect(Object.keys(t.constraints).filter((k) => k !== "enum")).toEqual([]);
          expect(t.shape).toBeUndefined();
        }
      }
      expect(model.shapes).toEqual({});
    },
  );
});

describe("extractChangelog: the change summaries of the 2025 page", () => {
  const document = "ivs-realtime-changelog-2025-05-29.txt";
  const { changes } = extractChangelog(readSourceDocument(document), document);
  it("GetParticipant: 'ACTIVE | STOPPED' read as enum values of the response", () => {
    const get = changes.find((c) => c.operation === "GetParticipant")!;
    expect(get.sideFrom).toBe("members");
    expect(get.request).toEqual([]);
    expect(get.response.map((c) => [c.path, c.enum ?? c.type])).toEqual([
      ["participant.replicationState", ["ACTIVE", "STOPPED"]],
      ["participant.replicationType", ["SOURCE", "REPLICA", "NONE"]],
      ["participant.sourceSessionId", "string"],
      ["participant.sourceStageArn", "string"],
    ]);
    expect(get.text.source).toEqual({ doc: document, line: 223 });
  });
});
