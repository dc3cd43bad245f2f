import { afterEach, describe, expect, it, vi } from "vitest";
import { runConfig } from "../config.ts";
import { redactText } from "../redact.ts";
import { resolveTarget } from "../target.ts";
import { credentialProvider } from "./credential-chain.ts";
import { Session } from "./session.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the run's credentials", () => {
  it("for AWS, come from the standard chain; none at all is a configuration error in one line", async () => {
    // Every link of the chain empty: no variables, no files, no container or instance role.
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"])
      vi.stubEnv(name, "");
    vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/config");
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");
    vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
    vi.stubEnv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "");
    vi.stubEnv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "");
    vi.stubEnv("AWS_WEB_IDENTITY_TOKEN_FILE", "");
    const provider = credentialProvider(resolveTarget({ IVS_TARGET: "aws", AWS_REGION: "us-west-2" }));
    const error = await provider().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe("ConfigurationError");
    expect(error?.message).toMatch(
      /^no AWS credentials: .* \(set AWS_PROFILE, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/,
    );
    expect(error?.message).not.toContain("\n");
  });

  it("from the environment, sign the run's requests and are redacted wherever they show", async () => {
    const env = {
      IVS_ENDPOINT: "http://127.0.0.1:1",
      AWS_ACCESS_KEY_ID: "AKIDCHAINTEST",
      AWS_SECRET_ACCESS_KEY: "chain-test-secret-access-key-0123",
    };
    const target = resolveTarget(env);
    const session = new Session(target, runConfig(env, target), { guarded: false });
    expect(await session.credentials()).toEqual({
      accessKeyId: "AKIDCHAINTEST",
      secretAccessKey: "chain-test-secret-access-key-0123",
    });
    expect(redactText("the key chain-test-secret-access-key-0123 leaked")).toBe("the key <redacted> leaked");
  });
});
