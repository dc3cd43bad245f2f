// missing_resource_not_found: a request naming a resource that does not exist (a pattern-valid ARN
// of the kind, everything else valid) is answered 404 ResourceNotFoundException.
import { answeredWith, defineCheck, unlessDocuments } from "./define-check.ts";

export const missingResourceNotFound = defineCheck({
  name: "missing_resource_not_found",
  family: "errors",
  property: "missing_resource",
  failsWhen: "a pattern-valid ARN of a resource that does not exist is not answered 404 ResourceNotFoundException",
  notApplicable: unlessDocuments("ResourceNotFoundException"),
  judge: answeredWith(404, "ResourceNotFoundException"),
});
