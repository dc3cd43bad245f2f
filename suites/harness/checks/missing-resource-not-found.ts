// missing_resource_not_found: a request naming a resource that does not exist (a pattern-valid ARN
// of the kind, everything else valid) is answered 404 ResourceNotFoundException.
import { errorNameOf } from "../clients/error-name.ts";
import { defineCheck, unlessDocuments } from "./define-check.ts";

export const missingResourceNotFound = defineCheck({
  name: "missing_resource_not_found",
  family: "errors",
  property: "missing_resource",
  failsWhen: "a pattern-valid ARN of a resource that does not exist is not answered 404 ResourceNotFoundException",
  notApplicable: unlessDocuments("ResourceNotFoundException"),
  judge({ op, exchange, situation }, fail) {
    if (exchange.response?.status === 404 && errorNameOf(exchange) === "ResourceNotFoundException") return;
    fail({
      op,
      exchange,
      title: `${situation} was not answered 404 ResourceNotFoundException.`,
      documented: "404 ResourceNotFoundException",
    });
  },
});
