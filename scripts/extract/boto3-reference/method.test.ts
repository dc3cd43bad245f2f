import { describe, expect, it } from "vitest";
import { readExcerpt } from "../test-support/read-excerpt.ts";
import { renderMembers } from "../test-support/render-members.ts";
import { toLines } from "../text/lines.ts";
import { readExceptions } from "./exceptions.ts";
import { readMethod } from "./method.ts";

function method(file: string, name: string, operation: string) {
  const lines = toLines(readExcerpt("boto3-reference", file));
  return readMethod(file, lines, { method: name, operation, start: 0, end: lines.length });
}

describe("readMethod", () => {
  const cases: [
    string,
    {
      given: [file: string, method: string, operation: string];
      want: { documentation: string; input: string[]; output: string[]; errors: string[] | undefined };
    },
  ][] = [
    [
      "batch_get_channel: a lone unbulleted parameter, a list of dicts with a map and enums, no Exceptions list",
      {
        given: ["batch-get-channel.txt", "batch_get_channel", "BatchGetChannel"],
        want: {
          documentation: "Performs GetChannel on multiple ARNs simultaneously.",
          input: ["arns list<string> @15 required@17 doc@19"],
          output: [
            "channels list<structure> @54",
            "channels.arn string @59 doc@61",
            "channels.authorized boolean @63 doc@65",
            "channels.ingestEndpoint string @67 doc@69",
            "channels.latencyMode string enum(NORMAL|LOW)@32 @71 doc@73",
            "channels.name string @75 doc@77",
            "channels.playbackUrl string @79 doc@81",
            "channels.recordingConfigurationArn string @83 doc@85",
            "channels.tags map<string, string> @87 doc@89",
            "channels.type string enum(BASIC|STANDARD)@39 @93 doc@95",
            "errors list<structure> @99 doc@101",
            "errors.arn string @107 doc@109",
            "errors.code string @111 doc@113",
            "errors.message string @115 doc@117",
          ],
          errors: undefined,
        },
      },
    ],
    [
      "delete_channel: `Returns None` is an empty response; exceptions by name",
      {
        given: ["delete-channel.txt", "delete_channel", "DeleteChannel"],
        want: {
          documentation:
            "Deletes the specified channel and its associated stream keys.\n" +
            "If you try to delete a live channel, you will get an error (409 ConflictException). " +
            "To delete a channel that is live, call StopStream , " +
            'wait for the Amazon EventBridge "Stream End" event ' +
            "(to verify that the stream's state was changed from Live to Offline), then call DeleteChannel. " +
            "(See Using EventBridge with Amazon IVS .)",
          input: ["arn string @15 required@17 doc@19"],
          output: [],
          errors: [
            "ResourceNotFoundException@26",
            "AccessDeniedException@27",
            "ValidationException@28",
            "PendingVerification@29",
            "ConflictException@30",
          ],
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given: [file, name, operation], want }) => {
    const op = method(file, name, operation);
    expect({
      documentation: op.documentation?.value,
      input: renderMembers(op.input),
      output: renderMembers(op.output),
      errors: op.errors?.map((e) => `${e.name}@${e.source.line}`),
    }).toEqual(want);
  });

  it("batch_get_channel: `required` stated for every request member, never for a response member", () => {
    const op = method("batch-get-channel.txt", "batch_get_channel", "BatchGetChannel");
    expect(op.input[0]!.required).toEqual({ value: true, source: { doc: "batch-get-channel.txt", line: 17 } });
    const channels = op.output[0]!;
    expect(channels.required).toBeUndefined();
    expect(channels.type.items!.members!.map((m) => m.required)).toEqual(
      channels.type.items!.members!.map(() => undefined),
    );
  });

  it("create_recording_configuration: nested structures in the response, and the exceptions without a status", () => {
    const op = method(
      "create-recording-configuration.txt",
      "create_recording_configuration",
      "CreateRecordingConfiguration",
    );
    expect(op.name).toBe("CreateRecordingConfiguration");
    expect(op.source).toEqual({ doc: "create-recording-configuration.txt", line: 1 });
    expect(op.http).toBeUndefined();
    expect(renderMembers(op.output)).toContain(
      "recordingConfiguration.destinationConfiguration.s3.bucketName string @109 doc@111",
    );
    expect(renderMembers(op.output)).toContain(
      "recordingConfiguration.state string enum(CREATING|CREATE_FAILED|ACTIVE)@80 @117 doc@119",
    );
    expect(op.errors).toEqual(
      [
        "InternalServerException",
        "AccessDeniedException",
        "ValidationException",
        "PendingVerification",
        "ConflictException",
        "ServiceQuotaExceededException",
      ].map((name, i) => ({ name, source: { doc: "create-recording-configuration.txt", line: 143 + i } })),
    );
  });

  it("names the document, the line and the method when the call is another method's", () => {
    expect(() => method("delete-channel.txt", "delete_stream_key", "DeleteStreamKey")).toThrow(
      new RegExp(
        "^delete-channel\\.txt:11: expected the call client\\.delete_stream_key\\( " +
          'in the section of delete_stream_key, found "response = client\\.delete_channel\\("$',
      ),
    );
  });
});

describe("readExceptions", () => {
  const cases: [string, { given: string[]; want: string[] | RegExp }][] = [
    [
      "names only",
      {
        given: ["  • IVS.Client.exceptions.ThrottlingException", "", "  • IVS.Client.exceptions.StreamUnavailable"],
        want: ["ThrottlingException@1", "StreamUnavailable@3"],
      },
    ],
    [
      "anything else is an error",
      {
        given: ["  • ThrottlingException"],
        want: new RegExp(
          '^doc\\.txt:1: expected an exception "• <Service>\\.Client\\.exceptions\\.<Name>", ' +
            'found " {2}• ThrottlingException"$',
        ),
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const lines = given.map((text, i) => ({ n: i + 1, text }));
    const read = () => readExceptions("doc.txt", lines, 0, lines.length).map((e) => `${e.name}@${e.source.line}`);
    if (want instanceof RegExp) expect(read).toThrow(want);
    else expect(read()).toEqual(want);
  });
});
