// What a check judges, per kind of property: one exchange of a generated case, a walk over the
// pages of a list, an exchange in a situation the documents name an error for, or one observation
// of a lifecycle model run.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import type { BodyShapeMutation } from "../mutations/body-shapes.ts";
import type { AppliedMutation } from "../mutations/mutation.ts";

export interface ExchangeContext {
  op: OperationSpec;
  exchange: Exchange;
  /** Set for invalid cases: the one violation the request carries. */
  mutation?: AppliedMutation;
  /** Set for wrong_body_shape cases: the body, or the one nested object, sent as another JSON type. */
  bodyShape?: BodyShapeMutation;
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
  /** The walk stopped because the target kept handing out tokens past any plausible end. */
  endless: boolean;
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
  | { kind: "deleted"; op: OperationSpec; exchange: Exchange; noun: string; arn: string; succeeded: boolean };

/** Where in a walk a failure was seen: the page's exchange, or the walk as a whole. */
export function walkDetails(walk: PageWalk, page: Page | undefined, detail: string) {
  return {
    op: walk.op,
    exchange: page?.exchange,
    ...(page ? {} : { received: `${walk.pages.length} pages` }),
    context: `maxResults ${walk.maxResults}, ${walk.pages.length} pages; ${detail}`,
  };
}
