// What an older document said differently from the newer one the merge kept.
import type { ApiModel, Fact, HistoryEntry, Operation } from "../model/api-model.ts";
import { operationFacts } from "./flatten-facts.ts";
import { type DocumentModel, hasSubstance } from "./merge-documents.ts";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every fact of `older` that `current` states differently or does not state at all. A fact the
 * newer document adds is not history (nothing was said before it), and neither is one the older
 * document leaves unstated (boto3 pages never say whether a response member is required): the
 * model leaves those absent, so they are not among `older`'s facts.
 */
function operationHistory(
  currentModel: ApiModel,
  current: Operation | undefined,
  olderModel: ApiModel,
  older: Operation,
): HistoryEntry[] {
  const now = current ? operationFacts(currentModel, current) : new Map<string, Fact<unknown>>();
  const before = operationFacts(olderModel, older);
  const entries: HistoryEntry[] = [];
  for (const [fact, previous] of before) {
    const kept = now.get(fact);
    if (kept && same(kept.value, previous.value)) continue;
    // A member or operation the newer document dropped: record it once, not each of its facts.
    const parent = fact.replace(/\.[^.]+$/, ".exists");
    if (!kept && parent !== fact && !now.has(parent) && before.has(parent)) continue;
    entries.push({
      fact,
      current: kept ?? { value: null, source: current?.source ?? { doc: currentModel.service } },
      previous,
    });
  }
  return entries;
}

/** History of the whole service: every older document's operations against the merged model. */
export function serviceHistory(merged: ApiModel, documents: DocumentModel[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const doc of documents) {
    for (const [name, older] of Object.entries(doc.model.operations)) {
      const current = merged.operations[name];
      if (!hasSubstance(older) || current?.source.doc === doc.document.file) continue;
      entries.push(...operationHistory(merged, current, doc.model, older));
    }
  }
  return entries;
}
