// Merges the per-document models of one service: the newest document that states a fact wins.
// What older documents said differently is recorded by ./history.ts once the merged model is
// complete (SDK facts and pagination included), so that history compares like with like.
import type { ApiModel, Operation, ServiceName } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import type { SourceDocument } from "./manifest.ts";

export interface DocumentModel {
  document: SourceDocument;
  model: ApiModel;
}

// An operation the CLI overview only names (a one-line description) says nothing about its shape.
export const hasSubstance = (op: Operation) =>
  Boolean(op.http || op.input.length || op.output.length || op.errors?.length);

/**
 * The operations the service has, as the documents know it: every operation of the newest
 * complete document, plus those of partial documents newer than it. Operations that only an older
 * document lists were dropped from the service (their absence is recorded as history).
 */
function operationNames(docs: DocumentModel[]): Set<string> {
  const newestComplete = docs.filter((d) => d.document.scope === "complete").at(-1);
  const names = new Set<string>(newestComplete ? Object.keys(newestComplete.model.operations) : []);
  for (const d of docs) {
    if (
      d.document.scope === "partial" &&
      (!newestComplete || d.document.precedence > newestComplete.document.precedence)
    ) {
      for (const [name, op] of Object.entries(d.model.operations)) if (hasSubstance(op)) names.add(name);
    }
  }
  return names;
}

export function mergeDocuments(service: ServiceName, documents: DocumentModel[]): ApiModel {
  const docs = [...documents].sort((a, b) => a.document.precedence - b.document.precedence);
  const newestFirst = [...docs].reverse();
  const merged = emptyModel(service);

  for (const d of docs) {
    for (const [key, fact] of Object.entries(d.model.info))
      if (fact) merged.info[key as keyof typeof merged.info] = fact;
    Object.assign(merged.shapes, d.model.shapes);
    Object.assign(merged.errors, d.model.errors);
    merged.groups.push(...d.model.groups);
    merged.reconciliations.push(...d.model.reconciliations);
  }

  const names = operationNames(docs);
  for (const name of [...names].sort()) {
    const holders = newestFirst.filter((d) => d.model.operations[name]);
    const primary = holders.find((d) => hasSubstance(d.model.operations[name]!)) ?? holders[0]!;
    const op: Operation = structuredClone(primary.model.operations[name]!);
    for (const other of holders) {
      const theirs = other.model.operations[name]!;
      if (!op.documentation && theirs.documentation) op.documentation = theirs.documentation;
    }
    merged.operations[name] = op;
  }
  return merged;
}
