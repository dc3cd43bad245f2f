// error_type_documented: an error response names an error (as the SDK resolves the name) that the
// operation documents, with the status documented for it.
import { errorNameOf } from "../clients/error-name.ts";
import { defineCheck } from "./define-check.ts";

export const errorTypeDocumented = defineCheck({
  name: "error_type_documented",
  family: "responses",
  property: "exchanges",
  failsWhen:
    "the error name (resolved as the SDK does) is not documented for the operation, " +
    "or its status differs from the documented one",
  judge({ op, exchange, mutation }, fail) {
    const r = exchange.response;
    if (!r || r.status < 300) return;
    const documented = op.errors.map((e) => `${e.name} (${e.status})`).join(", ") || "no errors";
    const name = errorNameOf(exchange);
    if (!name) {
      return fail({
        op,
        exchange,
        mutation,
        title: `The ${r.status} response names no error (no x-amzn-ErrorType header, no code or __type in the body).`,
        documented,
      });
    }
    const error = op.errors.find((e) => e.name === name);
    if (!error)
      return fail({ op, exchange, mutation, title: `Error ${name} is not documented for ${op.name}.`, documented });
    if (error.status !== r.status) {
      return fail({
        op,
        exchange,
        mutation,
        title: `${name} came with status ${r.status}, documented as ${error.status}.`,
        documented: `${name} (${error.status})`,
      });
    }
  },
});
