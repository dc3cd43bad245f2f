// What a check judges, per kind of property: one exchange of a generated case, a walk over the
// pages of a list (filtered or not), an exchange in a situation the documents name an error for,
// one batch request, or one observation of a lifecycle model run.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import type { ListFilter } from "../documented-rules.ts";
import type { BodyShapeMutation } from "../mutations/body-shapes.ts";
import type { AppliedMutation } from "../mutations/mutation.ts";

export interface ExchangeContext {
  op: OperationSpec;
  exchange: Exchange;
  /** Set for invalid cases: the one violation the request carries. */
  mutation?: AppliedMutation;
  /** Set for wrong_body_shape cases: the body, or the one nested object, sent as another JSON type. */
  bodyShape?: BodyShapeMutation;
  /** Set for the malformed_json case: the body text sent, which is not JSON at all. */
  malformedBody?: string;
}

export interface Page {
  exchange: Exchange;
  ids: string[];
  nextToken?: string;
}

export interface PageWalk {
  op: OperationSpec;
  maxResults: number;
  pages: Page[];
  /** Identities of the items this walk must see (the ones the suite created). */
  expected: string[];
  /** Why the walk was judged never to end (properties/walk-progress.ts); absent when it ended. */
  endless?: string;
}

/** An exchange in a situation the documents name an error for, and that situation in words. */
export interface SituationContext extends ExchangeContext {
  /** Starts the failure's sentence: "A request naming arn "...", which does not exist,". */
  situation: string;
}

/** One step of a lifecycle model run, as the target answered it and as the model expects it. */
export type LifecycleObservation =
  /** A resource deleted earlier in the run, used again (read, updated, tagged, deleted again). */
  | { kind: "used_after_delete"; op: OperationSpec; exchange: Exchange; noun: string; arn: string; verb: string }
  /** Whether a list walk showed a resource, deleted or not. */
  | {
      kind: "listed";
      op: OperationSpec;
      exchange: Exchange | undefined;
      noun: string;
      arn: string;
      deleted: boolean;
      seen: boolean;
    }
  /** What a create, get or update returned for the members it was given or had acknowledged. */
  | {
      kind: "acknowledged";
      op: OperationSpec;
      exchange: Exchange;
      arn: string;
      expected: Record<string, unknown>;
      got: Record<string, unknown> | undefined;
      fields: readonly string[];
    }
  /** The tags a get or list-tags returned, against those set; `got` undefined when the call failed. */
  | { kind: "tags"; op: OperationSpec; exchange: Exchange; arn: string; expected: Record<string, string>; got: unknown }
  /** The delete of a resource that exists. */
  | { kind: "deleted"; op: OperationSpec; exchange: Exchange; noun: string; arn: string; succeeded: boolean }
  /**
   * The server-assigned members a read returned (get, list item, batch result, update), against the
   * values the producer returned; `got` undefined when the read did not return the resource.
   */
  | {
      kind: "assigned";
      op: OperationSpec;
      exchange: Exchange | undefined;
      noun: string;
      arn: string;
      /** The producer whose response assigned them (CreateChannel, also for the channel's stream key). */
      assignedBy: string;
      expected: Record<string, unknown>;
      got: Record<string, unknown> | undefined;
    }
  /** How many times a batch read's results held a resource, deleted or not. */
  | {
      kind: "batch_read";
      op: OperationSpec;
      exchange: Exchange;
      noun: string;
      arn: string;
      deleted: boolean;
      found: number;
    };

/** One filter of a list, as the documentation states it (documented-rules.ts: listFilters). */
export interface FilteredWalk {
  op: OperationSpec;
  filter: ListFilter;
  /** The value the walk filtered by. */
  value: unknown;
  maxResults: number;
  pages: { exchange: Exchange; items: Record<string, unknown>[] }[];
  /** The item member that identifies an item (`arn`). */
  id: string;
  /** Identities of the items the suite made to match the filter: the walk must return each. */
  expected: string[];
  /** A page that was not a success (the walk stopped there). */
  broken?: Exchange;
  /** Why the walk was judged never to end (properties/walk-progress.ts); absent when it ended. */
  endless?: string;
}

/** One batch request: every entry it names, each known to exist or known not to. */
export interface BatchCase {
  op: OperationSpec;
  exchange: Exchange;
  /** The members that identify an entry in `errors` (and in the results): `arn`; `channelArn`, `viewerId`. */
  identity: readonly string[];
  entries: { id: Record<string, string>; exists: boolean }[];
  /** The response member holding the resources found, when the operation returns any. */
  results?: string;
}

/** Where in a walk a failure was seen: the page's exchange, or the walk as a whole. */
export function walkDetails(walk: PageWalk, page: Page | undefined, detail: string) {
  return {
    op: walk.op,
    exchange: page?.exchange,
    ...(page ? {} : { received: `${walk.pages.length} pages` }),
    context: `maxResults ${walk.maxResults}, ${walk.pages.length} pages; ${detail}`,
  };
}
