// Pagination as the documents imply it: an operation that takes a `nextToken`, returns a
// `nextToken` and returns exactly one list is paginated over that list. The API reference states no
// paginators; its members say "This is used for pagination". boto3's paginators, where a document
// has them, are kept as they are (the merge compares them with this inference as history).
import type { ApiModel, Fact, Operation, Pagination } from "../model/api-model.ts";

export function inferPagination(model: ApiModel, op: Operation): Fact<Pagination> | undefined {
  const token = op.input.find((m) => m.name === "nextToken");
  const outToken = op.output.find((m) => m.name === "nextToken");
  if (!token || !outToken) return undefined;
  const lists = op.output.filter((m) => m.type.kind === "list");
  if (lists.length !== 1) {
    throw new Error(
      `${model.service} ${op.name}: takes and returns nextToken but returns ${lists.length} lists ` +
        `(${lists.map((l) => l.name).join(", ") || "none"}); expected exactly one list of items to paginate`,
    );
  }
  const pageSize = op.input.find((m) => m.name === "maxResults");
  return {
    value: {
      inputToken: "nextToken",
      outputToken: "nextToken",
      ...(pageSize ? { pageSize: "maxResults" } : {}),
      items: lists[0]!.name,
    },
    source: token.source,
  };
}
