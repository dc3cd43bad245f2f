// What an older document said differently from the newer one the merge kept.
import type { ApiModel, Fact, HistoryEntry, Operation } from "../model/api-model.ts";
import { operationFacts } from "./flatten-facts.ts";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every fact of `older` that `current` states differently or does not state at all. A fact the
 * newer document adds is not history (nothing was said before it).
 */
export function operationHistory(currentModel: ApiModel, current: Operation | undefined, olderModel: ApiModel, older: Operation): HistoryEntry[] {
  const now = current ? operationFacts(currentModel, current) : new Map<string, Fact<unknown>>();
  const before = operationFacts(olderModel, older);
  const entries: HistoryEntry[] = [];
  for (const [fact, previous] of before) {
    const kept = now.get(fact);
    if (kept && same(kept.value, previous.value)) continue;
    // A member or operation the newer document dropped: record it once, not each of its facts.
    const parent = fact.replace(/\.[^.]+$/, ".exists");
    if (!kept && parent !== fact && !now.has(parent) && before.has(parent)) continue;
    entries.push({ fact, current: kept ?? { value: null, source: current?.source ?? { doc: currentModel.service } }, previous });
  }
  return entries;
}
