// Batch operations (BatchGetChannel, BatchGetStreamKey, BatchStartViewerSessionRevocation): valid
// requests whose entries name existing resources and resources that do not exist, mixed; each
// judged by batch_accounts_for_every_id. The shape comes from the spec: a required list member,
// an `errors` list in the response whose items identify an entry (the member the list's items are
// named for, `arns` -> `arn`, or the members an object entry shares with an error:
// `channelArn`, `viewerId`), and, where the operation returns resources, the list holding them.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { UNKNOWN_ID } from "../arbitraries/unknown-id.ts";
import { ITEM } from "../arbitraries/value-path.ts";
import { canonicalJson } from "../canonical-json.ts";
import type { BatchCase } from "../checks/context.ts";
import type { CheckDefinition, SpecView } from "../checks/define-check.ts";
import { mapConcurrent } from "../concurrency.ts";
import { cellTitle } from "../matrix.ts";
import { notApplicable, notRun, type Outcome } from "../outcome.ts";
import { operationReferences, type ResourceKind } from "../producers.ts";
import { judgeSampled } from "../property.ts";
import type { ServiceHarness } from "../service-harness.ts";

export interface BatchShape {
  /** The required list member (`arns`, `viewerSessions`). */
  member: string;
  /** Members identifying an entry in `errors` and in the results. */
  identity: string[];
  /** The kind the entries name, and where: the entry itself (`[]`) or one of its members. */
  kind: ResourceKind;
  refMember?: string;
  results?: string;
}

export function batchShape(view: SpecView, op: OperationSpec): BatchShape | undefined {
  const out = op.successSchema?.properties ?? {};
  const errorItem = out.errors?.type === "array" ? out.errors.items?.properties : undefined;
  if (!errorItem) return undefined;
  for (const m of op.input) {
    const entry = m.required && m.schema.type === "array" ? m.schema.items : undefined;
    if (!entry) continue;
    const ref = operationReferences(view.kinds, op).find(
      (r) => r.path[0] === m.name && r.path[1] === ITEM && r.path.length <= 3,
    );
    if (!ref) continue;
    const identity =
      entry.type === "string"
        ? [m.name.replace(/s$/, "")].filter((n) => n in errorItem)
        : Object.keys(entry.properties ?? {}).filter((n) => n in errorItem);
    if (identity.length === 0) continue;
    const results = Object.entries(out).find(
      ([n, s]) => n !== "errors" && s.type === "array" && identity.every((i) => i in (s.items?.properties ?? {})),
    )?.[0];
    return {
      member: m.name,
      identity,
      kind: ref.kind,
      ...(ref.path.length === 3 ? { refMember: ref.path[2]! } : {}),
      ...(results ? { results } : {}),
    };
  }
  return undefined;
}

interface Case {
  input: Input;
  entries: BatchCase["entries"];
}

export async function batchCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"batches">,
): Promise<Outcome> {
  const shape = batchShape(h, op)!;
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  await h.prepare(op);
  const existing = h.existingArns(op, shape.kind);
  if (existing.length === 0)
    return notApplicable(`no ${shape.kind.noun} could be made for ${op.name}: ${h.pool.unavailable(shape.kind)}`);
  const maxItems = op.input.find((m) => m.name === shape.member)?.schema.maxItems ?? 10;
  const arnOf = (entry: unknown) =>
    String(shape.refMember ? (entry as Record<string, unknown>)[shape.refMember] : entry);
  const withArn = (entry: unknown, arn: string) =>
    shape.refMember ? { ...(entry as Record<string, unknown>), [shape.refMember]: arn } : arn;
  const idOf = (entry: unknown): Record<string, string> =>
    shape.refMember
      ? Object.fromEntries(shape.identity.map((m) => [m, String((entry as Record<string, unknown>)[m])]))
      : { [shape.identity[0]!]: String(entry) };
  // Another id on a real ARN of the kind: as valid as the real one, certainly unknown.
  const unknownArn = fc
    .tuple(fc.constantFrom(...existing), UNKNOWN_ID)
    .map(([arn, id]) => arn.replace(/[^/]*$/, `missing${id}`));
  const arbitrary: fc.Arbitrary<Case> = fc
    .tuple(
      h.validArbitrary(op, { existingOnly: true }),
      fc.array(fc.option(unknownArn, { freq: 2 }), { minLength: maxItems, maxLength: maxItems }),
    )
    .map(([valid, unknown]) => {
      const seen = new Set<string>();
      const sent: unknown[] = [];
      const entries: BatchCase["entries"] = [];
      ((valid[shape.member] as unknown[] | undefined) ?? []).forEach((entry, i) => {
        const swapped = unknown[i] ? withArn(entry, unknown[i]) : entry;
        const id = idOf(swapped);
        if (seen.has(canonicalJson(id))) return;
        seen.add(canonicalJson(id));
        sent.push(swapped);
        entries.push({ id, exists: existing.includes(arnOf(swapped)) });
      });
      return { input: { ...valid, [shape.member]: sent }, entries };
    });
  const values = fc.sample(arbitrary, { seed: h.config.seed, numRuns: h.config.runs });
  await mapConcurrent(values, h.config.concurrency, (c) => h.send(op, c.input));
  const outcome = await judgeSampled(
    {
      title: cellTitle(op.name, check.name),
      config: h.config,
      arbitrary,
      check: async (c) =>
        check.judge({
          op,
          exchange: await h.send(op, c.input),
          identity: shape.identity,
          entries: c.entries,
          ...(shape.results ? { results: shape.results } : {}),
        }),
    },
    values,
  );
  const unknown = values.reduce((n, c) => n + c.entries.filter((e) => !e.exists).length, 0);
  const all = values.reduce((n, c) => n + c.entries.length, 0);
  return {
    ...outcome,
    notes: [
      ...(outcome.notes ?? []),
      `${values.length} batches naming ${all} ${shape.identity.join("/")} entries, ${unknown} of them unknown ` +
        `(existing ${shape.kind.noun}s with another id), the rest existing`,
    ],
  };
}
