// page_size_respected: no page holds more items than the maxResults it was asked for.
import { walkDetails } from "./context.ts";
import { defineCheck, unlessPaginated } from "./define-check.ts";

export const pageSizeRespected = defineCheck({
  name: "page_size_respected",
  family: "pagination",
  property: "page_walks",
  failsWhen: "a page holds more items than maxResults",
  notApplicable: unlessPaginated,
  judge(walk, fail) {
    walk.pages.forEach((page, i) => {
      if (page.ids.length <= walk.maxResults) return;
      fail({
        ...walkDetails(walk, page, `page ${i + 1}`),
        title: `Page ${i + 1} holds ${page.ids.length} items, more than maxResults ${walk.maxResults}.`,
        documented: `at most ${walk.maxResults} items per page`,
      });
    });
  },
});
