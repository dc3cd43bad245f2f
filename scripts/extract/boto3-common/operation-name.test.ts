import { describe, expect, it } from "vitest";
import { operationName, snakeToPascal } from "./operation-name.ts";

// Every method name the boto3 reference and the changelog pages use, with its AWS operation name.
const IVS = [
  ["batch_get_channel", "BatchGetChannel"],
  ["batch_get_stream_key", "BatchGetStreamKey"],
  ["create_channel", "CreateChannel"],
  ["create_recording_configuration", "CreateRecordingConfiguration"],
  ["create_stream_key", "CreateStreamKey"],
  ["delete_channel", "DeleteChannel"],
  ["delete_playback_key_pair", "DeletePlaybackKeyPair"],
  ["delete_recording_configuration", "DeleteRecordingConfiguration"],
  ["delete_stream_key", "DeleteStreamKey"],
  ["get_channel", "GetChannel"],
  ["get_playback_key_pair", "GetPlaybackKeyPair"],
  ["get_recording_configuration", "GetRecordingConfiguration"],
  ["get_stream", "GetStream"],
  ["get_stream_key", "GetStreamKey"],
  ["get_stream_session", "GetStreamSession"],
  ["import_playback_key_pair", "ImportPlaybackKeyPair"],
  ["list_channels", "ListChannels"],
  ["list_playback_key_pairs", "ListPlaybackKeyPairs"],
  ["list_recording_configurations", "ListRecordingConfigurations"],
  ["list_stream_keys", "ListStreamKeys"],
  ["list_stream_sessions", "ListStreamSessions"],
  ["list_streams", "ListStreams"],
  ["list_tags_for_resource", "ListTagsForResource"],
  ["put_metadata", "PutMetadata"],
  ["stop_stream", "StopStream"],
  ["tag_resource", "TagResource"],
  ["untag_resource", "UntagResource"],
  ["update_channel", "UpdateChannel"],
] as const;

const IVS_REALTIME = [
  ["list_participant_replicas", "ListParticipantReplicas"],
  ["start_participant_replication", "StartParticipantReplication"],
  ["stop_participant_replication", "StopParticipantReplication"],
  ["create_stage", "CreateStage"],
  ["get_participant", "GetParticipant"],
  ["get_stage", "GetStage"],
  ["list_participant_events", "ListParticipantEvents"],
  ["list_participants", "ListParticipants"],
  ["update_stage", "UpdateStage"],
  ["create_ingest_configuration", "CreateIngestConfiguration"],
  ["get_ingest_configuration", "GetIngestConfiguration"],
  ["list_ingest_configurations", "ListIngestConfigurations"],
  ["update_ingest_configuration", "UpdateIngestConfiguration"],
] as const;

describe("snakeToPascal", () => {
  const cases: [string, { given: string; want: string }][] = [...IVS, ...IVS_REALTIME].map(([given, want]) => [
    given,
    { given, want },
  ]);
  it.each(cases)("%s", (_, { given, want }) => {
    expect(snakeToPascal(given)).toBe(want);
  });

  it.each([["GetChannel"], ["get-channel"], ["get__channel"], [""]])("rejects %j, naming the bad value", (given) => {
    expect(() => snakeToPascal(given)).toThrow(/snakeToPascal: expected a snake_case method name .* but received/);
  });
});

describe("operationName", () => {
  const known = IVS.map(([, name]) => name);
  const cases: [string, { given: [string, string[] | undefined]; want: string | undefined }][] = [
    [
      "every ivs method resolves against the Introduction's list",
      { given: ["list_tags_for_resource", known], want: "ListTagsForResource" },
    ],
    [
      "the known list keeps an acronym the naive conversion loses",
      { given: ["get_sdk_config", ["GetSDKConfig"]], want: "GetSDKConfig" },
    ],
    [
      "a method the list lacks resolves to nothing, not to a guess",
      { given: ["get_playback_restriction_policy", known], want: undefined },
    ],
    [
      "without a list, the word-by-word conversion",
      { given: ["list_participant_replicas", undefined], want: "ListParticipantReplicas" },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(operationName(...given)).toBe(want);
  });

  it.each(IVS.map(([snake, name]) => [snake, name]))("%s resolves to %s", (snake, name) => {
    expect(operationName(snake, known)).toBe(name);
  });
});
