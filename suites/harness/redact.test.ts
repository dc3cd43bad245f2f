import { describe, expect, it } from "vitest";
import { redactHeaders, redactText, redactValue } from "./redact.ts";

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
  ["a tag value named value stays", { given: { tags: { value: "v" } }, want: { tags: { value: "v" } } }],
];

describe("redactValue", () => {
  it.each(cases)("%s", (_, { given, want }) => expect(redactValue(given)).toEqual(want));
  it("redacts secrets in text that is not JSON", () => {
    expect(redactText("key sk_us-west-2_AbC123 token eyJhbGc.eyJzdWI.sig")).toBe("key <redacted> token <redacted>");
  });
  it("redacts signatures in headers", () => {
    expect(redactHeaders({ Authorization: "AWS4-HMAC-SHA256 ...", host: "h" })).toEqual({
      Authorization: "<redacted>",
      host: "h",
    });
  });
});
