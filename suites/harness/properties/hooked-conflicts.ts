// Conflicts the documentation states for a state only the target's test hooks can make
// (test-hooks.ts): a live channel. Each scene makes a fresh channel, makes it live, and sends
// the request the documents say must conflict.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { OperationInput, OperationName } from "../../../spec/contract/operation-types.ts";
import { NotRunError } from "../run-safety/not-run-error.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { hooksNote, type TestHooks, withoutHooks } from "../test-hooks.ts";
import type { ConflictScenario } from "./error-statuses.ts";

interface HookedConflict {
  operation: string;
  /** The input member that names the live channel. */
  member: string;
  documented: string;
}

/** Checked against the generated types: a renamed operation or member fails `tsc`. */
const conflict = <const N extends OperationName<"ivs">>(c: {
  operation: N;
  member: keyof OperationInput<"ivs", N> & string;
  documented: string;
}): HookedConflict => c;

const LIVE_CHANNEL_CONFLICTS: readonly HookedConflict[] = [
  conflict({
    operation: "DeleteChannel",
    member: "arn",
    documented:
      "DeleteChannel (ivs-api-reference-2025-02-28.txt line 1582): " +
      '"If you try to delete a live channel, you will get an error (409 ConflictException)."',
  }),
  conflict({
    operation: "UpdateChannel",
    member: "arn",
    documented:
      'UpdateChannel (ivs-api-reference-2025-02-28.txt line 4462): "Live channels cannot be updated." ' +
      "(UpdateChannel documents ConflictException)",
  }),
];

/** A scene on a live channel, when the documents state one for `op` and the target has hooks. */
export async function hookedConflict(h: ServiceHarness, op: OperationSpec): Promise<ConflictScenario | undefined> {
  const conflict = LIVE_CHANNEL_CONFLICTS.find((c) => op.service === "ivs" && c.operation === op.name);
  const channel = h.kinds.find((k) => k.key === "channel");
  if (!conflict || !channel) return undefined;
  const hooks: TestHooks | undefined = await h.hooks();
  if (!hooks) throw new NotRunError(withoutHooks(op.name, `a live channel (${conflict.documented})`));
  return {
    describe: `${conflict.documented}; ${hooksNote(hooks, "each scene makes a fresh channel live (streams/start)")}`,
    async arrange(seed) {
      const made = await h.pool.create(channel);
      if (!("resource" in made)) return `no channel could be made: ${made.failure}`;
      const live = await hooks.startStream(made.resource.arn).catch((e: Error) => e.message);
      if (typeof live === "string") return live;
      await h.prepare(op);
      const [valid] = fc.sample(h.validArbitrary(op, { existingOnly: true }), { seed, numRuns: 1 });
      return {
        op,
        input: { ...valid!, [conflict.member]: made.resource.arn },
        what: `${op.name} of ${made.resource.arn}, which is live,`,
      };
    },
  };
}
