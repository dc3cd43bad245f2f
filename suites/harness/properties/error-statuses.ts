// The error-status properties: situations the documentation names an error for.
//
// - missing_resource_not_found: every operation that documents ResourceNotFoundException gets
//   requests where one resource it names does not exist (a real ARN of the kind with another id,
//   or a pattern-valid ARN), everything else valid and existing.
// - conflict_reported: the conflicts the spec lets the suite create. A Delete operation that
//   documents ConflictException, for a kind another producer can associate optionally
//   (CreateChannel.recordingConfigurationArn), is called while the association holds; an Import
//   operation that documents it is called twice with the same input; and the documented
//   conflicts of documented-rules.ts (ListChannels' exclusive filters); with the target's test
//   hooks, the documented conflicts of a live channel (hooked-conflicts.ts).
// - offline_channel_not_broadcasting: operations that document ChannelNotBroadcasting, on a
//   channel that exists and is not live.
//
// An operation no document states (sdk-only.ts) is sent its required members alone, and only where
// each of them names an existing resource or has values the SDK's model closes (an enum, a
// boolean): a target may reject any other value as invalid before it looks for the resource.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { valueArbitrary } from "../arbitraries/schema-arbitrary.ts";
import { UNKNOWN_ID } from "../arbitraries/unknown-id.ts";
import type { CheckDefinition } from "../checks/define-check.ts";
import { mapConcurrent } from "../concurrency.ts";
import { DOCUMENTED_CONFLICTS } from "../documented-rules.ts";
import { describeResponse } from "../failure.ts";
import { getOrCreate } from "../get-or-create.ts";
import { cellTitle } from "../matrix.ts";
import { notApplicable, notRun, type Outcome } from "../outcome.ts";
import { judgeSampled, runProperty } from "../property.ts";
import { type Resource, resourceFrom } from "../resource-pool.ts";
import { openRequiredMembers } from "../sdk-only.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { hookedConflict } from "./hooked-conflicts.ts";

/** Top-level members that name a resource: references to a kind, or ARN-patterned strings. */
function resourceMembers(h: ServiceHarness, op: OperationSpec) {
  const refs = h.references(op).filter((r) => r.path.length === 1);
  return op.input
    .filter(
      (m) =>
        refs.some((r) => r.path[0] === m.name) ||
        (m.schema.type === "string" && /arn:aws/.test(m.schema.pattern ?? "")),
    )
    .map((m) => ({ member: m, kind: refs.find((r) => r.path[0] === m.name)?.kind }));
}

/**
 * For an SDK-only operation: the input with its optional members left out (all but `keep`), or,
 * when a required member's valid values are open, why no such request is known to be valid.
 */
function sdkOnlyInput(h: ServiceHarness, op: OperationSpec, keep: string): ((input: Input) => Input) | string {
  if (op.documented) return (input) => input;
  const references = h.references(op).flatMap((r) => (r.path.length === 1 ? [r.path[0]!] : []));
  const open = openRequiredMembers(op, [keep, ...references]);
  if (open.length)
    return (
      `${op.name} is not in the documents; the SDK's model states no length, pattern or range constraints, ` +
      `so no value of ${open.join(", ")} is known to be valid`
    );
  const sent = new Set([keep, ...op.input.filter((m) => m.required).map((m) => m.name)]);
  return (input) => Object.fromEntries(Object.entries(input).filter(([k]) => sent.has(k)));
}

export async function missingResourceCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"missing_resource">,
): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  const named = resourceMembers(h, op);
  if (named.length === 0) return notApplicable(`${op.name} names no resource in its input`);
  const shapes = new Map(named.map(({ member }) => [member.name, sdkOnlyInput(h, op, member.name)]));
  const members = named.filter(({ member }) => typeof shapes.get(member.name) !== "string");
  if (members.length === 0) return notApplicable(String(shapes.get(named[0]!.member.name)));
  await h.prepare(op);
  interface Case {
    input: Input;
    member: string;
  }
  // One arbitrary per member, made on first use: building one (the valid input's, fast-check's string
  // slices) costs far more than drawing from it, and arbitraries are pure, so the values are the same.
  const perMember = new Map<string, fc.Arbitrary<Case>>();
  const arbitrary: fc.Arbitrary<Case> = fc.constantFrom(...members).chain(({ member, kind }) =>
    getOrCreate(perMember, member.name, () => {
      const existing = kind ? h.existingArns(op, kind) : [];
      // Another id on a real ARN of the kind: as valid as the real one, certainly unknown.
      const absent = existing.length
        ? fc.tuple(fc.constantFrom(...existing), UNKNOWN_ID).map(([arn, id]) => arn.replace(/[^/]*$/, `missing${id}`))
        : (valueArbitrary(member.schema) as fc.Arbitrary<string>);
      const shape = shapes.get(member.name) as (input: Input) => Input;
      return fc
        .tuple(h.validArbitrary(op, { existingOnly: true, force: [member.name] }), absent)
        .map(([input, arn]) => ({ input: shape({ ...input, [member.name]: arn }), member: member.name }));
    }),
  );
  const judge = async (c: Case) =>
    check.judge({
      op,
      exchange: await h.send(op, c.input),
      situation: `A request naming ${c.member} ${JSON.stringify(c.input[c.member])}, which does not exist,`,
    });
  const values = fc.sample(arbitrary, { seed: h.config.seed, numRuns: h.config.runs });
  await mapConcurrent(values, h.config.concurrency, (c) => h.send(op, c.input));
  return judgeSampled({ title: cellTitle(op.name, check.name), config: h.config, arbitrary, check: judge }, values);
}

