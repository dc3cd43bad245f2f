// Each kind of observation, as a table of given exchange -> expected observation (or none, or a
// failure where the documents settle the question).
import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { errorBodyShape } from "../checks/error-body-shape.ts";
import { responseSchema } from "../checks/response-schema.ts";
import type { Exchange } from "../clients/exchange.ts";
import { ConformanceFailure } from "../failure.ts";
import { judgedSpec } from "../judged-spec.ts";
import { messageMember } from "./error-message.ts";
import type { Observation } from "./observation.ts";
import { answerOf, patternReadingObservation } from "./pattern-readings.ts";
import { collectObservations } from "./sink.ts";
import { undocumentedMembers } from "./undocumented-members.ts";

const ivs = judgedSpec("ivs", {});
const getChannel = ivs.operation("GetChannel");
const batchGetChannel = ivs.operation("BatchGetChannel");

const exchange = (op: OperationSpec, status: number, body: unknown, type?: string): Exchange => ({
  operation: op.name,
  request: { method: "POST", url: `http://t/${op.name}`, headers: {}, body: '{"arn":"x"}' },
  response: {
    status,
    headers: { "content-type": "application/json", ...(type ? { "x-amzn-errortype": type } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  },
  via: "raw",
  ms: 1,
});

/** What judging one exchange gives: a failure title, or the observations made (ids and sentences). */
async function judged(check: typeof responseSchema | typeof errorBodyShape, op: OperationSpec, e: Exchange) {
  try {
    const { observations } = await collectObservations(async () => check.judge({ op, exchange: e }));
    return observations.map((o) => [o.id, o.observed]);
  } catch (err) {
    if (!(err instanceof ConformanceFailure)) throw err;
    return `fail: ${err.details.title}`;
  }
}

const channel = {
  arn: "arn:aws:ivs:us-west-2:123456789012:channel/abc",
  name: "n",
  tags: { "any key": "v" },
  srt: { endpoint: "e", passphrase: "p" },
};

describe("undocumented members in 2xx bodies (response_schema)", () => {
  const table: [string, { op: OperationSpec; body: unknown; want: string | [string, string][] }][] = [
    ["documented members only", { op: getChannel, body: { channel }, want: [] }],
    [
      "map keys are data, never members",
      { op: getChannel, body: { channel: { ...channel, tags: { x: "1" } } }, want: [] },
    ],
    [
      "a member beside the documented ones",
      {
        op: getChannel,
        body: { channel, requestTrace: "t" },
        want: [
          [
            "undocumented_member:ivs:GetChannel:requestTrace",
            "GetChannel's 200 body carries requestTrace, which the documented schema " +
              "(#/components/schemas/GetChannelResponse) does not list",
          ],
        ],
      },
    ],
    [
      "members deep inside structures, in the order the body holds them",
      {
        op: getChannel,
        body: { channel: { ...channel, region: "r", srt: { ...channel.srt, port: 1 } } },
        want: [
          [
            "undocumented_member:ivs:GetChannel:channel.srt.port",
            "GetChannel's 200 body carries channel.srt.port, which the documented schema " +
              "(#/components/schemas/GetChannelResponse) does not list",
          ],
          [
            "undocumented_member:ivs:GetChannel:channel.region",
            "GetChannel's 200 body carries channel.region, which the documented schema " +
              "(#/components/schemas/GetChannelResponse) does not list",
          ],
        ],
      },
    ],
    [
      "a member of list items, once however many items carry it",
      {
        op: batchGetChannel,
        body: {
          channels: [
            { ...channel, x: 1 },
            { ...channel, x: 2 },
          ],
          errors: [],
        },
        want: [
          [
            "undocumented_member:ivs:BatchGetChannel:channels[].x",
            "BatchGetChannel's 200 body carries channels[].x, which the documented schema " +
              "(#/components/schemas/BatchGetChannelResponse) does not list",
          ],
        ],
      },
    ],
    [
      "a documented member of the wrong type still fails",
      {
        op: getChannel,
        body: { channel: { ...channel, authorized: "yes" }, extra: 1 },
        want: "fail: The success body does not match the documented schema: /channel/authorized must be boolean.",
      },
    ],
  ];
  it.each(table)("%s", async (_, { op, body, want }) => {
    expect(await judged(responseSchema, op, exchange(op, 200, body))).toEqual(want);
  });

  it("walks lists, maps and structures", () => {
    const schema = {
      type: "object" as const,
      properties: {
        list: {
          type: "array" as const,
          items: { type: "object" as const, properties: { a: { type: "string" as const } } },
        },
        map: {
          type: "object" as const,
          additionalProperties: { type: "object" as const, properties: { b: { type: "string" as const } } },
        },
        open: { type: "object" as const },
      },
    };
    expect(
      undocumentedMembers(schema, {
        list: [{ a: "", z: 1 }],
        map: { k: { b: "", y: 2 } },
        open: { anything: 1 },
        w: 0,
      }),
    ).toEqual(["list[].z", "map{}.y", "w"]);
  });
});

describe("error bodies without their message member (error_body_shape)", () => {
  const table: [string, { body: unknown; type: string; status: number; want: string | [string, string][] }][] = [
    ["with exceptionMessage", { body: { exceptionMessage: "m" }, type: "ValidationException", status: 400, want: [] }],
    [
      "without exceptionMessage, which the documents do not require",
      {
        body: {},
        type: "ValidationException",
        status: 400,
        want: [
          [
            "error_without_message:ivs:GetChannel:ValidationException",
            "GetChannel's 400 ValidationException body has no exceptionMessage " +
              "(the SDK's model has the member; the documents do not require it)",
          ],
        ],
      },
    ],
    [
      "another documented error without it",
      {
        body: { message: "m" },
        type: "ResourceNotFoundException",
        status: 404,
        want: [
          [
            "error_without_message:ivs:GetChannel:ResourceNotFoundException",
            "GetChannel's 404 ResourceNotFoundException body has no exceptionMessage " +
              "(the SDK's model has the member; the documents do not require it)",
          ],
        ],
      },
    ],
    [
      "an error the operation does not document: error_type_documented's business",
      { body: {}, type: "Teapot", status: 418, want: [] },
    ],
    [
      "exceptionMessage of the wrong type still fails",
      {
        body: { exceptionMessage: 5 },
        type: "ValidationException",
        status: 400,
        want:
          "fail: The ValidationException body does not match its documented shape: " +
          "/exceptionMessage must be string.",
      },
    ],
  ];
  it.each(table)("%s", async (_, { body, type, status, want }) => {
    expect(await judged(errorBodyShape, getChannel, exchange(getChannel, status, body, type))).toEqual(want);
  });

  it("reads the message member and whether it is required from the error's schema", () => {
    expect(messageMember(ivs.component("ValidationException"))).toEqual({ name: "exceptionMessage", required: false });
    expect(
      messageMember({
        type: "object",
        properties: { exceptionMessage: { type: "string" } },
        required: ["exceptionMessage"],
      }),
    ).toEqual({ name: "exceptionMessage", required: true });
    expect(messageMember({ type: "object", properties: { code: { type: "string" } } })).toBeUndefined();
  });

  it("leaves a judge called outside a cell with nothing recorded and nothing thrown", () => {
    expect(() =>
      errorBodyShape.judge({ op: getChannel, exchange: exchange(getChannel, 400, {}, "ValidationException") }),
    ).not.toThrow();
  });
});

describe("pattern readings", () => {
  const op = getChannel;
  const pattern = "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+";
  const e = (status: number, type?: string) =>
    exchange(op, status, status < 300 ? { channel } : { exceptionMessage: "m" }, type);
  const table: [string, { given: Exchange[]; finding: string; observed: string }][] = [
    [
      "every value rejected as invalid",
      {
        given: [e(400, "ValidationException"), e(400, "ValidationException"), e(400, "ValidationException")],
        finding: "whole-value",
        observed:
          `reads pattern "${pattern}" at GetChannel.arn as whole-value: ` +
          "3 values that match it somewhere but not as a whole answered 400 ValidationException",
      },
    ],
    [
      "every value past validation (found, or not found)",
      {
        given: [e(200), e(404, "ResourceNotFoundException"), e(200)],
        finding: "substring",
        observed:
          `reads pattern "${pattern}" at GetChannel.arn as a substring: ` +
          "3 values that match it somewhere but not as a whole accepted (200, 404 ResourceNotFoundException)",
      },
    ],
    [
      "a mix, and a server error",
      {
        given: [e(400, "ValidationException"), e(200), e(500, "InternalServerException")],
        finding: "inconsistent",
        observed:
          `reads pattern "${pattern}" at GetChannel.arn inconsistently: ` +
          "of 3 values that match it somewhere but not as a whole, 1 answered 400 ValidationException, " +
          "1 accepted (200), 1 answered otherwise (500 InternalServerException)",
      },
    ],
    [
      "a ValidationException with another status is no clear rejection",
      {
        given: [e(422, "ValidationException")],
        finding: "inconsistent",
        observed:
          `reads pattern "${pattern}" at GetChannel.arn inconsistently: ` +
          "of 1 value that matches it somewhere but not as a whole, 1 answered otherwise (422 ValidationException)",
      },
    ],
  ];
  it.each(table)("%s", (_, { given, finding, observed }) => {
    const o: Observation = patternReadingObservation(op, pattern, "arn", given);
    expect(o).toMatchObject({ id: "pattern_reading:ivs:GetChannel:arn", kind: "pattern_reading", subject: "arn" });
    expect(o.finding).toBe(finding);
    expect(o.observed).toBe(observed);
    expect(o.seen).toBe(given.length);
    expect(o.evidence[0]).toEqual({ request: 'POST http://t/GetChannel {"arn":"x"}', response: expect.any(String) });
  });

  it("counts an undocumented error as neither answer", () => {
    expect(answerOf(op, e(409, "ConflictException"))).toBe("unclear");
    expect(answerOf(op, e(404, "ResourceNotFoundException"))).toBe("accepted");
    expect(answerOf(op, { ...e(200), response: undefined })).toBe("unclear");
  });
});
