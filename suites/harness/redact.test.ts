import { describe, expect, it, vi } from "vitest";
import { ConformanceFailure } from "./failure.ts";
import { learnSecrets, redactHeaders, redactString, redactText, redactValue, rememberSecret } from "./redact.ts";

const cases: [string, { given: unknown; want: unknown }][] = [
  [
    "a stream key's value",
    {
      given: { streamKey: { arn: "arn:aws:ivs:us-west-2:1:stream-key/abc", value: "sk_us-west-2_abc" } },
      want: { streamKey: { arn: "arn:aws:ivs:us-west-2:1:stream-key/abc", value: "<redacted>" } },
    },
  ],
  [
    "stream keys in a list",
    { given: { streamKeys: [{ arn: "x", value: "sk_1" }] }, want: { streamKeys: [{ arn: "x", value: "<redacted>" }] } },
  ],
  [
    "an SRT passphrase",
    {
      given: { channel: { srt: { endpoint: "e", passphrase: "p" } } },
      want: { channel: { srt: { endpoint: "e", passphrase: "<redacted>" } } },
    },
  ],
  [
    "participant tokens",
    {
      given: { participantTokens: [{ token: "eyJ.a.b", userId: "u" }] },
      want: { participantTokens: [{ token: "<redacted>", userId: "u" }] },
    },
  ],
  [
    "an ingest configuration's stream key",
    {
      given: { ingestConfiguration: { streamKey: "abc" } },
      want: { ingestConfiguration: { streamKey: "<redacted>" } },
    },
  ],
  [
    "credentials",
    {
      given: { Credentials: { SecretAccessKey: "s", SessionToken: "t", AccessKeyId: "AKID" } },
      want: { Credentials: { SecretAccessKey: "<redacted>", SessionToken: "<redacted>", AccessKeyId: "AKID" } },
    },
  ],
  [
    "a stream key in a member that is not a secret's (an error message)",
    {
      given: { exceptionMessage: "stream key sk_us-west-2_AbC123dEf456 is in use" },
      want: { exceptionMessage: "stream key <redacted> is in use" },
    },
  ],
  ["a tag value named value stays", { given: { tags: { value: "v" } }, want: { tags: { value: "v" } } }],
];

describe("redactValue", () => {
  it.each(cases)("%s", (_, { given, want }) => expect(redactValue(given)).toEqual(want));
});

describe("redactText: secrets by shape, in text that is not JSON", () => {
  const table: [string, string, string][] = [
    [
      "IVS stream keys and JWTs",
      "key sk_us-west-2_AbC123 token eyJhbGc.eyJzdWI.sig",
      "key <redacted> token <redacted>",
    ],
    ["RealTime ingest stream keys", "ingest sk_Zm9vYmFyYmF6cXV4", "ingest <redacted>"],
    [
      "PEM private keys, also cut short",
      "a -----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY----- b -----BEGIN PRIVATE KEY-----\nMIGH",
      "a <redacted> b <redacted>",
    ],
    [
      "SigV4 signatures and session tokens",
      `Signature=${"ab12".repeat(16)} and ?X-Amz-Signature=${"0f".repeat(32)}&X-Amz-Security-Token=IQoJb3JpZ2lu%2B&x=1`,
      "Signature=<redacted> and ?X-Amz-Signature=<redacted>&X-Amz-Security-Token=<redacted>&x=1",
    ],
    [
      "secret members written as JSON inside a sentence",
      'as CreateChannel assigned: {"srt":{"endpoint":"e","passphrase":"p\\"q"},"streamKey":"k","token":"t"}',
      'as CreateChannel assigned: {"srt":{"endpoint":"e","passphrase":"<redacted>"},' +
        '"streamKey":"<redacted>","token":"<redacted>"}',
    ],
    [
      "JSON bodies by member",
      '{"channel":{"srt":{"passphrase":"p"}}}',
      '{"channel":{"srt":{"passphrase":"<redacted>"}}}',
    ],
    ["words that only look alike stay", "task_manager ask_me sk_short", "task_manager ask_me sk_short"],
  ];
  it.each(table)("%s", (_, given, want) => expect(redactText(given)).toBe(want));
});

