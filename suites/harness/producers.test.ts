// Producer-consumer inference over the committed specs: what the suites will create for what.
import { describe, expect, it } from "vitest";
import { judgedSpec } from "./judged-spec.ts";
import { inferKinds, operationReferences } from "./producers.ts";

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
];

describe("operationReferences", () => {
  it.each(table)("%s", (_, { service, op, want }) => expect(refs(service, op)).toEqual(want));
});
