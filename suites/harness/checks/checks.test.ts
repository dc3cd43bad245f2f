import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import { ConformanceFailure } from "../failure.ts";
import { specView } from "../matrix.ts";
import { acceptsValidInput } from "./accepts-valid-input.ts";
import { CHECK_NAMES, CHECKS } from "./catalogue.ts";
import { conflictReported } from "./conflict-reported.ts";
import { contentType } from "./content-type.ts";
import type { LifecycleObservation, PageWalk } from "./context.ts";
import type { CheckDefinition, PropertyKind, Subjects } from "./define-check.ts";
import { errorBodyShape } from "./error-body-shape.ts";
import { errorTypeDocumented } from "./error-type-documented.ts";
import { filterRespected } from "./filter-respected.ts";
import { invalidTokenRejected } from "./invalid-token-rejected.ts";
import { lifecycleConsistent } from "./lifecycle-consistent.ts";
import { missingResourceNotFound } from "./missing-resource-not-found.ts";
import { notAServerError } from "./not-a-server-error.ts";
import { offlineChannelNotBroadcasting } from "./offline-channel-not-broadcasting.ts";
import { pageSizeRespected } from "./page-size-respected.ts";
import { paginationComplete } from "./pagination-complete.ts";
import { paginationNoDuplicates } from "./pagination-no-duplicates.ts";
import { rejectsInvalidInput } from "./rejects-invalid-input.ts";
import { responseSchema } from "./response-schema.ts";
import { statusDocumented } from "./status-documented.ts";
import { useAfterDelete } from "./use-after-delete.ts";

const op: OperationSpec = {
  service: "ivs",
  name: "GetThing",
  method: "POST",
  path: "/GetThing",
  successStatus: 200,
  source: { doc: "test" },
  documented: true,
  successHeaders: [],
  input: [],
  errors: [
    { name: "ValidationException", status: 400 },
    { name: "ResourceNotFoundException", status: 404 },
  ],
};

const exchange = (
  status: number,
  type?: string,
  body = '{"exceptionMessage":"m"}',
  contentTypeHeader = "application/json",
): Exchange => ({
  operation: op.name,
  request: { method: "POST", url: "http://t/GetThing", headers: {}, body: "{}" },
  response: {
    status,
    headers: { "content-type": contentTypeHeader, ...(type ? { "x-amzn-errortype": type } : {}) },
    body,
  },
  via: "raw",
  ms: 1,
});

/** Judges `subject`; returns the failure's check name and title, or undefined when it passes. */
function verdict<P extends PropertyKind>(check: CheckDefinition<P>, subject: Subjects[P]) {
  try {
    check.judge(subject);
    return undefined;
  } catch (e) {
    if (!(e instanceof ConformanceFailure)) throw e;
    return { check: e.details.check, title: e.details.title };
  }
}

type Row = [string, { check: CheckDefinition<"exchanges">; given: Exchange; fails?: RegExp }];
const exchangeTable: Row[] = [
  [
    "status_documented: a documented error status",
    { check: statusDocumented, given: exchange(404, "ResourceNotFoundException") },
  ],
  [
    "status_documented: 418",
    { check: statusDocumented, given: exchange(418, "Teapot"), fails: /^Status 418 is not documented for GetThing\.$/ },
  ],
  [
    "not_a_server_error: 503",
    {
      check: notAServerError,
      given: exchange(503, "ServiceUnavailableException"),
      fails: /answered a request the spec allows with a server error/,
    },
  ],
  [
    "error_type_documented: undocumented name",
    {
      check: errorTypeDocumented,
      given: exchange(400, "InvalidParameterException"),
      fails: /^Error InvalidParameterException is not documented/,
    },
  ],
  [
    "error_type_documented: documented name, other status",
    {
      check: errorTypeDocumented,
      given: exchange(400, "ResourceNotFoundException"),
      fails: /came with status 400, documented as 404/,
    },
  ],
  [
    "error_type_documented: no name at all",
    { check: errorTypeDocumented, given: exchange(400), fails: /names no error/ },
  ],
  [
    "error_body_shape: HTML body",
    { check: errorBodyShape, given: exchange(400, "ValidationException", "<html/>"), fails: /is not a JSON object/ },
  ],
  [
    "content_type: text/plain",
    { check: contentType, given: exchange(200, undefined, "{}", "text/plain"), fails: /came as text\/plain/ },
  ],
  [
    "content_type: with a charset",
    { check: contentType, given: exchange(200, undefined, "{}", "application/json; charset=utf-8") },
  ],
  [
    "response_schema: a body where none is documented",
    { check: responseSchema, given: exchange(200, undefined, "{}"), fails: /documents no response body/ },
  ],
  [
    "accepts_valid_input: ValidationException",
    { check: acceptsValidInput, given: exchange(400, "ValidationException"), fails: /rejected as invalid/ },
  ],
  [
    "accepts_valid_input: not found is fine",
    { check: acceptsValidInput, given: exchange(404, "ResourceNotFoundException") },
  ],
  [
    "rejects_invalid_input: accepted",
    { check: rejectsInvalidInput, given: exchange(200, undefined, "{}"), fails: /was accepted/ },
  ],
  [
    "rejects_invalid_input: 400 ValidationException",
    { check: rejectsInvalidInput, given: exchange(400, "ValidationException") },
  ],
];

