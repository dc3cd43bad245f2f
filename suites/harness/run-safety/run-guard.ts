// The run's safety rules, applied to every request a session sends (clients/session.ts): before
// it leaves, read-only mode, what the operation needs from outside IVS, the resource budget and
// the documented rates; after its answer, the registry of what it created. A request a rule keeps
// from being sent throws a NotRunError: its cell is not run, with the rule's reason.
import type { OperationSpec, ServiceSpec } from "../../../spec/contract/contract.ts";
import { documentedRates } from "../../../spec/contract/documented-rates.ts";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import type { Exchange } from "../clients/exchange.ts";
import type { SafetyConfig } from "../config.ts";
import { getOrCreate } from "../get-or-create.ts";
import { inferKinds, type ResourceKind } from "../producers.ts";
import { arnsInAnswer, recordCreated } from "./created-resources.ts";
import { NotRunError } from "./not-run-error.ts";
import { isReadOperation, needsBucket } from "./operation-access.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { ResourceBudget } from "./resource-budget.ts";
import { wasInterrupted } from "./run-directory.ts";
import { isCreating } from "./run-tag.ts";

/** What admitting a request reserved: the budget slot of a creating request. */
export interface Permit {
  creating: boolean;
  slot?: number;
}

interface ServiceRules {
  kinds: ResourceKind[];
  limiter?: RateLimiter;
}

export class RunGuard {
  private readonly services = new Map<ServiceName, ServiceRules>();
  private budget: ResourceBudget | undefined;

  constructor(
    readonly safety: SafetyConfig,
    private readonly specOf: (service: ServiceName) => ServiceSpec,
  ) {}

  private rules(service: ServiceName): ServiceRules {
    return getOrCreate(this.services, service, () => {
      const spec = this.specOf(service);
      const kinds = inferKinds(spec);
      return { kinds, ...(this.safety.paced ? { limiter: new RateLimiter(documentedRates(spec)) } : {}) };
    });
  }

  /** Resolves when the request may be sent; throws NotRunError when it must not be. */
  async admit(op: OperationSpec, input: Input): Promise<Permit> {
    if (this.safety.readOnly && !isReadOperation(op)) {
      throw new NotRunError(`read-only mode: ${op.name} writes (CONFORMANCE_READ_ONLY, --read-only)`);
    }
    if (this.safety.aws && needsBucket(op) && !this.safety.s3Bucket) {
      throw new NotRunError(
        `${op.name} needs an S3 bucket in the target account: set CONFORMANCE_S3_BUCKET to use one`,
      );
    }
    const rules = this.rules(op.service);
    const creating = isCreating(rules.kinds, op);
    let slot: number | undefined;
    if (creating) {
      if (wasInterrupted(this.safety.runId)) throw new NotRunError("the run was interrupted; it creates nothing more");
      if (this.safety.maxResources !== undefined) {
        this.budget ??= new ResourceBudget(this.safety.runId, this.safety.maxResources);
        slot = this.budget.take();
      }
    }
    await rules.limiter?.admit(op.name, input);
    return { creating, ...(slot !== undefined ? { slot } : {}) };
  }

  /** Records what the answer says was created, and settles the budget slot. */
  settle(op: OperationSpec, permit: Permit, exchange: Exchange | undefined): void {
    if (!permit.creating) return;
    const arns = exchange ? arnsInAnswer(exchange) : [];
    recordCreated(
      this.safety.runId,
      arns.map((arn) => ({ service: op.service, arn })),
    );
    if (permit.slot === undefined) return;
    if (arns.length === 0) this.budget!.release(permit.slot);
    else this.budget!.takeMore(arns.length - 1);
  }
}
