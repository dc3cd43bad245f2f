// Producer-consumer inference over the committed specs: what the suites will create for what.
import { describe, expect, it } from "vitest";
import { judgedSpec } from "./judged-spec.ts";
import { specView } from "./matrix.ts";
import { inferKinds, operationReferences } from "./producers.ts";
import { lifecycleHeadedBy, planOperations } from "./properties/lifecycle-plan.ts";

const refs = (service: "ivs" | "ivs-realtime", op: string) => {
  const spec = judgedSpec(service);
  return Object.fromEntries(
    operationReferences(inferKinds(spec), spec.operation(op)).map((r) => [r.path.join("."), r.kind.key]),
  );
};

describe("inferKinds", () => {
  it("finds each create or import operation and the resource type of its ARN", () => {
    const kinds = Object.fromEntries(
      inferKinds(judgedSpec("ivs")).map((k) => [k.key, `${k.producer.name}.${k.outputMember}`]),
    );
    expect(kinds).toEqual({
      channel: "CreateChannel.channel",
      "stream-key": "CreateStreamKey.streamKey",
      "playback-key": "ImportPlaybackKeyPair.keyPair",
      "playback-restriction-policy": "CreatePlaybackRestrictionPolicy.playbackRestrictionPolicy",
      "recording-configuration": "CreateRecordingConfiguration.recordingConfiguration",
      adConfiguration: "CreateAdConfiguration.adConfiguration",
    });
  });
  it("names a kind by its output member where the SDK's model gives its ARN no pattern, Start* producers too", () => {
    const kinds = Object.fromEntries(
      inferKinds(judgedSpec("ivs-realtime")).map((k) => [k.key, `${k.producer.name}.${k.outputMember}`]),
    );
    expect(kinds).toEqual({
      encoderConfiguration: "CreateEncoderConfiguration.encoderConfiguration",
      ingestConfiguration: "CreateIngestConfiguration.ingestConfiguration",
      stage: "CreateStage.stage",
      storageConfiguration: "CreateStorageConfiguration.storageConfiguration",
      publicKey: "ImportPublicKey.publicKey",
      composition: "StartComposition.composition",
    });
  });
});

const table: [string, { service: "ivs" | "ivs-realtime"; op: string; want: Record<string, string> }][] = [
  ["by documented pattern", { service: "ivs", op: "CreateStreamKey", want: { channelArn: "channel" } }],
  ["list items by pattern", { service: "ivs", op: "BatchGetChannel", want: { "arns.[]": "channel" } }],
  [
    "optional associations",
    {
      service: "ivs",
      op: "UpdateChannel",
      want: {
        arn: "channel",
        playbackRestrictionPolicyArn: "playback-restriction-policy",
        recordingConfigurationArn: "recording-configuration",
      },
    },
  ],
  [
    "by member name where no pattern is documented",
    {
      service: "ivs-realtime",
      op: "StartParticipantReplication",
      want: { sourceStageArn: "stage", destinationStageArn: "stage" },
    },
  ],
  [
    "a bare arn names the operation's noun",
    { service: "ivs-realtime", op: "GetIngestConfiguration", want: { arn: "ingestConfiguration" } },
  ],
  ["an ARN of any type refers to no single producer", { service: "ivs", op: "TagResource", want: {} }],
  [
    "references below the top level, and the items of a list named for a kind's ARNs",
    {
      service: "ivs-realtime",
      op: "StartComposition",
      want: {
        stageArn: "stage",
        "destinations.[].channel.encoderConfigurationArn": "encoderConfiguration",
        "destinations.[].s3.storageConfigurationArn": "storageConfiguration",
        "destinations.[].s3.encoderConfigurationArns.[]": "encoderConfiguration",
      },
    },
  ],
  [
    "a bare arn of a Start* producer's kind",
    { service: "ivs-realtime", op: "StopComposition", want: { arn: "composition" } },
  ],
];

describe("operationReferences", () => {
  it.each(table)("%s", (_, { service, op, want }) => expect(refs(service, op)).toEqual(want));
});

describe("lifecycle plans of the families the SDK's model adds", () => {
  const plan = (service: "ivs" | "ivs-realtime", op: string, check: "lifecycle_consistent" | "use_after_delete") => {
    const found = lifecycleHeadedBy(specView(service, {}), judgedSpec(service).operation(op), check);
    return found ? planOperations(found).map((o) => o.name) : undefined;
  };
  const tags = ["TagResource", "ListTagsForResource", "UntagResource"];

  it.each([
    ["ivs-realtime", "DeleteStage", ["CreateStage", "GetStage", "ListStages", "UpdateStage", ...tags, "DeleteStage"]],
    [
      "ivs-realtime",
      "DeleteEncoderConfiguration",
      ["CreateEncoderConfiguration", "GetEncoderConfiguration", "ListEncoderConfigurations", ...tags],
    ],
    [
      "ivs-realtime",
      "DeleteStorageConfiguration",
      ["CreateStorageConfiguration", "GetStorageConfiguration", "ListStorageConfigurations", ...tags],
    ],
    ["ivs-realtime", "DeletePublicKey", ["ImportPublicKey", "GetPublicKey", "ListPublicKeys", ...tags]],
    [
      "ivs-realtime",
      "DeleteIngestConfiguration",
      [
        "CreateIngestConfiguration",
        "GetIngestConfiguration",
        "ListIngestConfigurations",
        "UpdateIngestConfiguration",
        ...tags,
      ],
    ],
    [
      "ivs",
      "DeleteAdConfiguration",
      ["CreateAdConfiguration", "GetAdConfiguration", "ListAdConfigurations", "UpdateAdConfiguration", ...tags],
    ],
  ] as const)("%s %s heads use_after_delete over its family", (service, del, family) => {
    expect(plan(service, del, "use_after_delete")).toEqual([...new Set([...family, del])]);
  });

  it("heads a composition's lifecycle with StartComposition: none deletes one, StopComposition ends it", () => {
    expect(plan("ivs-realtime", "StartComposition", "lifecycle_consistent")).toEqual([
      "StartComposition",
      "GetComposition",
      "ListCompositions",
      ...tags,
    ]);
    expect(plan("ivs-realtime", "StopComposition", "use_after_delete")).toBeUndefined();
    const view = specView("ivs-realtime", {});
    const composition = lifecycleHeadedBy(view, view.spec.operation("StartComposition"), "lifecycle_consistent");
    expect(composition?.stop?.op.name).toBe("StopComposition");
    expect(lifecycleHeadedBy(view, view.spec.operation("CreateStage"), "lifecycle_consistent")?.stop).toBeUndefined();
  });
});
