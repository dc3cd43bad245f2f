// invalid_token_rejected: a nextToken the target never issued is answered 400, not a page and not
// a server error.
import { defineCheck, unlessPaginated } from "./define-check.ts";

export const invalidTokenRejected = defineCheck({
  name: "invalid_token_rejected",
  family: "pagination",
  property: "unissued_tokens",
  failsWhen: "a garbage nextToken is not answered 400",
  notApplicable: unlessPaginated,
  judge({ op, exchange }, fail) {
    if (exchange.response?.status === 400) return;
    fail({
      op,
      exchange,
      title: "A nextToken the target never issued was not rejected.",
      documented: "400 (ValidationException)",
    });
  },
});