export async function offlineChannelCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"offline_channel">,
): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  await h.prepare(op);
  const channel = h.references(op).find((r) => r.kind.key === "channel" && h.existingArns(op, r.kind).length > 0);
  if (!channel) {
    return notApplicable(`no channel could be made for ${op.name}`);
  }
  const shape = sdkOnlyInput(h, op, channel.path[0]!);
  if (typeof shape === "string") return notApplicable(shape);
  const valid = h.validArbitrary(op, { existingOnly: true });
  const arbitrary = op.documented ? valid : valid.map(shape);
  const values = fc.sample(arbitrary, { seed: h.config.seed, numRuns: h.config.runs });
  await mapConcurrent(values, h.config.concurrency, (input) => h.send(op, input));
  return judgeSampled(
    {
      title: cellTitle(op.name, check.name),
      config: h.config,
      arbitrary,
      check: async (input) =>
        check.judge({
          op,
          exchange: await h.send(op, input),
          situation: "A stream operation on an existing channel that is not live",
        }),
    },
    values,
  );
}

export interface ConflictScenario {
  describe: string;
  /** Sets the scene and returns the request that must conflict, or why this run could not. */
  arrange(seed: number): Promise<{ op: OperationSpec; input: Input; what: string } | string>;
}

function deleteWhileAssociated(h: ServiceHarness, op: OperationSpec): ConflictScenario | undefined {
  if (!/^Delete/.test(op.name)) return undefined;
  const target = h
    .references(op)
    .find((r) => r.path.length === 1 && op.input.find((m) => m.name === r.path[0])?.required);
  if (!target) return undefined;
  for (const user of h.kinds) {
    const association = h
      .references(user.producer)
      .find(
        (r) =>
          r.path.length === 1 &&
          r.kind.key === target.kind.key &&
          !user.producer.input.find((m) => m.name === r.path[0])?.required,
      );
    if (!association) continue;
    return {
      describe:
        `${op.name} of a ${target.kind.noun} that a ${user.noun} uses ` +
        `(${user.producer.name}.${association.path[0]})`,
      async arrange() {
        const made = await h.pool.create(target.kind);
        if (!("resource" in made)) return `no ${target.kind.noun} could be made: ${made.failure}`;
        const used = await h.pool.create(user, { [association.path[0]!]: made.resource.arn });
        if (!("resource" in used)) return `no ${user.noun} using it could be made: ${used.failure}`;
        return {
          op,
          input: { [target.path[0]!]: made.resource.arn },
          what: `Deleting ${made.resource.arn}, which ${used.resource.arn} uses,`,
        };
      },
    };
  }
  return undefined;
}

function importTwice(h: ServiceHarness, op: OperationSpec): ConflictScenario | undefined {
  const kind = h.kinds.find((k) => k.producer === op);
  if (!kind || !/^Import/.test(op.name)) return undefined;
  return {
    describe: `${op.name} twice with the same input`,
    async arrange(seed) {
      const input = await h.pool.producerInput(kind, {}, seed);
      if (typeof input === "string") return input;
      const first = await h.sendUncached(op, input);
      if (!resourceFrom(kind, first, input)) return `the first ${op.name} did not succeed: ${describeResponse(first)}`;
      return { op, input, what: `${op.name} of an input already imported` };
    },
  };
}

function documentedConflict(h: ServiceHarness, op: OperationSpec): ConflictScenario | undefined {
  const rule = DOCUMENTED_CONFLICTS.find((c) => c.service === op.service && c.operation === op.name);
  if (!rule) return undefined;
  return {
    describe: rule.documented,
    async arrange(seed) {
      await h.prepare(op);
      const [input] = fc.sample(h.validArbitrary(op, { existingOnly: true }), { seed, numRuns: 1 });
      const resources = async (kindKey: string): Promise<Resource[]> => {
        const kind = h.kinds.find((k) => k.key === kindKey);
        return kind ? h.pool.ensure(kind, 1) : [];
      };
      const conflicting = await rule.build(input!, resources);
      return typeof conflicting === "string" ? conflicting : { op, input: conflicting, what: rule.documented };
    },
  };
}

export async function conflictCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"conflict">,
): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  const scenario =
    deleteWhileAssociated(h, op) ?? importTwice(h, op) ?? documentedConflict(h, op) ?? (await hookedConflict(h, op));
  if (!scenario) {
    return notApplicable(
      `the documented conflicts of ${op.name} need a state no operation in the spec can create ` +
        "(a live stream, an active session or recording)",
    );
  }
  let arranged = 0;
  const skipped: string[] = [];
  const run = {
    title: cellTitle(op.name, check.name),
    config: h.config,
    arbitrary: fc.integer({ min: 0, max: 1_000_000 }),
    shrinkBudget: 0,
    check: async (seed: number) => {
      const scene = await scenario.arrange(seed);
      if (typeof scene === "string") {
        skipped.push(scene);
        return;
      }
      arranged++;
      check.judge({ op, exchange: await h.sendUncached(scene.op, scene.input), situation: scene.what });
    },
  };
  // Scenes change state, so they run as a plain property (no sampled cache), a few at a time.
  const outcome = await runProperty({ ...run, numRuns: Math.min(h.config.runs, 25) });
  const notes = [
    `scenario: ${scenario.describe}`,
    ...(skipped.length ? [`${skipped.length} runs could not set the scene: ${skipped[0]}`] : []),
  ];
  if (outcome.status === "pass" && arranged === 0)
    return notApplicable(`no run could set the scene for ${scenario.describe}: ${skipped[0] ?? "unknown"}`);
  return {
    ...outcome,
    notes: [...(outcome.notes ?? []), ...notes],
    ...(outcome.status === "pass" ? { cases: arranged } : {}),
  };
}