describe("secrets by value: once seen, redacted wherever they show up", () => {
  it("learns a body's secret members and redacts them in later text, JSON or not, whole or inside words", () => {
    const passphrase = "Qm9yaW5nUGFzc3BocmFzZTEy";
    const token = "dG9rZW4tdGhhdC1pcy1ub3QtYS1KV1Q";
    learnSecrets(JSON.stringify({ channel: { srt: { passphrase } }, participantTokens: [{ token }] }));
    expect(redactText(`<html>debug: ${passphrase}/${token}x</html>`)).toBe(
      "<html>debug: <redacted>/<redacted>x</html>",
    );
    expect(redactValue({ debug: { echo: [`was ${passphrase}`] } })).toEqual({ debug: { echo: ["was <redacted>"] } });
    expect(redactText(JSON.stringify({ exceptionMessage: `bad ${token}` }))).toBe(
      '{"exceptionMessage":"bad <redacted>"}',
    );
  });

  it("remembers what it redacts by member", () => {
    const value = "a-passphrase-only-redactValue-saw";
    redactValue({ srt: { passphrase: value } });
    expect(redactString(`echo ${value}`)).toBe("echo <redacted>");
  });

  it("prefers the longest of two secrets that start alike", () => {
    rememberSecret("0123456789abcdef");
    rememberSecret("0123456789abcdef-and-more");
    expect(redactString("[0123456789abcdef-and-more]")).toBe("[<redacted>]");
  });

  it("does not remember short values, which would redact ordinary words", () => {
    learnSecrets(JSON.stringify({ srt: { passphrase: "password" } }));
    expect(redactString("password reset")).toBe("password reset");
  });

  it("knows the credentials in the environment", async () => {
    vi.resetModules();
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTKEY");
    vi.stubEnv("AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2VjEFAKESESSIONTOKEN");
    try {
      const fresh = await import("./redact.ts");
      expect(fresh.redactString("k=wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTKEY t=IQoJb3JpZ2luX2VjEFAKESESSIONTOKEN")).toBe(
        "k=<redacted> t=<redacted>",
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("redactHeaders", () => {
  it("redacts signatures and session tokens, and secrets seen elsewhere in any header", () => {
    rememberSecret("an-echoed-stream-key-value");
    expect(
      redactHeaders({
        Authorization: "AWS4-HMAC-SHA256 ...",
        "X-Amz-Security-Token": "t",
        "x-debug": "an-echoed-stream-key-value",
        host: "h",
      }),
    ).toEqual({
      Authorization: "<redacted>",
      "X-Amz-Security-Token": "<redacted>",
      "x-debug": "<redacted>",
      host: "h",
    });
  });
});

describe("a failure leaving the process (vitest serializes a test's error with toJSON for its reporters)", () => {
  it("carries the redacted message, never the exchange as sent and received", () => {
    const signature = "5f".repeat(32);
    const sig = `Signature=${signature}`;
    const key = "sk_us-west-2_LeavesNoWorkerXyz123";
    const failure = new ConformanceFailure({
      check: "lifecycle_consistent",
      service: "ivs",
      operation: "GetStreamKey",
      title: "GetStreamKey returned another value for a StreamKey than CreateStreamKey assigned.",
      received: `200 {"streamKey":{"value":"${key}"}}`,
      documented: `as CreateStreamKey assigned: {"value":"${key}"}`,
      exchange: {
        operation: "GetStreamKey",
        request: {
          method: "POST",
          url: "http://127.0.0.1:1/GetStreamKey",
          headers: {
            authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-west-2/ivs/aws4_request, ${sig}`,
          },
          body: "{}",
        },
        response: { status: 200, headers: {}, body: JSON.stringify({ streamKey: { value: key } }) },
        via: "raw",
        ms: 1,
      },
    });
    const serialized = JSON.stringify(failure);
    expect(Object.keys(JSON.parse(serialized))).toEqual(["name", "message", "stack"]);
    expect(serialized).toContain("GetStreamKey returned another value");
    expect(serialized).not.toContain(key);
    expect(serialized).not.toContain(signature);
  });
});
