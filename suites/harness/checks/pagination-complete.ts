// pagination_complete: walking every page of a list returns every item that exists, and the walk ends.
import { walkDetails } from "./context.ts";
import { defineCheck, unlessPaginated } from "./define-check.ts";

export const paginationComplete = defineCheck({
  name: "pagination_complete",
  family: "pagination",
  property: "page_walks",
  failsWhen: "walking all pages does not return every item that exists, or never reaches a last page",
  notApplicable: unlessPaginated,
  judge(walk, fail) {
    if (walk.endless) {
      fail({
        ...walkDetails(walk, walk.pages.at(-1), `${walk.expected.length} items expected`),
        title: `The walk never ended: ${walk.endless}.`,
        documented: "a last page without nextToken",
      });
    }
    const seen = new Set(walk.pages.flatMap((p) => p.ids));
    const missing = walk.expected.filter((id) => !seen.has(id));
    if (missing.length === 0) return;
    fail({
      ...walkDetails(
        walk,
        walk.pages.at(-1),
        `missing: ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", ..." : ""}`,
      ),
      title: `${missing.length} of ${walk.expected.length} items that exist never came back.`,
      documented: "every existing item on exactly one page",
    });
  },
});
