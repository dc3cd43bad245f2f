// The check definition contract. A check is defined once, in one file named after it: its stable
// name (test titles, reports, baselines), its family, the sentence that says when it fails, the
// property that exercises it, when it does not apply (from the spec alone, with the reason), and
// its judge. Every list of checks (catalogue.ts), the matrix (../matrix.ts) and the report's
// columns are derived from these definitions.
import type { OperationSpec, ServiceSpec } from "../../../spec/contract/contract.ts";
import { errorNameOf } from "../clients/error-name.ts";
import { type FailureInput, failCheck } from "../failure.ts";
import type { ResourceKind } from "../producers.ts";
import type {
  BatchCase,
  ExchangeContext,
  FilteredWalk,
  LifecycleObservation,
  PageWalk,
  SituationContext,
} from "./context.ts";

export type CheckFamily = "errors" | "pagination" | "lifecycle" | "constraints" | "responses";

/** What is known without a target: the spec and the resource kinds it implies (producers.ts). */
export interface SpecView {
  spec: ServiceSpec;
  kinds: readonly ResourceKind[];
}

/** The kinds of property (properties/), each giving its checks one kind of subject to judge. */
export interface Subjects {
  /** Every exchange of an operation's generated cases (properties/input-properties.ts). */
  exchanges: ExchangeContext;
  /** Walks over every page of a list (properties/pagination.ts). */
  page_walks: PageWalk;
  /** Walks over every page of a list filtered by one documented filter (properties/filtered-walks.ts). */
  filtered_walks: FilteredWalk;
  /** Batch requests naming existing and unknown resources, mixed (properties/batches.ts). */
  batches: BatchCase;
  /** Requests carrying a page token the target never issued (properties/pagination.ts). */
  unissued_tokens: ExchangeContext;
  /** Requests naming a resource that does not exist (properties/error-statuses.ts). */
  missing_resource: SituationContext;
  /** Requests in a documented conflict (properties/error-statuses.ts). */
  conflict: SituationContext;
  /** Stream operations on an offline channel (properties/error-statuses.ts). */
  offline_channel: SituationContext;
  /** Steps of a model-based lifecycle run (properties/lifecycle.ts). */
  lifecycle: LifecycleObservation;
}
export type PropertyKind = keyof Subjects;

/**
 * Which generated cases an exchange check judges: valid ones, invalid ones, a body that is not JSON,
 * a body (or one nested object) of another JSON type than an object (mutations/body-shapes.ts).
 */
export type ExchangeCase = "valid" | "invalid" | "malformed_json" | "wrong_body_shape";

/** Throws the check's failure; the judge never names its own check. */
export type Fail = (input: FailureInput) => never;

export interface CheckDefinition<P extends PropertyKind = PropertyKind, N extends string = string> {
  name: N;
  family: CheckFamily;
  /** One sentence: the check fails when ... */
  failsWhen: string;
  property: P;
  /** For exchange checks: the cases judged (valid and invalid unless stated). */
  cases?: readonly ExchangeCase[];
  /** Why the check has nothing to judge for `op`, from the spec alone; undefined when it applies. */
  notApplicable(op: OperationSpec, view: SpecView): string | undefined;
  /** Returns when the subject conforms; throws the check's failure when it does not. */
  judge(subject: Subjects[P]): void;
}

interface CheckSource<P extends PropertyKind, N extends string>
  extends Omit<CheckDefinition<P, N>, "judge" | "notApplicable"> {
  notApplicable?(op: OperationSpec, view: SpecView): string | undefined;
  judge(subject: Subjects[P], fail: Fail): void;
}

export function defineCheck<P extends PropertyKind, const N extends string>(
  source: CheckSource<P, N>,
): CheckDefinition<P, N> {
  const fail: Fail = (input) => failCheck(source.name, input);
  return {
    ...source,
    notApplicable: source.notApplicable ?? (() => undefined),
    judge: (subject) => source.judge(subject, fail),
  };
}

/**
 * Applicability shared by several checks: the operation documents an error of this name (for an
 * operation no document states, the SDK's model lists it).
 */
export const unlessDocuments = (error: string) => (op: OperationSpec) =>
  op.errors.some((e) => e.name === error)
    ? undefined
    : op.documented
      ? `${op.name} documents no ${error}`
      : `${op.name} is not in the documents, and the SDK's model lists no ${error}`;

export const unlessPaginated = (op: OperationSpec) =>
  op.pagination ? undefined : `${op.name} is not paginated (no x-amzn-pagination)`;

/** The judge of a situation check: the situation must be answered with this status and error name. */
export const answeredWith =
  (status: number, error: string) =>
  ({ op, exchange, situation }: SituationContext, fail: Fail): void => {
    if (exchange.response?.status === status && errorNameOf(exchange) === error) return;
    fail({
      op,
      exchange,
      title: `${situation} was not answered ${status} ${error}.`,
      documented: `${status} ${error}`,
    });
  };
