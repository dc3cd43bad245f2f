// Lists whose items no operation in the spec creates (live streams, stream sessions, stage
// sessions, stage participants), and how the target's test hooks (test-hooks.ts) make them for a pagination walk.
// Each names the item member that identifies an item, since these items carry no `arn`.
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { describeResponse } from "../failure.ts";
import type { ServiceHarness } from "../service-harness.ts";
import type { TestHooks } from "../test-hooks.ts";

export interface HookedPlan {
  scope: Input;
  /** The item member whose values identify items (`channelArn` for streams). */
  id: string;
  expected: string[];
  notes: string[];
}

interface HookedList {
  operation: string;
  id: string;
  /** The state its items are, for the reason a walk is not run without hooks. */
  needs: string;
  /** Makes `count` items with the hooks, or says why it could not. */
  make(h: ServiceHarness, hooks: TestHooks, count: number): Promise<Omit<HookedPlan, "id"> | string>;
}

async function fresh(h: ServiceHarness, kindKey: string): Promise<string> {
  const kind = h.kinds.find((k) => k.key === kindKey);
  if (!kind) throw new Error(`hooked list: the spec has no producer of ${kindKey}, expected one`);
  const made = await h.pool.create(kind);
  if (!("resource" in made)) throw new Error(`no ${kind.noun} could be made: ${made.failure}`);
  return made.resource.arn;
}

const HOOKED_LISTS: readonly HookedList[] = [
  {
    // Streams are live channels: one fresh channel per item, each made live.
    operation: "ListStreams",
    needs: "live streams",
    id: "channelArn",
    async make(h, hooks, count) {
      const expected: string[] = [];
      for (let i = 0; i < count; i++) {
        const channelArn = await fresh(h, "channel");
        await hooks.startStream(channelArn);
        expected.push(channelArn);
      }
      return { scope: {}, expected, notes: [`${count} fresh channels made live (streams/start)`] };
    },
  },
  {
    // Stream sessions of one fresh channel: it goes live and stops again, once per session.
    operation: "ListStreamSessions",
    needs: "stream sessions, which a broadcast starts",
    id: "streamId",
    async make(h, hooks, count) {
      const channelArn = await fresh(h, "channel");
      const expected: string[] = [];
      for (let i = 0; i < count; i++) {
        expected.push((await hooks.startStream(channelArn)).streamId);
        await hooks.stopStream(channelArn);
      }
      return {
        scope: { channelArn },
        expected,
        notes: [`${count} stream sessions of a fresh channel (streams/start, streams/stop)`],
      };
    },
  },
  {
    // Sessions of one fresh stage: each begins and ends in turn.
    operation: "ListStageSessions",
    needs: "stage sessions, which participants joining a stage start",
    id: "sessionId",
    async make(h, hooks, count) {
      const stageArn = await fresh(h, "stage");
      const expected: string[] = [];
      for (let i = 0; i < count; i++) {
        const started = await hooks.startStageSession(stageArn);
        const ended = await hooks.endStageSession(stageArn);
        if (ended.sessionId !== started.sessionId)
          return (
            `stages/sessions/end on ${stageArn} answered session ${ended.sessionId}, ` +
            `expected the session ${started.sessionId} stages/sessions/start began`
          );
        expected.push(started.sessionId);
      }
      return {
        scope: { stageArn },
        expected,
        notes: [
          `${count} sessions of a fresh stage, each begun and ended (stages/sessions/start, stages/sessions/end)`,
        ],
      };
    },
  },
  {
    // Participants of one session of a fresh stage: each joins it.
    operation: "ListParticipants",
    needs: "participants joined to a stage",
    id: "participantId",
    async make(h, hooks, count) {
      const stageArn = await fresh(h, "stage");
      const expected: string[] = [];
      let sessionId = "";
      for (let i = 0; i < count; i++) {
        const joined = await hooks.joinParticipant(stageArn);
        if (sessionId && joined.sessionId !== sessionId)
          return (
            `participants/join on ${stageArn} answered session ${joined.sessionId}, ` +
            `expected the session ${sessionId} the first participant joined`
          );
        sessionId = joined.sessionId;
        expected.push(joined.participantId);
      }
      return {
        scope: { stageArn, sessionId },
        expected,
        notes: [`${count} participants joined one session of a fresh stage (participants/join)`],
      };
    },
  },
  {
    // Replicas of one publishing participant (joined through the hooks), one per fresh
    // destination stage, each started with StartParticipantReplication itself.
    operation: "ListParticipantReplicas",
    needs: "a publishing participant to replicate",
    id: "destinationStageArn",
    async make(h, hooks, count) {
      const start = h.spec.operations.find((o) => o.name === "StartParticipantReplication");
      if (!start) return "the spec has no StartParticipantReplication to make replicas with";
      const sourceStageArn = await fresh(h, "stage");
      const { participantId } = await hooks.joinParticipant(sourceStageArn, { publish: true });
      const expected: string[] = [];
      for (let i = 0; i < count; i++) {
        const destinationStageArn = await fresh(h, "stage");
        const input = { sourceStageArn, destinationStageArn, participantId };
        const exchange = await h.sendUncached(start, input);
        const status = exchange.response?.status ?? 0;
        if (status < 200 || status >= 300)
          return (
            `StartParticipantReplication ${JSON.stringify(input)} answered ${describeResponse(exchange)}, ` +
            `expected ${start.successStatus}`
          );
        expected.push(destinationStageArn);
      }
      return {
        scope: { sourceStageArn, participantId },
        expected,
        notes: [
          "a publishing participant joined a fresh stage (participants/join) " +
            `and was replicated to ${count} fresh stages (StartParticipantReplication)`,
        ],
      };
    },
  },
];

export const hookedListFor = (operation: string) => HOOKED_LISTS.find((l) => l.operation === operation);
