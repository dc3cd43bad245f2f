// conflict_reported: a conflict the documents state (deleting what another resource uses,
// importing the same key twice, exclusive filters, a live channel) is answered 409 ConflictException.
// An operation no document states has the SDK's error list alone: it may name ConflictException, but
// nothing says which situation raises it (DeleteStage, for one, could as well detach what uses the
// stage), so there is no conflict to judge.
import { answeredWith, defineCheck, unlessDocuments } from "./define-check.ts";

export const conflictReported = defineCheck({
  name: "conflict_reported",
  family: "errors",
  property: "conflict",
  failsWhen:
    "a documented conflict (deleting a resource another one uses, importing the same key twice) " +
    "is not answered 409 ConflictException",
  notApplicable(op) {
    const undocumented = unlessDocuments("ConflictException")(op);
    if (undocumented || op.documented) return undocumented;
    return (
      `${op.name} is not in the documents: the SDK's model lists ConflictException ` +
      "but states no situation that raises it"
    );
  },
  judge: answeredWith(409, "ConflictException"),
});
