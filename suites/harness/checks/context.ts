// What a check looks at. Exchange checks see one request and its response; the pagination and
// lifecycle checks see a walk over pages or a model's expectation next to what the target said.

import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import type { AppliedMutation } from "../mutations/mutation.ts";

export interface ExchangeContext {
  op: OperationSpec;
  exchange: Exchange;
  /** Set for invalid cases: the one violation the request carries. */
  mutation?: AppliedMutation;
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
