// Which target a run talks to, resolved once per run from the environment (the conformance
// project's global setup does it, and hands the result to the suites and the report):
//   IVS_TARGET=aws          real AWS in AWS_REGION (or AWS_DEFAULT_REGION), standard credentials chain;
//   IVS_ENDPOINT / IVS_REALTIME_ENDPOINT   any URL (another emulator, moto, LocalStack);
//   otherwise               the reference emulator, embedded: the global setup starts it and fills
//                           in its URL (embeddedAt).
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { ConfigurationError } from "./configuration-error.ts";

export type TargetKind = "emulator" | "url" | "aws";

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface Target {
  kind: TargetKind;
  region: string;
  /** Base URL per service; absent for AWS (the regional endpoints), and for the emulator until it starts. */
  endpoints: Partial<Record<ServiceName, string>>;
  /** Static credentials for emulators and URLs; undefined means the SDK's default chain (AWS). */
  credentials?: Credentials;
  /** A sentence for reports: what was tested. Never holds a secret. */
  description: string;
}

/** Credentials an emulator accepts; a signature is still computed, so the request is well formed. */
const PLACEHOLDER: Credentials = {
  accessKeyId: "AKIDCONFORMANCE",
  secretAccessKey: "conformance-secret-access-key",
};

/** Where an emulator or URL target runs when the environment names no region. */
const DEFAULT_REGION = "us-west-2";

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

const regionOf = (env: NodeJS.ProcessEnv) => env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;

export function resolveTarget(env: NodeJS.ProcessEnv): Target {
  if (env.IVS_TARGET === "aws") {
    const region = regionOf(env);
    if (!region) {
      throw new ConfigurationError(
        "IVS_TARGET=aws needs AWS_REGION or AWS_DEFAULT_REGION (for example us-west-2), but neither is set",
      );
    }
    return { kind: "aws", region, endpoints: {}, description: `AWS ${region}` };
  }
  if (env.IVS_TARGET && env.IVS_TARGET !== "emulator") {
    throw new ConfigurationError(
      `IVS_TARGET must be "aws" or "emulator", but received ${JSON.stringify(env.IVS_TARGET)}`,
    );
  }
  const region = regionOf(env) ?? DEFAULT_REGION;
  if (env.IVS_ENDPOINT || env.IVS_REALTIME_ENDPOINT) {
    if (env.IVS_TARGET === "emulator") {
      throw new ConfigurationError(
        "IVS_TARGET=emulator runs the embedded emulator; unset IVS_ENDPOINT and IVS_REALTIME_ENDPOINT",
      );
    }
    const ivs = env.IVS_ENDPOINT || env.IVS_REALTIME_ENDPOINT!;
    const realtime = env.IVS_REALTIME_ENDPOINT || env.IVS_ENDPOINT!;
    for (const [name, url] of [
      ["IVS_ENDPOINT", ivs],
      ["IVS_REALTIME_ENDPOINT", realtime],
    ] as const) {
      if (!/^https?:\/\/[^/]+/.test(url))
        throw new ConfigurationError(`${name} must be an http(s) URL, but received ${JSON.stringify(url)}`);
    }
    return {
      kind: "url",
      region,
      endpoints: { ivs, "ivs-realtime": realtime },
      credentials: staticCredentials(env),
      description: `${ivs} (ivs), ${realtime} (ivs-realtime)`,
    };
  }
  return {
    kind: "emulator",
    region,
    endpoints: {},
    credentials: staticCredentials(env),
    description: "the reference emulator, embedded (fixtures/emulator)",
  };
}

/** The embedded emulator's target once it listens at `url` (both services share it). */
export function embeddedAt(target: Target, url: string): Target {
  if (target.kind !== "emulator")
    throw new Error(`embeddedAt: the target is ${target.kind}, not the embedded emulator`);
  return {
    ...target,
    endpoints: { ivs: url, "ivs-realtime": url },
    description: `the reference emulator, embedded at ${url}`,
  };
}

/** A target the harness can send to: every service has an endpoint, or AWS resolves them. */
export function reachable(target: Target): Target {
  if (target.kind !== "aws" && (!target.endpoints.ivs || !target.endpoints["ivs-realtime"])) {
    throw new ConfigurationError(
      "no target: set IVS_ENDPOINT (and IVS_REALTIME_ENDPOINT) or IVS_TARGET=aws, " +
        "or run the conformance project, whose global setup starts the reference emulator",
    );
  }
  return target;
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** The environment assignments that select this target again, for reproduce commands (`IVS_ENDPOINT='...' `). */
export function targetAssignments(target: Target): string {
  switch (target.kind) {
    case "aws":
      return `IVS_TARGET=aws AWS_REGION=${shellQuote(target.region)} `;
    case "url":
      return (
        `IVS_ENDPOINT=${shellQuote(target.endpoints.ivs!)} ` +
        `IVS_REALTIME_ENDPOINT=${shellQuote(target.endpoints["ivs-realtime"]!)} `
      );
    case "emulator":
      return "";
  }
}
