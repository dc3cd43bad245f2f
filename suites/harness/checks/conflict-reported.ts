// conflict_reported: a conflict the documents state (deleting what another resource uses,
// importing the same key twice, exclusive filters, a live channel) is answered 409 ConflictException.
import { answeredWith, defineCheck, unlessDocuments } from "./define-check.ts";

export const conflictReported = defineCheck({
  name: "conflict_reported",
  family: "errors",
  property: "conflict",
  failsWhen:
    "a documented conflict (deleting a resource another one uses, importing the same key twice) " +
    "is not answered 409 ConflictException",
  notApplicable: unlessDocuments("ConflictException"),
  judge: answeredWith(409, "ConflictException"),
});
