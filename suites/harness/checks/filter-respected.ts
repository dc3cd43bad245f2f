// filter_respected: every item a filtered list returns satisfies the filter, as its documentation
// states it (documented-rules.ts: listFilters), and a filtered walk returns every item the suite
// made to match it. Part of the pagination family: a filter that holds on the first page and is
// lost on the next fails here too. An operation no document states has filters by name only.
import { canonicalJson } from "../canonical-json.ts";
import { type ListFilter, listFilters } from "../documented-rules.ts";
import { defineCheck } from "./define-check.ts";

/** Whether an item's member satisfies a filter's value (see ListFilter for what each match means). */
export function satisfies(filter: ListFilter, value: unknown, member: unknown): boolean {
  if (filter.match === "equals") return canonicalJson(member) === canonicalJson(value);
  return typeof member === "string" && member.toLowerCase().includes(String(value).toLowerCase());
}

export const filterRespected = defineCheck({
  name: "filter_respected",
  family: "pagination",
  property: "filtered_walks",
  failsWhen: "a filtered list returns an item the filter excludes, or leaves out an item the suite made to match it",
  notApplicable(op) {
    const filters = listFilters(op);
    if (!filters.length) return `${op.name} has no documented filter (an optional filterBy* member)`;
    // The SDK's model names a filter and its type, never what it keeps: no document says.
    if (!op.documented)
      return (
        `${op.name} is not in the documents; the SDK's model names its filters ` +
        `(${filters.map((f) => f.path.join(".")).join(", ")}) but states nothing of what each keeps`
      );
    return undefined;
  },
  judge(walk, fail) {
    const { op, filter } = walk;
    const by = `${op.name} filtered by ${filter.path.join(".")} ${JSON.stringify(walk.value)}`;
    const where = `maxResults ${walk.maxResults}, ${walk.pages.length} pages`;
    if (walk.broken) {
      fail({
        op,
        exchange: walk.broken,
        title: `Page ${walk.pages.length + 1} of ${by} was not a success.`,
        documented: `${op.successStatus}; ${filter.documented}`,
        context: where,
      });
    }
    walk.pages.forEach((page, i) => {
      for (const item of page.items) {
        if (satisfies(filter, walk.value, item[filter.itemMember])) continue;
        fail({
          op,
          exchange: page.exchange,
          title: `${by} returned an item whose ${filter.itemMember} is ${JSON.stringify(item[filter.itemMember])}.`,
          documented: filter.documented,
          context: `${where}; page ${i + 1}, item ${String(item[walk.id])}`,
        });
      }
    });
    if (walk.endless) {
      fail({
        op,
        exchange: walk.pages.at(-1)?.exchange,
        title: `${by} never ended: ${walk.endless}.`,
        documented: "a last page without nextToken",
        context: where,
      });
    }
    const seen = new Set(walk.pages.flatMap((p) => p.items.map((item) => String(item[walk.id]))));
    const missing = walk.expected.filter((id) => !seen.has(id));
    if (missing.length === 0) return;
    fail({
      op,
      exchange: walk.pages.at(-1)?.exchange,
      title: `${by} left out ${missing.length} of the ${walk.expected.length} items made to match it.`,
      documented: filter.documented,
      context: `${where}; missing: ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", ..." : ""}`,
    });
  },
});
