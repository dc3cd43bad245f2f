import { describe, expect, it } from "vitest";
import { runConfig } from "./config.ts";
import { ConformanceFailure } from "./failure.ts";
import { resolveTarget } from "./target.ts";

describe("ConformanceFailure", () => {
  it("says what was received and documented, redacts secrets, and prints how to reproduce", () => {
    const f = new ConformanceFailure({
      check: "response_schema",
      service: "ivs",
      operation: "CreateChannel",
      title: "The success body does not match the documented schema.",
      received: "200",
      documented: "#/components/schemas/CreateChannelResponse",
      exchange: {
        operation: "CreateChannel",
        request: {
          method: "POST",
          url: "http://127.0.0.1:1/CreateChannel",
          headers: {
            authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-west-2/ivs/aws4_request",
            "content-type": "application/json",
          },
          body: '{"name":"x"}',
        },
        response: {
          status: 200,
          headers: {},
          body: '{"streamKey":{"arn":"arn:aws:ivs:us-west-2:1:stream-key/a","value":"sk_us-west-2_secret"}}',
        },
        via: "sdk",
        ms: 1,
      },
    }).withReplay({ seed: 42, path: "3:1", testTitle: "CreateChannel: response_schema" });
    expect(f.message).toContain("CreateChannel: response_schema");
    expect(f.message).toContain("Received:   200");
    expect(f.message).toContain(
      "CONFORMANCE_SEED=42 CONFORMANCE_PATH='3:1' " +
        "npx vitest run --project conformance -t '^CreateChannel: response_schema$'",
    );
    expect(f.message).toContain("curl -i --aws-sigv4 'aws:amz:us-west-2:ivs'");
    expect(f.message).not.toContain("sk_us-west-2_secret");
    expect(f.message).not.toContain("Credential=AKID");
  });

  it("names the target in the reproduce command when the run was not against the embedded emulator", () => {
    const f = new ConformanceFailure({
      check: "status_documented",
      service: "ivs",
      operation: "GetChannel",
      title: "t",
      received: "418",
      documented: "200",
    }).withReplay({
      seed: 7,
      testTitle: "GetChannel: status_documented",
      env: runConfig({ CONFORMANCE_RUNS: "5" }, resolveTarget({ IVS_ENDPOINT: "http://localhost:4566" })).reproduceEnv,
    });
    expect(f.message).toContain(
      "IVS_ENDPOINT='http://localhost:4566' IVS_REALTIME_ENDPOINT='http://localhost:4566' " +
        "CONFORMANCE_RUNS='5' CONFORMANCE_SEED=7 npx vitest run",
    );
  });

  it("quotes target values for the shell", () => {
    const target = resolveTarget({ IVS_ENDPOINT: "http://h/it's", IVS_REALTIME_ENDPOINT: "http://h/r" });
    expect(runConfig({}, target).reproduceEnv).toBe(
      "IVS_ENDPOINT='http://h/it'\\''s' IVS_REALTIME_ENDPOINT='http://h/r' ",
    );
    expect(runConfig({}, resolveTarget({ IVS_TARGET: "aws", AWS_REGION: "eu-west-1" })).reproduceEnv).toBe(
      "IVS_TARGET=aws AWS_REGION='eu-west-1' ",
    );
    expect(runConfig({}, resolveTarget({})).reproduceEnv).toBe("");
  });
});
