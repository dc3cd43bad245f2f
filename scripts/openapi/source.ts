// `x-amzn-source`: where a fact was read, as other tools read it from the spec.
import type { Constraints, Source } from "../model/api-model.ts";

export type JsonObject = Record<string, unknown>;

export function renderSource(source: Source): JsonObject {
  if (source.doc === "sdk") return { doc: "sdk", ...(source.ref ? { ref: source.ref } : {}) };
  return { doc: source.doc, ...(source.line !== undefined ? { line: source.line } : {}) };
}

/** Per-constraint provenance, so that a reader can find the line each keyword came from. */
export function renderConstraintSources(constraints: Constraints): JsonObject | undefined {
  const entries = Object.entries(constraints).filter(([, f]) => f);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([kind, fact]) => [kind, renderSource(fact!.source)]));
}
