// Which target a run talks to. In order: `IVS_TARGET=aws` (real AWS in `AWS_REGION`, standard
// credentials chain); `IVS_ENDPOINT` / `IVS_REALTIME_ENDPOINT` (any URL: another emulator, moto,
// LocalStack); otherwise the reference emulator the vitest globalSetup started (its URLs are injected).
import type { ServiceName } from "../../spec/contract/service-name.ts";

export type TargetKind = "emulator" | "url" | "aws";

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface Target {
  kind: TargetKind;
  region: string;
  /** Base URL per service; absent for AWS, where the SDK's endpoint resolution applies. */
  endpoints: Partial<Record<ServiceName, string>>;
  /** Static credentials for emulators and URLs; undefined means the SDK's default chain (AWS). */
  credentials?: Credentials;
  /** A sentence for reports: what was tested. */
  description: string;
}

export interface InjectedEndpoints {
  ivsEndpoint?: string;
  ivsRealtimeEndpoint?: string;
}

/** Credentials an emulator accepts; a signature is still computed, so the request is well formed. */
const PLACEHOLDER: Credentials = { accessKeyId: "AKIDCONFORMANCE", secretAccessKey: "conformance-secret-access-key" };

function staticCredentials(env: NodeJS.ProcessEnv): Credentials {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  return PLACEHOLDER;
}

export function resolveTarget(env: NodeJS.ProcessEnv, injected: InjectedEndpoints = {}): Target {
  if (env.IVS_TARGET === "aws") {
    const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (!region) throw new Error("IVS_TARGET=aws needs AWS_REGION (for example us-west-2), but it is not set");
    return { kind: "aws", region, endpoints: {}, description: `AWS ${region}` };
  }
  if (env.IVS_TARGET && env.IVS_TARGET !== "emulator") {
    throw new Error(`IVS_TARGET must be "aws" or "emulator", but received ${JSON.stringify(env.IVS_TARGET)}`);
  }
  const region = env.AWS_REGION ?? "us-west-2";
  if (env.IVS_ENDPOINT || env.IVS_REALTIME_ENDPOINT) {
    const ivs = env.IVS_ENDPOINT ?? env.IVS_REALTIME_ENDPOINT!;
    const realtime = env.IVS_REALTIME_ENDPOINT ?? env.IVS_ENDPOINT!;
    for (const [name, url] of [
      ["IVS_ENDPOINT", ivs],
      ["IVS_REALTIME_ENDPOINT", realtime],
    ] as const) {
      if (!/^https?:\/\/[^/]+/.test(url))
        throw new Error(`${name} must be an http(s) URL, but received ${JSON.stringify(url)}`);
    }
    return {
      kind: "url",
      region,
      endpoints: { ivs, "ivs-realtime": realtime },
      credentials: staticCredentials(env),
      description: `${ivs} (ivs), ${realtime} (ivs-realtime)`,
    };
  }
  const { ivsEndpoint, ivsRealtimeEndpoint } = injected;
  if (!ivsEndpoint) {
    throw new Error(
      "no target: set IVS_ENDPOINT (and IVS_REALTIME_ENDPOINT), or IVS_TARGET=aws, or run under vitest, whose globalSetup starts the reference emulator",
    );
  }
  return {
    kind: "emulator",
    region,
    endpoints: { ivs: ivsEndpoint, "ivs-realtime": ivsRealtimeEndpoint ?? ivsEndpoint },
    credentials: staticCredentials(env),
    description: `reference emulator at ${ivsEndpoint}`,
  };
}
