// Test hooks: state no IVS operation can create (a live stream, a stage session, a participant),
// made through a target's own admin routes. Only the reference emulator's are known (its
// `/_emulator/` routes, reached over HTTP like every other request): the harness probes
// `GET <endpoint>/_emulator/health` once per run, and uses the hooks only if that answers 200
// with the emulator's health body. Any other target has no hooks, and the cells that need them
// are not run (`withoutHooks`): the state exists on a real service too, the suite just cannot make it.
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { getOrCreate } from "./get-or-create.ts";
import type { Target } from "./target.ts";

/** The emulator's admin routes the harness uses; each names its route in its errors. */
export interface TestHooks {
  /** Where they are, for notes: `http://127.0.0.1:4566/_emulator/`. */
  base: string;
  startStream(channelArn: string): Promise<{ streamId: string }>;
  stopStream(channelArn: string): Promise<void>;
  startStageSession(stageArn: string): Promise<{ sessionId: string }>;
  endStageSession(stageArn: string): Promise<{ sessionId: string }>;
  joinParticipant(
    stageArn: string,
    options?: { publish?: boolean; userId?: string },
  ): Promise<{ sessionId: string; participantId: string }>;
}

/** The note a cell carries when its state came from the hooks. */
export const hooksNote = (hooks: TestHooks, what: string) =>
  `state made through the target's test hooks (${new URL(hooks.base).pathname} routes): ${what}`;

/**
 * Why a cell that needs such state is not run against a target without hooks: not applicable would
 * say the documents give nothing to judge, but they do; the suite cannot make the state there.
 */
export const withoutHooks = (operation: string, what: string) =>
  `${operation} needs ${what}, which only a live broadcast or a stage's clients make, not an API call; ` +
  "this target has no test hooks to make it (only the reference emulator's /_emulator/ routes do)";

const PROBE_TIMEOUT_MS = 2000;
const probes = new Map<string, Promise<TestHooks | undefined>>();

/** The hooks behind a service's endpoint, or undefined: probed once per endpoint per run. */
export function testHooks(target: Target, service: ServiceName): Promise<TestHooks | undefined> {
  const endpoint = target.kind === "aws" ? undefined : target.endpoints[service];
  if (!endpoint) return Promise.resolve(undefined);
  const base = `${endpoint.replace(/\/+$/, "")}/_emulator/`;
  return getOrCreate(probes, base, () => probeHooks(base));
}

/** The emulator's health body: `{ ok: true, region, account, operations, errata }`. */
function isEmulatorHealth(v: unknown): boolean {
  const b = v as Record<string, unknown> | null;
  return (
    !!b &&
    typeof b === "object" &&
    b.ok === true &&
    typeof b.region === "string" &&
    typeof b.account === "string" &&
    typeof b.operations === "number" &&
    Array.isArray(b.errata)
  );
}

async function probeHooks(base: string): Promise<TestHooks | undefined> {
  try {
    const r = await fetch(`${base}health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (r.status !== 200 || !isEmulatorHealth(await r.json())) return undefined;
  } catch {
    // No answer, or not JSON: a target without the emulator's hooks.
    return undefined;
  }
  return emulatorHooks(base);
}

function emulatorHooks(base: string): TestHooks {
  const post = async (route: string, body: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const r = await fetch(`${base}${route}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await r.text();
    if (r.status < 200 || r.status >= 300)
      throw new Error(
        `test hook POST ${base}${route} ${JSON.stringify(body)} ` +
          `answered ${r.status} ${text.slice(0, 300)}, expected 2xx`,
      );
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const str = (route: string, body: Record<string, unknown>, name: string): string => {
    if (typeof body[name] !== "string")
      throw new Error(`test hook POST ${base}${route} answered ${JSON.stringify(body)}, expected a string ${name}`);
    return body[name] as string;
  };
  return {
    base,
    async startStream(channelArn) {
      return { streamId: str("streams/start", await post("streams/start", { channelArn }), "streamId") };
    },
    async stopStream(channelArn) {
      await post("streams/stop", { channelArn });
    },
    async startStageSession(stageArn) {
      return {
        sessionId: str("stages/sessions/start", await post("stages/sessions/start", { stageArn }), "sessionId"),
      };
    },
    async endStageSession(stageArn) {
      return {
        sessionId: str("stages/sessions/end", await post("stages/sessions/end", { stageArn }), "sessionId"),
      };
    },
    async joinParticipant(stageArn, options = {}) {
      const b = await post("participants/join", { stageArn, ...options });
      return {
        sessionId: str("participants/join", b, "sessionId"),
        participantId: str("participants/join", b, "participantId"),
      };
    },
  };
}
