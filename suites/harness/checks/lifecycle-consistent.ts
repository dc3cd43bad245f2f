// lifecycle_consistent: what get, list (item by item), batch reads and list-tags return agrees with
// what the target acknowledged on create or update; the values the target assigned on create (arn,
// a stream key's value, ...) are the same in every read; and deleting a resource that exists succeeds.
import { canonicalJson } from "../canonical-json.ts";
import { lifecycleHeadedBy } from "../properties/lifecycle-plan.ts";
import { defineCheck } from "./define-check.ts";

const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

export const lifecycleConsistent = defineCheck({
  name: "lifecycle_consistent",
  family: "lifecycle",
  property: "lifecycle",
  failsWhen:
    "what get/list/batch reads return disagrees with what was created or updated, " +
    "or a value the target assigned on create changes",
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
      case "assigned": {
        const differs = Object.keys(o.expected).filter(
          (f) => canonicalJson(o.got?.[f]) !== canonicalJson(o.expected[f]),
        );
        if (o.got && differs.length === 0) return;
        fail({
          op: o.op,
          exchange: o.exchange,
          title: o.got
            ? `${o.op.name} returned another ${differs.join(", ")} for a ${o.noun} than ${o.assignedBy} assigned.`
            : `${o.op.name} did not return the ${o.noun} that ${o.assignedBy} made.`,
          documented: `as ${o.assignedBy} assigned: ${canonicalJson(o.got ? pick(o.expected, differs) : o.expected)}`,
          context: o.arn,
        });
        break;
      }
      case "batch_read":
        if (o.deleted || o.found === 1) return;
        fail({
          op: o.op,
          exchange: o.exchange,
          title:
            o.found === 0
              ? `An existing ${o.noun} is missing from the results of ${o.op.name}.`
              : `An existing ${o.noun} came back ${o.found} times in the results of ${o.op.name}.`,
          documented: "once in the results",
          context: o.arn,
        });
        break;
      case "used_after_delete":
        return;
    }
  },
});
