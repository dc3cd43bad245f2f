// The AWS SDK's notice about Node versions, once per run instead of once per process. The SDK prints
// a multi-line NodeVersionSupportWarning (node < 22) from every process that makes a client: each
// vitest worker, each script. Its documented switch turns it off in every vitest worker
// (vitest.config.ts `env`) and in any other process that makes the harness's clients
// (silenceSdkNodeNotice, in sdk-client.ts); the conformance project's global setup, which runs once
// per run in vitest's main process, prints this project's one line instead (nodeSupportNotice).
// The switch: https://github.com/aws/aws-sdk-js-v3/issues/7983

/** The SDK's switch: `true` turns its Node version notice off. */
export const SDK_NODE_NOTICE_SWITCH = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";

/** The oldest Node the AWS SDK's releases after the first week of January 2027 run on. */
const SDK_MIN_NODE = 22;

/** Turns the SDK's notice off in this process, unless the user set the switch. */
export function silenceSdkNodeNotice(env: NodeJS.ProcessEnv = process.env): void {
  env[SDK_NODE_NOTICE_SWITCH] ??= "true";
}

/** The one line a run prints on a Node the SDK will drop; none if the user turned the SDK's notice off. */
export function nodeSupportNotice(
  version: string = process.version,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (!(major < SDK_MIN_NODE) || env[SDK_NODE_NOTICE_SWITCH] === "true") return undefined;
  return (
    `Note: Node ${version} is past its end of life (no security fixes), and AWS SDK releases after early ` +
    `January 2027 need Node >= ${SDK_MIN_NODE}; this run is fine, but move to Node 22 or 24 ` +
    `(README.md, "Supported Node versions").`
  );
}
