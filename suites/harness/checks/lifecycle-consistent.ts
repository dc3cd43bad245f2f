// lifecycle_consistent: what get, list and list-tags return agrees with what the target
// acknowledged on create or update, and deleting a resource that exists succeeds.
import { canonicalJson } from "../canonical-json.ts";
import { lifecycleHeadedBy } from "../properties/lifecycle-plan.ts";
import { defineCheck } from "./define-check.ts";

export const lifecycleConsistent = defineCheck({
  name: "lifecycle_consistent",
  family: "lifecycle",
  property: "lifecycle",
  failsWhen: "what get/list return disagrees with what was created or updated",
  notApplicable: (op, view) =>
    lifecycleHeadedBy(view, op, "lifecycle_consistent")
      ? undefined
      : `${op.name} is not the create operation of a resource with a get or list operation`,
  judge(o, fail) {
    switch (o.kind) {
      case "acknowledged": {
        const differs = o.fields.filter(
          (f) => o.expected[f] !== undefined && canonicalJson(o.got?.[f]) !== canonicalJson(o.expected[f]),
        );
        if (o.got && differs.length === 0) return;
        const on = differs.length ? ` on ${differs.join(", ")}` : "";
        fail({
          op: o.op,
          exchange: o.exchange,
          title: `${o.op.name} disagrees with what was created or updated${on}.`,
          documented: canonicalJson(Object.fromEntries(differs.map((f) => [f, o.expected[f]]))),
          context: o.arn,
        });
        break;
      }
      case "tags":
        if (canonicalJson(o.got) === canonicalJson(o.expected)) return;
        fail({
          op: o.op,
          exchange: o.exchange,
          title: `${o.op.name} returned other tags than were set.`,
          documented: canonicalJson(o.expected),
          context: o.arn,
        });
        break;
      case "listed":
        if (o.deleted || o.seen) return;
        fail({
          op: o.op,
          exchange: o.exchange,
          title: `An existing ${o.noun} is missing from ${o.op.name}.`,
          documented: "present on one page",
          context: o.arn,
        });
        break;
      case "deleted":
        if (o.succeeded) return;
        fail({
          op: o.op,
          exchange: o.exchange,
          title: `Deleting an existing ${o.noun} failed.`,
          documented: `${o.op.successStatus}`,
          context: o.arn,
        });
        break;
      case "used_after_delete":
        return;
    }
  },
});
