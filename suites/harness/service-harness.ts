// Everything one test file needs to check one service: the spec, the inferred resource kinds, the
// session with the target, a pool of resources, arbitraries of valid and invalid inputs per
// operation, and a cache of exchanges so that every check of an operation judges the same requests.
import fc from "fast-check";
import type { OperationSpec, ServiceSpec } from "../../spec/contract/contract.ts";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { type Input, inputArbitrary } from "./arbitraries/input-arbitrary.ts";
import { valueArbitrary } from "./arbitraries/schema-arbitrary.ts";
import type { ValuePath } from "./arbitraries/value-path.ts";
import type { Exchange } from "./clients/exchange.ts";
import { Session } from "./clients/session.ts";
import { type RunConfig, runConfig } from "./config.ts";
import { avoidsConflicts, rulesFor, satisfiesRules } from "./documented-rules.ts";
import { getOrCreate } from "./get-or-create.ts";
import { notImplementedReason } from "./implemented.ts";
import { judgedSpec } from "./judged-spec.ts";
import { type InvalidCase, invalidCaseArbitrary } from "./mutations/invalid-case.ts";
import { type MutationSite, siteKey } from "./mutations/mutation.ts";
import { planSites } from "./mutations/sites.ts";
import { inferKinds, operationReferences, type Reference, type ResourceKind } from "./producers.ts";
import { ResourcePool } from "./resource-pool.ts";
import { runInputs } from "./run-safety/run-inputs.ts";
import { semanticOverride } from "./semantic-values.ts";
import { reachable, type Target } from "./target.ts";
import { type TestHooks, testHooks } from "./test-hooks.ts";

/** Resources of each referenced kind kept ready per operation. */
const POOL_SIZE = 3;
/** After this many requests without an answer, an operation's remaining requests are not sent. */
const TRANSPORT_BREAKER = 3;

export type Via = "call" | "raw";

export class ServiceHarness {
  readonly spec: ServiceSpec;
  readonly kinds: ResourceKind[];
  readonly pool: ResourcePool;
  private readonly cache = new Map<string, Promise<Exchange>>();
  private readonly transportErrors = new Map<string, number>();
  private readonly probes = new Map<string, Promise<string | undefined>>();
  private readonly siteCache = new Map<string, MutationSite[]>();
  private readonly refArns = new Map<string, Map<string, string[]>>();

  constructor(
    readonly service: ServiceName,
    readonly session: Session,
    readonly config: RunConfig,
    spec: ServiceSpec = judgedSpec(service),
  ) {
    this.spec = spec;
    this.kinds = inferKinds(this.spec);
    this.pool = new ResourcePool(session, this.kinds, this.spec.operations, config.safety);
  }

  /** A harness on `target` (resolved once per run: target.ts), sized by the environment's settings. */
  static create(service: ServiceName, target: Target, env: NodeJS.ProcessEnv = process.env): ServiceHarness {
    const config = runConfig(env, target);
    return new ServiceHarness(service, new Session(reachable(target), config), config, judgedSpec(service, env));
  }

  private readonly memos = new Map<string, Promise<unknown>>();
  /** One computation per key per file (sampled cases, walks, model runs). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return getOrCreate(this.memos, key, compute) as Promise<T>;
  }

  get target(): Target {
    return this.session.target;
  }

  /** The target's test hooks, if it has the emulator's (probed once per run; see test-hooks.ts). */
  hooks(): Promise<TestHooks | undefined> {
    return testHooks(this.target, this.service);
  }

