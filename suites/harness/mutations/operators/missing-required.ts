// missing_required: a required member left out. A path label cannot be left out of a URL (the
// request would no longer reach the operation), so there the site is not applicable.
import fc from "fast-check";
import type { MutationOperator } from "../mutation.ts";
import { ABSENT } from "../violations.ts";

export const missingRequired: MutationOperator = {
  name: "missing_required",
  constraint: ({ required }) => (required ? "required" : undefined),
  candidates({ member, path }) {
    if (member.in === "path" && path.length === 1) {
      return { notApplicable: `${member.name} is a path label: without it the URL names no operation` };
    }
    return fc.constant(ABSENT);
  },
};
