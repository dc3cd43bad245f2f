// The judges of the lifecycle observations on server-assigned values and batch reads, of
// filter_respected and of batch_accounts_for_every_id, and what the spec lets the harness derive
// for them: server-assigned members, batch shapes, documented filters.
import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import { listFilters } from "../documented-rules.ts";
import { ConformanceFailure } from "../failure.ts";
import { specView } from "../matrix.ts";
import { batchShape } from "../properties/batches.ts";
import { lifecycleHeadedBy } from "../properties/lifecycle-plan.ts";
import { batchAccountsForEveryId } from "./batch-accounts-for-every-id.ts";
import type { BatchCase, FilteredWalk, LifecycleObservation } from "./context.ts";
import type { CheckDefinition, PropertyKind, Subjects } from "./define-check.ts";
import { filterRespected } from "./filter-respected.ts";
import { lifecycleConsistent } from "./lifecycle-consistent.ts";
import { useAfterDelete } from "./use-after-delete.ts";

const ivs = specView("ivs");
const realtime = specView("ivs-realtime");
const op = ivs.spec.operation("ListChannels");
const exchange = (body: unknown, status = 200): Exchange => ({
  operation: op.name,
  request: { method: "POST", url: "http://t/x", headers: {}, body: "{}" },
  response: { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  via: "raw",
  ms: 1,
});

function verdict<P extends PropertyKind>(check: CheckDefinition<P>, subject: Subjects[P]) {
  try {
    check.judge(subject);
    return undefined;
  } catch (e) {
    if (!(e instanceof ConformanceFailure)) throw e;
    return e.details.title;
  }
}

describe("derived from the spec", () => {
  const plan = (view: typeof ivs, producer: string) =>
    lifecycleHeadedBy(view, view.spec.operation(producer), "lifecycle_consistent")!;

  it("server-assigned members: in the create response, in no create or update input, not a state", () => {
    expect(plan(ivs, "CreateChannel").assigned).toEqual(["arn", "ingestEndpoint", "playbackUrl"]);
    expect(plan(ivs, "CreateStreamKey").assigned).toEqual(["arn", "value"]);
    expect(plan(ivs, "ImportPlaybackKeyPair").assigned).toEqual(["arn", "fingerprint"]);
    expect(plan(ivs, "CreateRecordingConfiguration").assigned).toEqual(["arn"]);
    expect(plan(realtime, "CreateStage").assigned).toEqual(["arn"]);
  });

  it("CreateChannel's stream key is a companion, read through the stream key's operations", () => {
    const [key] = plan(ivs, "CreateChannel").companions;
    expect(key?.holder).toBe("streamKey");
    expect(key?.assigned).toEqual(["arn", "channelArn", "value"]);
    expect([key?.get?.op.name, key?.list?.op.name, key?.list?.parentMember, key?.batch?.op.name]).toEqual([
      "GetStreamKey",
      "ListStreamKeys",
      "channelArn",
      "BatchGetStreamKey",
    ]);
  });

  it("batch shapes", () => {
    const shape = (name: string) => batchShape(ivs, ivs.spec.operation(name));
    expect(shape("BatchGetChannel")).toMatchObject({ member: "arns", identity: ["arn"], results: "channels" });
    expect(shape("BatchStartViewerSessionRevocation")).toMatchObject({
      member: "viewerSessions",
      identity: ["channelArn", "viewerId"],
      refMember: "channelArn",
    });
    expect(shape("BatchStartViewerSessionRevocation")?.results).toBeUndefined();
    expect(shape("GetChannel")).toBeUndefined();
  });

  it("documented filters", () => {
    const filters = listFilters(op).map((f) => [f.path.join("."), f.itemMember, f.match]);
    expect(filters).toEqual([
      ["filterByName", "name", "contains"],
      ["filterByPlaybackRestrictionPolicyArn", "playbackRestrictionPolicyArn", "equals"],
      ["filterByRecordingConfigurationArn", "recordingConfigurationArn", "equals"],
    ]);
    const published = listFilters(realtime.spec.operation("ListParticipants")).find(
      (f) => f.itemMember === "published",
    );
    expect(published?.values).toEqual([true]);
    expect(listFilters(ivs.spec.operation("ListStreams")).map((f) => f.path.join("."))).toEqual(["filterBy.health"]);
  });
});

describe("lifecycle observations", () => {
  const arn = "arn:aws:ivs:us-west-2:1:stream-key/k";
  const assigned = (got: Record<string, unknown> | undefined): LifecycleObservation => ({
    kind: "assigned",
    op,
    exchange: exchange({}),
    noun: "StreamKey",
    arn,
    assignedBy: "CreateChannel",
    expected: { arn, value: "sk_1" },
    got,
  });
  const batch = (deleted: boolean, found: number): LifecycleObservation => ({
    kind: "batch_read",
    op,
    exchange: exchange({}),
    noun: "Channel",
    arn,
    deleted,
    found,
  });
  it.each([
    ["the same assigned values", lifecycleConsistent, assigned({ arn, value: "sk_1", tags: {} }), undefined],
    [
      "another value",
      lifecycleConsistent,
      assigned({ arn, value: "sk_2" }),
      "ListChannels returned another value for a StreamKey than CreateChannel assigned.",
    ],
    [
      "no resource",
      lifecycleConsistent,
      assigned(undefined),
      "ListChannels did not return the StreamKey that CreateChannel made.",
    ],
    ["an existing resource in a batch", lifecycleConsistent, batch(false, 1), undefined],
    [
      "an existing resource missing from a batch",
      lifecycleConsistent,
      batch(false, 0),
      "An existing Channel is missing from the results of ListChannels.",
    ],
    ["a deleted resource out of a batch", useAfterDelete, batch(true, 0), undefined],
    [
      "a deleted resource in a batch",
      useAfterDelete,
      batch(true, 1),
      "A deleted Channel is still in the results of ListChannels.",
    ],
  ] as const)("%s", (_, check, observation, title) => {
    expect(verdict(check, observation)).toBe(title);
  });
});

describe("filter_respected", () => {
  const [byName, , byConfig] = listFilters(op);
  const walk = (filter: typeof byName, value: string, items: Record<string, unknown>[], expected: string[] = []) =>
    ({
      op,
      filter: filter!,
      value,
      maxResults: 5,
      pages: [{ exchange: exchange({}), items }],
      id: "arn",
      expected,
    }) satisfies FilteredWalk;
  it.each([
    ["exact names", walk(byName, "cf1", [{ arn: "a", name: "cf1" }], ["a"]), undefined],
    [
      "names that contain the value, in any case (prefix, substring)",
      walk(byName, "cf1", [{ arn: "a", name: "xCF1y" }]),
      undefined,
    ],
    [
      "a name without the value",
      walk(byName, "cf1", [{ arn: "a", name: "other" }]),
      'ListChannels filtered by filterByName "cf1" returned an item whose name is "other".',
    ],
    [
      "another association",
      walk(byConfig, "arn:1", [{ arn: "a", recordingConfigurationArn: "arn:2" }]),
      'ListChannels filtered by filterByRecordingConfigurationArn "arn:1" returned an item whose ' +
        'recordingConfigurationArn is "arn:2".',
    ],
    [
      "a matching item left out",
      walk(byName, "cf1", [{ arn: "a", name: "cf1" }], ["a", "b"]),
      'ListChannels filtered by filterByName "cf1" left out 1 of the 2 items made to match it.',
    ],
  ] as const)("%s", (_, subject, title) => {
    expect(verdict(filterRespected, subject)).toBe(title);
  });
});

describe("batch_accounts_for_every_id", () => {
  const batchOp: OperationSpec = ivs.spec.operation("BatchGetChannel");
  const entries = [
    { id: { arn: "arn:a" }, exists: true },
    { id: { arn: "arn:b" }, exists: false },
  ];
  const subject = (body: unknown, status = 200): BatchCase => ({
    op: batchOp,
    exchange: exchange(body, status),
    identity: ["arn"],
    entries,
    results: "channels",
  });
  it.each([
    ["every identifier once", subject({ channels: [{ arn: "arn:a" }], errors: [{ arn: "arn:b" }] }), undefined],
    ["errors dropped", subject({ channels: [{ arn: "arn:a" }] }), 'An unknown arn "arn:b" is missing from errors.'],
    [
      "an existing one reported",
      subject({ channels: [], errors: [{ arn: "arn:a" }, { arn: "arn:b" }] }),
      'An existing arn "arn:a" was reported in errors.',
    ],
    [
      "an unknown one found",
      subject({ channels: [{ arn: "arn:a" }, { arn: "arn:b" }], errors: [] }),
      'An unknown arn "arn:b" came back in channels.',
    ],
    [
      "twice",
      subject({ channels: [{ arn: "arn:a" }, { arn: "arn:a" }], errors: [{ arn: "arn:b" }] }),
      'An existing arn "arn:a" came back 2 times in channels.',
    ],
    ["not a success", subject({}, 500), "A batch of 2 identifiers was not answered with a success."],
  ] as const)("%s", (_, batch, title) => {
    expect(verdict(batchAccountsForEveryId, batch)).toBe(title);
  });
});
