// A small hand-made report for the renderers' tests: one cell of each status, a failure as data
// (with characters XML and Markdown must escape, and a control character XML 1.0 forbids), a failure
// outside the harness (a message only), and an observation on a passing cell. Every operation is a
// documented one; `withSdkOnlyOperation` adds one no document states.
import type { CellFailure } from "../cell-record.ts";
import type { Observation } from "../observations/observation.ts";
import { type ConformanceReport, REPORT_FORMAT } from "./build-report.ts";

export const SAMPLE_OBSERVATION: Observation = {
  id: "pattern_reading:ivs:GetChannel:arn",
  kind: "pattern_reading",
  subject: "GetChannel.arn",
  finding: "substring",
  observed: 'reads pattern "arn:aws:ivs:[a-z0-9-]+" at GetChannel.arn as a substring',
  evidence: [{ request: 'POST http://h:1/GetChannel {"arn":" arn:aws:ivs:x"}', response: "404 (application/json) {}" }],
  seen: 3,
};

export const SAMPLE_FAILURE: CellFailure = {
  id: "0123456789",
  signature: "response_schema: The success body of <value> does not match <n> & <n>.",
  check: "response_schema",
  service: "ivs",
  operation: "GetChannel",
  title: 'The success body of "GetChannel" does not match <Channel> & more.',
  received: '200 (application/json) {"channel":{"name":"a\u0007b"}}',
  documented: "#/components/schemas/GetChannelResponse",
  request: {
    via: "raw",
    method: "POST",
    url: "http://127.0.0.1:4566/GetChannel",
    headers: { authorization: "<redacted>", "content-type": "application/json" },
    body: '{"arn":"arn:aws:ivs:us-west-2:1:channel/x"}',
  },
  replay: { seed: 7, path: "3:1", testTitle: "GetChannel: response_schema" },
  reproduce: {
    vitest:
      "CONFORMANCE_SEED=7 CONFORMANCE_PATH='3:1' npx vitest run --project conformance " +
      "-t '^GetChannel: response_schema$'",
    curl:
      "curl -i --aws-sigv4 'aws:amz:us-west-2:ivs' --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\" " +
      "-X POST -H 'content-type: application/json' --data-raw '{\"arn\":\"arn:aws:ivs:us-west-2:1:channel/x\"}' " +
      "'http://127.0.0.1:4566/GetChannel'",
  },
};

const summary = (pass: number, fail: number, notApplicable: number, notRun: number, observations: number) => ({
  pass,
  fail,
  not_applicable: notApplicable,
  not_run: notRun,
  observations,
});

export function sampleReport(): ConformanceReport {
  return {
    format: REPORT_FORMAT,
    tool: "ivs-conformance",
    startedAt: "2026-01-02T03:04:05.678Z",
    finishedAt: "2026-01-02T03:04:15.678Z",
    durationMs: 10_000,
    target: {
      kind: "url",
      region: "us-west-2",
      description: "http://127.0.0.1:4566 (ivs), http://127.0.0.1:4566 (ivs-realtime)",
    },
    spec: {
      apiVersions: { ivs: "2020-07-14", "ivs-realtime": "2020-07-14" },
      sources: [
        {
          file: "ivs-api-reference-2025-02-28.txt",
          service: "ivs",
          kind: "api-reference",
          published: "2025-02-28",
          precedence: 2,
          scope: "complete",
        },
      ],
      sdkOnly: { ivs: [], "ivs-realtime": [] },
    },
    seed: 7,
    runs: 5,
    summary: summary(2, 2, 1, 1, 1),
    failures: [
      {
        service: "ivs",
        operation: "GetChannel",
        check: "response_schema",
        id: SAMPLE_FAILURE.id,
        signature: SAMPLE_FAILURE.signature,
        title: SAMPLE_FAILURE.title,
      },
      {
        service: "ivs-realtime",
        operation: "GetStage",
        check: "status_documented",
        title: "the test failed outside the harness",
      },
    ],
    observations: [{ service: "ivs", operation: "GetChannel", check: "rejects_invalid_input", ...SAMPLE_OBSERVATION }],
    checks: {
      pagination_complete: { family: "pagination", failsWhen: "a walk misses items" },
      rejects_invalid_input: { family: "constraints", failsWhen: "an invalid input is accepted" },
      status_documented: { family: "responses", failsWhen: "a status is not documented" },
      response_schema: { family: "responses", failsWhen: "a 2xx body does not match its schema" },
      content_type: { family: "responses", failsWhen: "a body is not JSON" },
    },
    errata: [],
    documentedRules: [],
    services: {
      ivs: {
        summary: summary(1, 1, 1, 1, 1),
        operations: {
          GetChannel: {
            checks: {
              pagination_complete: { status: "not_applicable", reason: "GetChannel is not paginated" },
              rejects_invalid_input: {
                status: "pass",
                cases: 5,
                ms: 120,
                observations: [structuredClone(SAMPLE_OBSERVATION)],
              },
              response_schema: {
                status: "fail",
                reason: SAMPLE_FAILURE.title,
                cases: 4,
                ms: 250,
                failure: structuredClone(SAMPLE_FAILURE),
              },
              content_type: { status: "not_run", reason: "throttled (GetChannel, 3 attempts)" },
            },
          },
        },
      },
      "ivs-realtime": {
        summary: summary(1, 1, 0, 0, 0),
        operations: {
          GetStage: {
            checks: {
              response_schema: { status: "pass", cases: 5, ms: 80 },
              status_documented: {
                status: "fail",
                reason: "the test failed outside the harness",
                message: "TypeError: boom",
              },
            },
          },
        },
      },
    },
  };
}

/** The sample with an operation no document states (judged by the SDK's model alone), not applicable. */
export function withSdkOnlyOperation(report: ConformanceReport): ConformanceReport {
  const reason =
    "DeleteStage is not in the documents; the SDK's model states no length, pattern or range constraints, " +
    "so no value of arn is known to be valid";
  const realtime = report.services["ivs-realtime"]!;
  realtime.operations.DeleteStage = {
    basis: "sdk",
    checks: { accepts_valid_input: { status: "not_applicable", reason } },
  };
  realtime.summary.not_applicable++;
  report.summary.not_applicable++;
  report.spec.sdkOnly["ivs-realtime"] = ["DeleteStage"];
  return report;
}
