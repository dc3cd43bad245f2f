// content_type: every response body (success or error) is sent as application/json.
import { mediaType } from "../clients/exchange.ts";
import { defineCheck } from "./define-check.ts";

export const contentType = defineCheck({
  name: "content_type",
  family: "responses",
  property: "exchanges",
  failsWhen: "a body is not application/json",
  judge({ op, exchange, mutation }, fail) {
    const r = exchange.response;
    if (!r || r.body === "") return;
    const type = mediaType(r.headers);
    if (type === "application/json") return;
    fail({
      op,
      exchange,
      mutation,
      title: `A ${r.status} body came as ${type || "no content type"}.`,
      documented: "application/json",
    });
  },
});
