// status_documented: the status is the documented success status or a documented error's status.
import { defineCheck } from "./define-check.ts";

export const statusDocumented = defineCheck({
  name: "status_documented",
  family: "responses",
  property: "exchanges",
  failsWhen: "the status is neither the documented success status nor a documented error's status",
  judge({ op, exchange, mutation }, fail) {
    const r = exchange.response;
    if (!r) return;
    if (r.status === op.successStatus || op.errors.some((e) => e.status === r.status)) return;
    const errors = op.errors.map((e) => `${e.status} ${e.name}`).join(", ");
    fail({
      op,
      exchange,
      mutation,
      title: `Status ${r.status} is not documented for ${op.name}.`,
      documented: `${op.successStatus} (success)${errors ? `, ${errors}` : ""}`,
    });
  },
});