  /** Sends once per distinct request; later checks of the same case read the same exchange. */
  send(op: OperationSpec, input: Input, via: Via = "call", rawBody?: string): Promise<Exchange> {
    const key = `${op.name}|${via}|${rawBody ?? ""}|${JSON.stringify(input)}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.sendUncached(op, input, via, rawBody);
      this.cache.set(key, pending);
    }
    return pending;
  }

  /** For requests whose answer depends on state (lifecycles): never cached. */
  async sendUncached(op: OperationSpec, input: Input, via: Via = "call", rawBody?: string): Promise<Exchange> {
    const errors = this.transportErrors.get(op.name) ?? 0;
    if (errors >= TRANSPORT_BREAKER) {
      return {
        operation: op.name,
        request: { method: op.method, url: op.path, headers: {} },
        via: "raw",
        ms: 0,
        transportError: {
          kind: "connection",
          message: `not sent: ${errors} earlier ${op.name} requests got no answer`,
        },
      };
    }
    const exchange =
      via === "raw" || rawBody !== undefined
        ? await this.session.raw(op, input, rawBody)
        : await this.session.call(op, input);
    if (exchange.transportError) this.transportErrors.set(op.name, errors + 1);
    return exchange;
  }

  references(op: OperationSpec): Reference[] {
    return operationReferences(this.kinds, op);
  }

  /** Deleting operations get resources of their own, so that the shared ones live on. */
  private group(op: OperationSpec): string {
    return /^Delete/.test(op.name) ? op.name : "shared";
  }

  /** Makes the resources an operation's inputs refer to; call before its arbitraries. */
  async prepare(op: OperationSpec): Promise<void> {
    if (this.refArns.has(op.name)) return;
    const arns = new Map<string, string[]>();
    for (const ref of this.references(op)) {
      if (arns.has(ref.kind.key)) continue;
      const made = await this.pool.ensure(ref.kind, POOL_SIZE, this.group(op));
      arns.set(
        ref.kind.key,
        made.map((r) => r.arn),
      );
    }
    this.refArns.set(op.name, arns);
  }

  existingArns(op: OperationSpec, kind: ResourceKind): string[] {
    return this.refArns.get(op.name)?.get(kind.key) ?? [];
  }

  /**
   * References get existing resources; where the operation documents ResourceNotFoundException,
   * pattern-valid values of resources that do not exist are mixed in. Operations that cannot
   * report a missing resource only ever see existing ones.
   */
  override(
    op: OperationSpec,
    existingOnly = false,
  ): (path: ValuePath, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined {
    const refs = this.references(op);
    const canReportMissing = op.errors.some((e) => e.name === "ResourceNotFoundException");
    const token = op.pagination?.inputToken;
    return (path, schema) => {
      // A valid page token is one the target issued: valid inputs start at the first page.
      if (token && path.length === 1 && path[0] === token) return fc.constant(undefined);
      const semantic = semanticOverride(op, path, schema);
      if (semantic) return semantic;
      const ref = refs.find((r) => r.path.length === path.length && r.path.every((s, i) => s === path[i]));
      if (!ref) return undefined;
      const arns = this.existingArns(op, ref.kind);
      if (arns.length === 0) return undefined;
      const existing = fc.constantFrom(...arns);
      if (existingOnly || !canReportMissing) return existing;
      return fc.oneof({ weight: 4, arbitrary: existing }, { weight: 1, arbitrary: valueArbitrary(schema) });
    };
  }

  /**
   * Valid inputs. `existingOnly`: every reference names an existing resource, and no documented
   * conflict is met, for checks that expect one particular answer.
   */
  validArbitrary(op: OperationSpec, options: { existingOnly?: boolean; force?: ValuePath } = {}): fc.Arbitrary<Input> {
    const arb = inputArbitrary(op, {
      override: this.override(op, options.existingOnly),
      ...(options.force ? { force: options.force } : {}),
    })
      .map(dropUndefined)
      .map(runInputs(this.kinds, op, this.config.safety))
      .filter(satisfiesRules(rulesFor(op.service, op.name)));
    return options.existingOnly ? arb.filter(avoidsConflicts(op.service, op.name)) : arb;
  }

  sites(op: OperationSpec): MutationSite[] {
    return getOrCreate(this.siteCache, op.name, () => planSites(op));
  }

  /** Invalid inputs over every applicable site, or over the sites given (one, to cover or replay it). */
  invalidArbitrary(op: OperationSpec, only?: readonly MutationSite[]): fc.Arbitrary<InvalidCase> {
    const rules = satisfiesRules(rulesFor(op.service, op.name));
    const site = this.config.site;
    const sites = only ?? (site ? this.sites(op).filter((s) => siteKey(s) === site) : this.sites(op));
    if (sites.length === 0)
      throw new Error(
        `CONFORMANCE_SITE=${site}: ${op.name} has no such site (sites: ${this.sites(op).map(siteKey).join(", ")})`,
      );
    return invalidCaseArbitrary(op, sites, { override: this.override(op) }, (input) => rules(dropUndefined(input)));
  }

  /** Undefined when implemented; otherwise why the operation counts as not implemented. */
  implemented(op: OperationSpec): Promise<string | undefined> {
    return getOrCreate(this.probes, op.name, async () => {
      await this.prepare(op);
      const [input] = fc.sample(this.validArbitrary(op, { existingOnly: true }), {
        seed: this.config.seed,
        numRuns: 1,
      });
      return notImplementedReason(op, await this.session.raw(op, input!));
    });
  }
}

function dropUndefined(input: Input): Input {
  for (const [k, v] of Object.entries(input)) if (v === undefined) delete input[k];
  return input;
}
