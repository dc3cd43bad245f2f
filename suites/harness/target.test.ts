import { describe, expect, it } from "vitest";
import { resolveTarget } from "./target.ts";

describe("resolveTarget", () => {
  it("uses the injected emulator by default", () => {
    const t = resolveTarget({}, { ivsEndpoint: "http://127.0.0.1:1", ivsRealtimeEndpoint: "http://127.0.0.1:2" });
    expect(t.kind).toBe("emulator");
    expect(t.endpoints).toEqual({ ivs: "http://127.0.0.1:1", "ivs-realtime": "http://127.0.0.1:2" });
  });
  it("prefers IVS_ENDPOINT, for both services when IVS_REALTIME_ENDPOINT is unset", () => {
    const t = resolveTarget({ IVS_ENDPOINT: "http://localhost:4566" }, { ivsEndpoint: "http://127.0.0.1:1" });
    expect(t.kind).toBe("url");
    expect(t.endpoints["ivs-realtime"]).toBe("http://localhost:4566");
  });
  it("targets AWS with a region and the SDK's credentials chain", () => {
    const t = resolveTarget({ IVS_TARGET: "aws", AWS_REGION: "eu-west-1" });
    expect(t).toMatchObject({ kind: "aws", region: "eu-west-1", endpoints: {} });
    expect(t.credentials).toBeUndefined();
  });
  it.each([
    ["IVS_TARGET=aws without a region", { IVS_TARGET: "aws" }, /AWS_REGION/],
    ["an endpoint that is not a URL", { IVS_ENDPOINT: "localhost:4566" }, /IVS_ENDPOINT must be an http\(s\) URL/],
    ["no target at all", {}, /no target/],
  ])("refuses %s", (_, env, message) => expect(() => resolveTarget(env)).toThrow(message));
});
