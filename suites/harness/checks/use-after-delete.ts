// use_after_delete: a resource deleted earlier in a lifecycle run answers 404
// ResourceNotFoundException when read, updated, tagged or deleted again, and leaves every list
// and every batch read's results.
import { errorNameOf } from "../clients/error-name.ts";
import { lifecycleHeadedBy } from "../properties/lifecycle-plan.ts";
import { defineCheck } from "./define-check.ts";

export const useAfterDelete = defineCheck({
  name: "use_after_delete",
  family: "lifecycle",
  property: "lifecycle",
  failsWhen: "a deleted resource can still be read, updated, listed or batch-read",
  notApplicable: (op, view) =>
    lifecycleHeadedBy(view, op, "use_after_delete")
      ? undefined
      : `${op.name} is not the delete operation of a resource`,
  judge(o, fail) {
    if (o.kind === "used_after_delete") {
      if (o.exchange.response?.status === 404 && errorNameOf(o.exchange) === "ResourceNotFoundException") return;
      fail({
        op: o.op,
        exchange: o.exchange,
        title: `A deleted ${o.noun} could still be ${o.verb}.`,
        documented: "404 ResourceNotFoundException",
        context: `${o.arn} was deleted earlier in this run`,
      });
    }
    if (o.kind === "batch_read" && o.deleted && o.found > 0) {
      fail({
        op: o.op,
        exchange: o.exchange,
        title: `A deleted ${o.noun} is still in the results of ${o.op.name}.`,
        documented: "absent from the results",
        context: `${o.arn} was deleted earlier in this run`,
      });
    }
    if (o.kind === "listed" && o.deleted && o.seen) {
      fail({
        op: o.op,
        exchange: o.exchange,
        title: `A deleted ${o.noun} is still listed.`,
        documented: "absent from every page",
        context: o.arn,
      });
    }
  },
});
