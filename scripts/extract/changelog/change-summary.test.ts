import { describe, expect, it } from "vitest";
import type { Operation } from "../../model/api-model.ts";
import { readExcerpt } from "../test-support/read-excerpt.ts";
import { type Line, toLines } from "../text/lines.ts";
import { attachChangeSummary, type ChangedMember, type RawChangeSummary, readChangeSummary } from "./change-summary.ts";
import { readOperation } from "./operation.ts";

const SEE_ALSO = "See also: AWS API Documentation";
const render = (changes: readonly ChangedMember[] | undefined) =>
  changes?.map((c) => `${c.path} ${c.type ?? `enum(${c.enum!.join("|")})`} @${c.source.line}`);

function excerpt(file: string): Line[] {
  return toLines(readExcerpt("changelog", file));
}

/** Reads the summary at the top of an excerpt, up to its "See also" (or its end). */
function summaryOf(file: string): { summary: RawChangeSummary; next: number; lines: Line[] } {
  const lines = excerpt(file);
  const seeAlso = lines.findIndex((l) => l.text === SEE_ALSO);
  const { summary, next } = readChangeSummary(file, lines, 0, seeAlso < 0 ? lines.length : seeAlso);
  return { summary, next, lines };
}

describe("readChangeSummary", () => {
  const cases: [
    string,
    {
      given: string;
      want: { request?: string[]; response?: string[]; lone?: string[]; text: string; nextLine?: string };
    },
  ][] = [
    [
      "2025: the request's dict with `Response` glued to it, the response's dict on the next line",
      {
        given: "2025-create-stage.txt",
        want: {
          request: ["autoParticipantRecordingConfiguration.recordParticipantReplicas boolean @1"],
          response: ["stage.autoParticipantRecordingConfiguration.recordParticipantReplicas boolean @2"],
          text:
            "{'autoParticipantRecordingConfiguration': {'recordParticipantReplicas': 'boolean'}}Response\n" +
            "{'stage': {'autoParticipantRecordingConfiguration': {'recordParticipantReplicas': 'boolean'}}}",
          nextLine: "Creates a new stage (and optionally participant tokens).",
        },
      },
    ],
    [
      "2026: `Response {` opens the response's dict, which spans lines and holds a list of dicts",
      {
        given: "2026-update-ingest-configuration.txt",
        want: {
          request: ["redundantIngest boolean @1"],
          response: [
            "ingestConfiguration.redundantIngest boolean @2",
            "ingestConfiguration.redundantIngestCredentials.participantId string @3",
            "ingestConfiguration.redundantIngestCredentials.streamKey string @4",
          ],
          text:
            "{'redundantIngest': 'boolean'}\nResponse {'ingestConfiguration': {'redundantIngest': 'boolean',\n" +
            "'redundantIngestCredentials': [{'participantId': 'string',\n'streamKey': 'string'}]}}",
          nextLine:
            "Updates a specified IngestConfiguration. Only the stage ARN attached to the IngestConfiguration " +
            "can be updated. An IngestConfiguration that is active cannot be updated.",
        },
      },
    ],
    [
      "2025: a lone dict with enums rendered 'ACTIVE | STOPPED'",
      {
        given: "2025-summary-get-participant.txt",
        want: {
          lone: [
            "participant.replicationState enum(ACTIVE|STOPPED) @1",
            "participant.replicationType enum(SOURCE|REPLICA|NONE) @1",
            "participant.sourceSessionId string @1",
            "participant.sourceStageArn string @1",
          ],
          text:
            "{'participant': {'replicationState': 'ACTIVE | STOPPED', " +
            "'replicationType': 'SOURCE | REPLICA | NONE', 'sourceSessionId': 'string', " +
            "'sourceStageArn': 'string'}}",
        },
      },
    ],
    [
      "2025: a list of strings is values added to an enum",
      {
        given: "2025-summary-list-participant-events.txt",
        want: {
          lone: [
            "events.destinationSessionId string @1",
            "events.destinationStageArn string @1",
            "events.name enum(REPLICATION_STARTED|REPLICATION_STOPPED) @1",
            "events.replica boolean @1",
          ],
          text:
            "{'events': {'destinationSessionId': 'string', 'destinationStageArn': 'string', " +
            "'name': ['REPLICATION_STARTED', 'REPLICATION_STOPPED'], 'replica': 'boolean'}}",
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const { summary, next, lines } = summaryOf(given);
    expect({
      ...(summary.request ? { request: render(summary.request) } : {}),
      ...(summary.response ? { response: render(summary.response) } : {}),
      ...(summary.lone ? { lone: render(summary.lone) } : {}),
      text: summary.text.value,
      ...(want.nextLine ? { nextLine: lines[next]?.text } : {}),
    }).toEqual(want);
    expect(summary.text.source.line).toBe(1);
  });

  it("names the document and line of a summary it cannot read", () => {
    const lines: Line[] = [{ n: 9, text: "{'stage': {'name': 'string'}}Request" }];
    expect(() => readChangeSummary("page.txt", lines, 0, 1)).toThrow(
      /^page\.txt:9: expected nothing or "Response" after the change dict, found "Request"$/,
    );
  });
});

describe("attachChangeSummary", () => {
  /** The excerpt's summary and the operation it precedes. */
  function summaryAndOperation(file: string): { raw: RawChangeSummary; operation: Operation } {
    const { summary, lines } = summaryOf(file);
    const seeAlso = lines.findIndex((l) => l.text === SEE_ALSO);
    return { raw: summary, operation: readOperation(file, lines, seeAlso, undefined, lines.length).operation };
  }

  const cases: [string, { given: string; want: { request: string[]; response: string[]; sideFrom: string } }][] = [
    [
      "the `Response` marker gives the sides",
      {
        given: "2025-create-stage.txt",
        want: {
          request: ["autoParticipantRecordingConfiguration.recordParticipantReplicas boolean @1"],
          response: ["stage.autoParticipantRecordingConfiguration.recordParticipantReplicas boolean @2"],
          sideFrom: "marker",
        },
      },
    ],
    [
      "2026: the request changed one top-level member, the response a nested list",
      {
        given: "2026-update-ingest-configuration.txt",
        want: {
          request: ["redundantIngest boolean @1"],
          response: [
            "ingestConfiguration.redundantIngest boolean @2",
            "ingestConfiguration.redundantIngestCredentials.participantId string @3",
            "ingestConfiguration.redundantIngestCredentials.streamKey string @4",
          ],
          sideFrom: "marker",
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const { raw, operation } = summaryAndOperation(given);
    const { summary, reconciliations } = attachChangeSummary(given, raw, operation);
    expect({
      request: render(summary.request),
      response: render(summary.response),
      sideFrom: summary.sideFrom,
    }).toEqual(want);
    expect(summary.operation).toBe(operation.name);
    expect(reconciliations).toEqual([]);
  });

  it("a lone dict takes the side whose members it names", () => {
    const { operation } = summaryAndOperation("2026-update-ingest-configuration.txt");
    const { summary: raw } = summaryOf("2026-summary-list-ingest-configurations.txt");
    // ListIngestConfigurations' summary names `ingestConfigurations`; UpdateIngestConfiguration has no such member.
    expect(() => attachChangeSummary("page.txt", raw, operation)).toThrow(
      new RegExp(
        "^page\\.txt:1: expected a change summary whose members \\(ingestConfigurations\\) " +
          "are those of UpdateIngestConfiguration's request or of its response, not neither$",
      ),
    );
    const lone: RawChangeSummary = {
      text: raw.text,
      lone: [{ path: "ingestConfiguration.redundantIngest", type: "boolean", source: { doc: "page.txt", line: 1 } }],
    };
    const { summary } = attachChangeSummary("page.txt", lone, operation);
    expect({ request: summary.request.length, response: render(summary.response), sideFrom: summary.sideFrom }).toEqual(
      {
        request: 0,
        response: ["ingestConfiguration.redundantIngest boolean @1"],
        sideFrom: "members",
      },
    );
  });

  it(
    "a summary that disagrees with the syntax keeps the syntax and records a Reconciliation " +
      "(no page has one: made up)",
    () => {
      const { operation } = summaryAndOperation("2026-update-ingest-configuration.txt");
      const at = { doc: "page.txt", line: 1 };
      const raw: RawChangeSummary = {
        text: { value: "made up", source: at },
        lone: [
          { path: "ingestConfiguration.state", enum: ["ACTIVE", "PAUSED"], source: at },
          { path: "ingestConfiguration.redundantIngest", type: "string", source: at },
        ],
      };
      const { reconciliations } = attachChangeSummary("page.txt", raw, operation);
      expect(reconciliations.map((r) => [r.fact, r.kept.value, r.dropped.map((d) => d.value)])).toEqual([
        [
          "operations.UpdateIngestConfiguration.output.ingestConfiguration.state.enum",
          ["ACTIVE", "INACTIVE"],
          [["ACTIVE", "PAUSED"]],
        ],
        ["operations.UpdateIngestConfiguration.output.ingestConfiguration.redundantIngest.kind", "boolean", ["string"]],
      ]);
    },
  );
});
