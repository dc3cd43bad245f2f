// pagination_no_duplicates: no item appears on two pages of one walk.
import { walkDetails } from "./context.ts";
import { defineCheck, unlessPaginated } from "./define-check.ts";

export const paginationNoDuplicates = defineCheck({
  name: "pagination_no_duplicates",
  family: "pagination",
  property: "page_walks",
  failsWhen: "an item appears twice across the pages of one walk",
  notApplicable: unlessPaginated,
  judge(walk, fail) {
    const seenOn = new Map<string, number>();
    walk.pages.forEach((page, i) => {
      for (const id of page.ids) {
        const first = seenOn.get(id);
        if (first !== undefined) {
          fail({
            ...walkDetails(walk, page, `item ${id}`),
            title: `Item ${id} came back twice, on pages ${first + 1} and ${i + 1}.`,
            documented: "every item on exactly one page",
          });
        }
        seenOn.set(id, i);
      }
    });
  },
});
