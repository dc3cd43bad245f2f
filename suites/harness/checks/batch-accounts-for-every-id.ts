// batch_accounts_for_every_id: a batch operation ("Performs GetChannel on multiple ARNs
// simultaneously"; "Each error object is related to a specific ARN in the request") accounts for
// every identifier it was asked about exactly once: an existing resource in its results (or, when
// the operation returns none, in no error), a resource that does not exist in `errors`. The
// documents name no values for an error's `code` ("Error code.", not required), so the code is
// not judged.
import { canonicalJson } from "../canonical-json.ts";
import { parseJsonBody } from "../clients/exchange.ts";
import { batchShape } from "../properties/batches.ts";
import { defineCheck } from "./define-check.ts";

type Entry = Record<string, unknown>;

export const batchAccountsForEveryId = defineCheck({
  name: "batch_accounts_for_every_id",
  family: "errors",
  property: "batches",
  failsWhen:
    "a batch request's identifier is missing from both its results and errors, is in both or twice, " +
    "or an unknown one comes back as found",
  notApplicable: (op, view) =>
    batchShape(view, op) ? undefined : `${op.name} takes no list of identifiers answered one by one in errors`,
  judge(batch, fail) {
    const { op, exchange, identity } = batch;
    const r = exchange.response;
    const parsed = r && r.status >= 200 && r.status < 300 ? parseJsonBody(r.body) : undefined;
    const body = parsed?.ok && parsed.value && typeof parsed.value === "object" ? (parsed.value as Entry) : undefined;
    const documented = batch.results
      ? `each existing identifier once in ${batch.results}, each unknown one once in errors`
      : "each unknown identifier once in errors, no existing one in errors";
    if (!body) {
      return fail({
        op,
        exchange,
        title: `A batch of ${batch.entries.length} identifiers was not answered with a success.`,
        documented: `${op.successStatus}: ${documented}`,
      });
    }
    const key = (e: Entry) => canonicalJson(identity.map((m) => e?.[m]));
    const count = (member: string, id: Record<string, string>) =>
      (Array.isArray(body[member]) ? (body[member] as Entry[]) : []).filter((e) => key(e) === key(id)).length;
    const what = identity.length === 1 ? identity[0]! : `${identity.join(" and ")} pair`;
    for (const { id, exists } of batch.entries) {
      const named = `${what} ${identity.map((m) => JSON.stringify(id[m])).join(" / ")}`;
      const inErrors = count("errors", id);
      const inResults = batch.results ? count(batch.results, id) : 0;
      const title = exists
        ? !batch.results
          ? inErrors > 0 && `An existing ${named} was reported in errors.`
          : inResults === 0 && inErrors === 0
            ? `An existing ${named} is missing from ${batch.results} and errors.`
            : inErrors > 0
              ? `An existing ${named} was reported in errors.`
              : inResults > 1 && `An existing ${named} came back ${inResults} times in ${batch.results}.`
        : inResults > 0
          ? `An unknown ${named} came back in ${batch.results}.`
          : inErrors === 0
            ? `An unknown ${named} is missing from errors.`
            : inErrors > 1 && `An unknown ${named} came back ${inErrors} times in errors.`;
      if (!title) continue;
      fail({
        op,
        exchange,
        title,
        documented,
        context:
          `requested ${batch.entries.length}: ${batch.entries.filter((e) => e.exists).length} existing, ` +
          `${batch.entries.filter((e) => !e.exists).length} unknown`,
      });
    }
  },
});