describe("exchange checks", () => {
  it.each(exchangeTable)("%s", (_, { check, given, fails }) => {
    const got = verdict(check, { op, exchange: given });
    if (!fails) expect(got).toBeUndefined();
    else expect(got).toEqual({ check: check.name, title: expect.stringMatching(fails) });
  });
  it("print the request and a reproduction line", () => {
    expect(() => statusDocumented.judge({ op, exchange: exchange(418, "Teapot") })).toThrow(/Reproduce with:/);
  });
});

describe("page walk checks", () => {
  const page = (ids: string[], nextToken?: string) => ({
    exchange: exchange(200, undefined, "{}"),
    ids,
    ...(nextToken ? { nextToken } : {}),
  });
  const walk = (pages: ReturnType<typeof page>[], expected: string[], maxResults = 2): PageWalk => ({
    op,
    maxResults,
    pages,
    expected,
  });
  it("finds a missing item, a repeated item, an oversized page and a walk that never ends", () => {
    expect(verdict(paginationComplete, walk([page(["a", "b"])], ["a", "b", "c"]))).toEqual({
      check: "pagination_complete",
      title: "1 of 3 items that exist never came back.",
    });
    expect(verdict(paginationNoDuplicates, walk([page(["a", "b"], "t"), page(["b", "c"])], ["a"]))).toEqual({
      check: "pagination_no_duplicates",
      title: "Item b came back twice, on pages 1 and 2.",
    });
    expect(verdict(pageSizeRespected, walk([page(["a", "b", "c"])], [], 2))).toEqual({
      check: "page_size_respected",
      title: "Page 1 holds 3 items, more than maxResults 2.",
    });
    expect(
      verdict(paginationComplete, {
        ...walk([page(["a"], "t")], ["a"]),
        endless: "page 2 handed back a nextToken the walk had already followed",
      })?.title,
    ).toMatch(/never ended/);
  });
  it("passes a clean walk", () => {
    const w = walk([page(["a", "b"], "t"), page(["c"])], ["a", "b", "c"]);
    expect([paginationComplete, paginationNoDuplicates, pageSizeRespected].map((c) => verdict(c, w))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
  it("invalid_token_rejected wants a 400", () => {
    expect(verdict(invalidTokenRejected, { op, exchange: exchange(400, "ValidationException") })).toBeUndefined();
    expect(verdict(invalidTokenRejected, { op, exchange: exchange(200, undefined, "{}") })?.check).toBe(
      "invalid_token_rejected",
    );
  });
});

describe("situation checks", () => {
  const situation = "A request naming arn x, which does not exist,";
  it.each([
    [missingResourceNotFound, 404, "ResourceNotFoundException"],
    [conflictReported, 409, "ConflictException"],
    [offlineChannelNotBroadcasting, 404, "ChannelNotBroadcasting"],
  ] as const)("%s passes only its documented status and error", (check, status, name) => {
    expect(verdict(check, { op, exchange: exchange(status, name), situation })).toBeUndefined();
    expect(verdict(check, { op, exchange: exchange(400, "ValidationException"), situation })).toEqual({
      check: check.name,
      title: `${situation} was not answered ${status} ${name}.`,
    });
  });
});

describe("lifecycle checks", () => {
  const arn = "arn:aws:ivs:us-west-2:1:channel/x";
  const table: [string, LifecycleObservation, string | undefined, string | undefined][] = [
    [
      "a deleted resource still readable",
      { kind: "used_after_delete", op, exchange: exchange(200, undefined, "{}"), noun: "Channel", arn, verb: "read" },
      "A deleted Channel could still be read.",
      undefined,
    ],
    [
      "a deleted resource answers 404",
      {
        kind: "used_after_delete",
        op,
        exchange: exchange(404, "ResourceNotFoundException"),
        noun: "Channel",
        arn,
        verb: "read",
      },
      undefined,
      undefined,
    ],
    [
      "a deleted resource still listed",
      { kind: "listed", op, exchange: undefined, noun: "Channel", arn, deleted: true, seen: true },
      "A deleted Channel is still listed.",
      undefined,
    ],
    [
      "an existing resource missing from a list",
      { kind: "listed", op, exchange: undefined, noun: "Channel", arn, deleted: false, seen: false },
      undefined,
      "An existing Channel is missing from GetThing.",
    ],
    [
      "a get that disagrees",
      {
        kind: "acknowledged",
        op,
        exchange: exchange(200),
        arn,
        expected: { name: "a" },
        got: { name: "b" },
        fields: ["name"],
      },
      undefined,
      "GetThing disagrees with what was created or updated on name.",
    ],
    [
      "a get that agrees",
      {
        kind: "acknowledged",
        op,
        exchange: exchange(200),
        arn,
        expected: { name: "a" },
        got: { name: "a", extra: 1 },
        fields: ["name"],
      },
      undefined,
      undefined,
    ],
    [
      "other tags",
      { kind: "tags", op, exchange: exchange(200), arn, expected: { a: "1" }, got: { a: "2" } },
      undefined,
      "GetThing returned other tags than were set.",
    ],
    [
      "tags in another key order",
      { kind: "tags", op, exchange: exchange(200), arn, expected: { a: "1", b: "2" }, got: { b: "2", a: "1" } },
      undefined,
      undefined,
    ],
    [
      "a failed delete of an existing resource",
      { kind: "deleted", op, exchange: exchange(500), noun: "Channel", arn, succeeded: false },
      undefined,
      "Deleting an existing Channel failed.",
    ],
  ];
  it.each(table)("%s", (_, observation, afterDelete, consistent) => {
    expect(verdict(useAfterDelete, observation)).toEqual(
      afterDelete && { check: "use_after_delete", title: afterDelete },
    );
    expect(verdict(lifecycleConsistent, observation)).toEqual(
      consistent && { check: "lifecycle_consistent", title: consistent },
    );
  });
});

describe("the catalogue", () => {
  it("has one definition per name, each in a file named after it", () => {
    expect(new Set(CHECK_NAMES).size).toBe(CHECKS.length);
    const files = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".ts"));
    for (const name of CHECK_NAMES) expect(files).toContain(`${name.replaceAll("_", "-")}.ts`);
  });
  it("says why a check does not apply, from the spec alone", () => {
    const view = specView("ivs");
    const get = view.spec.operation("GetChannel");
    const create = view.spec.operation("CreateChannel");
    const del = view.spec.operation("DeleteChannel");
    expect(paginationComplete.notApplicable(get, view)).toBe("GetChannel is not paginated (no x-amzn-pagination)");
    expect(paginationComplete.notApplicable(view.spec.operation("ListChannels"), view)).toBeUndefined();
    expect(conflictReported.notApplicable(get, view)).toBe("GetChannel documents no ConflictException");
    expect(lifecycleConsistent.notApplicable(create, view)).toBeUndefined();
    expect(lifecycleConsistent.notApplicable(get, view)).toBe(
      "GetChannel is not the create operation of a resource with a get or list operation",
    );
    expect(useAfterDelete.notApplicable(del, view)).toBeUndefined();
    expect(useAfterDelete.notApplicable(create, view)).toBe("CreateChannel is not the delete operation of a resource");
    expect(statusDocumented.notApplicable(get, view)).toBeUndefined();
  });
  it("judges an operation no document states by what the SDK's model states, and says so", () => {
    const view = specView("ivs-realtime");
    const op = (name: string) => view.spec.operation(name);
    expect(acceptsValidInput.notApplicable(op("CreateEncoderConfiguration"), view)).toBe(
      "CreateEncoderConfiguration is not in the documents; the SDK's model states no length, pattern or range " +
        "constraints, so no value of name, video.width, video.height, video.framerate, video.bitrate, tags{key}, " +
        "tags{} is known to be valid",
    );
    expect(acceptsValidInput.notApplicable(op("CreateStage"), view)).toBeUndefined();
    expect(filterRespected.notApplicable(op("ListCompositions"), view)).toBe(
      "ListCompositions is not in the documents; the SDK's model names its filters (filterByStageArn) " +
        "but states nothing of what each keeps",
    );
    expect(filterRespected.notApplicable(op("ListIngestConfigurations"), view)).toBeUndefined();
    // The checks that judge types, required members, errors and pagination apply as to any operation.
    expect(rejectsInvalidInput.notApplicable(op("CreateEncoderConfiguration"), view)).toBeUndefined();
    expect(paginationComplete.notApplicable(op("ListStages"), view)).toBeUndefined();
    expect(useAfterDelete.notApplicable(op("DeleteStage"), view)).toBeUndefined();
    expect(lifecycleConsistent.notApplicable(op("CreateEncoderConfiguration"), view)).toBeUndefined();
  });
});
