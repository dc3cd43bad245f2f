// Resources the properties refer to, made through the spec's producers (see producers.ts) and
// kept per test file. A producer's own references are made first (a stream key needs a channel).
// Under a documented per-parent limit (documented-resets.ts), each resource gets a parent of its
// own and the documented reset clears the parent first, so resources made earlier live on.
import fc from "fast-check";
import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import type { Input } from "./arbitraries/input-arbitrary.ts";
import { inputArbitrary } from "./arbitraries/input-arbitrary.ts";
import type { ValuePath } from "./arbitraries/value-path.ts";
import { type Exchange, parseJsonBody } from "./clients/exchange.ts";
import type { Session } from "./clients/session.ts";
import type { SafetyConfig } from "./config.ts";
import { applyReset, resetFor } from "./documented-resets.ts";
import { rulesFor, satisfiesRules } from "./documented-rules.ts";
import { describeResponse } from "./failure.ts";
import { operationReferences, type ResourceKind } from "./producers.ts";
import { ExistingResources, type ExistingResult } from "./run-safety/existing-resources.ts";
import { runInputs } from "./run-safety/run-inputs.ts";
import { semanticOverride } from "./semantic-values.ts";

export interface Resource {
  kind: ResourceKind;
  arn: string;
  /** The resource object the producer returned (`channel`). */
  output: Record<string, unknown>;
  input: Input;
}

export type CreateResult = { resource: Resource; exchange: Exchange } | { failure: string; exchange?: Exchange };

export class ResourcePool {
  private readonly groups = new Map<string, Promise<Resource[]>>();
  private readonly failures = new Map<string, string>();
  private seed = 0;
  private existing: ExistingResources | undefined;

  constructor(
    readonly session: Session,
    readonly kinds: readonly ResourceKind[],
    readonly operations: readonly OperationSpec[] = [],
    /** Where set, producer inputs carry the run tag (and the configured bucket) as valid inputs do. */
    readonly safety?: SafetyConfig,
  ) {}

  /** Why no resource of this kind could be made, if none could. */
  unavailable(kind: ResourceKind): string | undefined {
    return this.failures.get(kind.key);
  }

  /** `count` resources of a kind, made once per group (destructive properties take their own group). */
  ensure(kind: ResourceKind, count: number, group = "shared"): Promise<Resource[]> {
    const id = `${kind.key}:${group}:${count}`;
    let made = this.groups.get(id);
    if (!made) {
      made = (async () => {
        const out: Resource[] = [];
        for (let i = 0; i < count; i++) {
          const r = await this.createOrRead(kind);
          if ("resource" in r) out.push(r.resource);
          else {
            this.failures.set(kind.key, r.failure);
            break;
          }
        }
        return out;
      })();
      this.groups.set(id, made);
    }
    return made;
  }

  /** A valid input for the producer, references filled with existing resources. */
  async producerInput(kind: ResourceKind, fixed: Record<string, string> = {}, attempt = 0): Promise<Input | string> {
    const op = kind.producer;
    const refs = operationReferences(this.kinds, op).filter((r) => r.path.length === 1 && r.kind.key !== kind.key);
    const arns: Record<string, string> = { ...fixed };
    const limited = resetFor(op)?.parentMember;
    for (const ref of refs) {
      const member = op.input.find((m) => m.name === ref.path[0]);
      if (arns[ref.path[0]!] !== undefined || !member?.required) continue;
      const fresh = ref.path[0] === limited ? await this.create(ref.kind) : undefined;
      const [parent] = fresh ? ("resource" in fresh ? [fresh.resource] : []) : await this.ensure(ref.kind, 1);
      if (!parent) {
        const why = fresh && "failure" in fresh ? fresh.failure : this.unavailable(ref.kind);
        return `${op.name} needs a ${ref.kind.noun}, and none could be made: ${why}`;
      }
      arns[ref.path[0]!] = parent.arn;
    }
    const override = (path: ValuePath, schema: JsonSchema) => {
      if (path.length === 1 && arns[path[0]!] !== undefined) return fc.constant(arns[path[0]!]);
      // Optional references are left out: an association the producer does not need.
      if (path.length === 1 && refs.some((r) => r.path[0] === path[0])) return fc.constant(undefined);
      return semanticOverride(op, path, schema);
    };
    const arb = inputArbitrary(op, { override }).filter(satisfiesRules(rulesFor(op.service, op.name)));
    const [input] = fc.sample(arb, { seed: 1000 + this.seed++ + attempt, numRuns: 1 });
    for (const [k, v] of Object.entries(input!)) if (v === undefined) delete input![k];
    const made = { ...input!, ...arns };
    return this.safety ? runInputs(this.kinds, op, this.safety)(made) : made;
  }

  /** Read-only mode creates nothing: the target's own resources are read instead. */
  private createOrRead(kind: ResourceKind): Promise<CreateResult | ExistingResult> {
    if (!this.safety?.readOnly) return this.create(kind);
    this.existing ??= new ExistingResources(this.session);
    return this.existing.take(kind);
  }

  async create(kind: ResourceKind, fixed: Record<string, string> = {}): Promise<CreateResult> {
    let last: CreateResult = { failure: "not attempted" };
    // A random valid input may hit a documented error (a quota, a conflict): try a few.
    for (let attempt = 0; attempt < 3; attempt++) {
      const input = await this.producerInput(kind, fixed, attempt);
      if (typeof input === "string") return { failure: input };
      const reset = await applyReset(this.operations, kind.producer, input, (o, i) => this.session.call(o, i));
      if ("failure" in reset) return { failure: reset.failure };
      const exchange = await this.session.call(kind.producer, input);
      const resource = resourceFrom(kind, exchange, input);
      if (resource) return { resource, exchange };
      last = { failure: `${kind.producer.name} answered ${describeResponse(exchange)}`, exchange };
    }
    return last;
  }
}

export function resourceFrom(kind: ResourceKind, exchange: Exchange, input: Input): Resource | undefined {
  const r = exchange.response;
  if (!r || r.status < 200 || r.status >= 300) return undefined;
  const parsed = parseJsonBody(r.body);
  if (!parsed.ok) return undefined;
  const output = (parsed.value as Record<string, unknown> | null)?.[kind.outputMember] as
    | Record<string, unknown>
    | undefined;
  if (!output || typeof output.arn !== "string") return undefined;
  return { kind, arn: output.arn, output, input };
}
