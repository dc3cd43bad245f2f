// The pagination checks over one walk: pagination_complete, pagination_no_duplicates,
// page_size_respected. A walk is every page of one list call sequence at one maxResults.
import { ConformanceFailure, describeResponse } from "../failure.ts";
import type { Page, PageWalk } from "./context.ts";

function failWalk(
  check: string,
  walk: PageWalk,
  page: Page | undefined,
  title: string,
  documented: string,
  context: string,
): never {
  throw new ConformanceFailure({
    check,
    service: walk.op.service,
    operation: walk.op.name,
    title,
    received: page ? describeResponse(page.exchange) : `${walk.pages.length} pages`,
    documented,
    ...(page ? { exchange: page.exchange } : {}),
    context: `maxResults ${walk.maxResults}, ${walk.pages.length} pages; ${context}`,
  });
}

export function paginationComplete(walk: PageWalk): void {
  if (walk.endless) {
    failWalk(
      "pagination_complete",
      walk,
      walk.pages.at(-1),
      `The walk never ended: page ${walk.pages.length} still had a nextToken.`,
      "a last page without nextToken",
      `${walk.expected.length} items expected`,
    );
  }
  const seen = new Set(walk.pages.flatMap((p) => p.ids));
  const missing = walk.expected.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    failWalk(
      "pagination_complete",
      walk,
      walk.pages.at(-1),
      `${missing.length} of ${walk.expected.length} items that exist never came back.`,
      "every existing item on exactly one page",
      `missing: ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", ..." : ""}`,
    );
  }
}

export function paginationNoDuplicates(walk: PageWalk): void {
  const seenOn = new Map<string, number>();
  walk.pages.forEach((page, i) => {
    for (const id of page.ids) {
      const first = seenOn.get(id);
      if (first !== undefined)
        failWalk(
          "pagination_no_duplicates",
          walk,
          page,
          `Item ${id} came back twice, on pages ${first + 1} and ${i + 1}.`,
          "every item on exactly one page",
          `item ${id}`,
        );
      seenOn.set(id, i);
    }
  });
}

export function pageSizeRespected(walk: PageWalk): void {
  walk.pages.forEach((page, i) => {
    if (page.ids.length > walk.maxResults) {
      failWalk(
        "page_size_respected",
        walk,
        page,
        `Page ${i + 1} holds ${page.ids.length} items, more than maxResults ${walk.maxResults}.`,
        `at most ${walk.maxResults} items per page`,
        `page ${i + 1}`,
      );
    }
  });
}
