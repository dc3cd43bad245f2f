// The id part of an ARN of a resource that does not exist: a real ARN of the kind with `missing` and
// this id in place of its own. One arbitrary for the whole run: fast-check builds a string's slices
// when the arbitrary is made, which costs far more than drawing from it; arbitraries are pure.
import fc from "fast-check";

export const UNKNOWN_ID = fc.stringMatching(/^[a-zA-Z0-9]{12}$/);
