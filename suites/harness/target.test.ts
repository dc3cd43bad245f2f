import { describe, expect, it } from "vitest";
import { embeddedAt, reachable, resolveTarget, targetAssignments } from "./target.ts";

describe("resolveTarget", () => {
  it("is the embedded emulator by default, with its URL filled in once it starts", () => {
    const t = resolveTarget({});
    expect(t).toMatchObject({ kind: "emulator", region: "us-west-2", endpoints: {} });
    expect(() => reachable(t)).toThrow(/no target/);
    const started = embeddedAt(t, "http://127.0.0.1:1");
    expect(reachable(started).endpoints).toEqual({ ivs: "http://127.0.0.1:1", "ivs-realtime": "http://127.0.0.1:1" });
    expect(targetAssignments(started)).toBe("");
  });
  it("uses IVS_ENDPOINT for both services when IVS_REALTIME_ENDPOINT is unset", () => {
    const t = resolveTarget({ IVS_ENDPOINT: "http://localhost:4566" });
    expect(t).toMatchObject({
      kind: "url",
      endpoints: { ivs: "http://localhost:4566", "ivs-realtime": "http://localhost:4566" },
    });
    expect(targetAssignments(t)).toBe(
      "IVS_ENDPOINT='http://localhost:4566' IVS_REALTIME_ENDPOINT='http://localhost:4566' ",
    );
  });
  it("targets AWS with a region and the SDK's credentials chain, starting no emulator", () => {
    const t = resolveTarget({ IVS_TARGET: "aws", AWS_REGION: "eu-west-1" });
    expect(t).toMatchObject({ kind: "aws", region: "eu-west-1", endpoints: {} });
    expect(t.credentials).toBeUndefined();
    expect(() => embeddedAt(t, "http://127.0.0.1:1")).toThrow(/not the embedded emulator/);
  });
  it("honours AWS_DEFAULT_REGION wherever a region is read", () => {
    expect(resolveTarget({ IVS_TARGET: "aws", AWS_DEFAULT_REGION: "ap-south-1" }).region).toBe("ap-south-1");
    expect(resolveTarget({ AWS_DEFAULT_REGION: "ap-south-1" }).region).toBe("ap-south-1");
    expect(resolveTarget({ AWS_REGION: "eu-west-1", AWS_DEFAULT_REGION: "ap-south-1" }).region).toBe("eu-west-1");
  });
  it("never describes a target with its credentials", () => {
    const t = resolveTarget({
      IVS_ENDPOINT: "http://h:1",
      AWS_ACCESS_KEY_ID: "AKIDSECRET",
      AWS_SECRET_ACCESS_KEY: "s3cr3t",
    });
    expect(t.credentials).toEqual({ accessKeyId: "AKIDSECRET", secretAccessKey: "s3cr3t" });
    expect(t.description).not.toMatch(/AKIDSECRET|s3cr3t/);
  });
  it.each([
    ["IVS_TARGET=aws without a region", { IVS_TARGET: "aws" }, /AWS_REGION or AWS_DEFAULT_REGION/],
    [
      "an endpoint that is not a URL",
      { IVS_ENDPOINT: "localhost:4566" },
      /IVS_ENDPOINT must be an http\(s\) URL, but received "localhost:4566"/,
    ],
    ["an unknown target", { IVS_TARGET: "moto" }, /IVS_TARGET must be "aws" or "emulator", but received "moto"/],
    [
      "the emulator and an endpoint at once",
      { IVS_TARGET: "emulator", IVS_ENDPOINT: "http://h:1" },
      /unset IVS_ENDPOINT/,
    ],
  ])("refuses %s", (_, env, message) => expect(() => resolveTarget(env)).toThrow(message));
});
