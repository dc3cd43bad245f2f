// Where judges put what they observe while judging (response_schema, error_body_shape): the cell
// that runs them collects it (observe-cell.ts). A judge keeps its one job, to pass or fail an
// exchange; observing is a side channel that never changes the verdict. Outside a collection (a
// judge called on its own, as in the checks' unit tests) an observation goes nowhere.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Exchange } from "../clients/exchange.ts";
import {
  MAX_EVIDENCE,
  makeObservation,
  type Observation,
  type ObservationInput,
  observationId,
} from "./observation.ts";

class Collection {
  private readonly seen = new Map<string, { input: ObservationInput; exchanges: Exchange[]; ids: Set<Exchange> }>();

  add(input: ObservationInput, exchange: Exchange): void {
    const id = observationId(input);
    let entry = this.seen.get(id);
    if (!entry) {
      entry = { input, exchanges: [], ids: new Set() };
      this.seen.set(id, entry);
    }
    // The same cached exchange judged twice (a replay) counts once.
    if (entry.ids.has(exchange)) return;
    entry.ids.add(exchange);
    if (entry.exchanges.length < MAX_EVIDENCE) entry.exchanges.push(exchange);
  }

  observations(): Observation[] {
    return [...this.seen.values()].map(({ input, exchanges, ids }) => ({
      ...makeObservation(input, exchanges),
      seen: ids.size,
    }));
  }
}

const current = new AsyncLocalStorage<Collection>();

/** Records that `exchange` showed an observation, in the collection of the cell being run. */
export function observe(input: ObservationInput, exchange: Exchange): void {
  current.getStore()?.add(input, exchange);
}

/** Runs `run`, collecting what the judges it calls observe. */
export async function collectObservations<T>(
  run: () => Promise<T>,
): Promise<{ value: T; observations: Observation[] }> {
  const collection = new Collection();
  const value = await current.run(collection, run);
  return { value, observations: collection.observations() };
}
