// The extractor for the IVS Low-Latency Streaming API Reference (text converted from PDF).
//
// Yields one ApiModel for service `ivs`: every action of the Actions section, every Data Types
// entry, the Common Errors with their (default) statuses. Rendering repairs and disagreements
// between renderings of one fact are kept in `model.reconciliations`, so that nothing the
// document printed is lost silently.

import { type Extraction, emptyModel, type Reconciliation } from "../../model/api-model.ts";
import { ExtractionError, source, toLines } from "../text/lines.ts";
import { buildShape } from "./data-types.ts";
import { parseErrorList } from "./errors.ts";
import type { PatternRepairRecord } from "./member-blocks.ts";
import { buildOperation } from "./operations.ts";
import { reconcileRenderings } from "./reconcile.ts";
import { splitSections } from "./sections.ts";

export function extractApiReference(text: string, document: string): Extraction {
  const lines = toLines(text);
  const sections = splitSections(lines, document);
  const model = emptyModel("ivs");

  if (sections.apiVersion) {
    const version = sections.apiVersion.text.trim().replace(/^API Version /, "");
    model.info.apiVersion = { value: version, source: source(document, sections.apiVersion) };
  }
  if (sections.title) {
    model.info.title = { value: sections.title.text.trim(), source: source(document, sections.title) };
  }

  for (const action of sections.actions) {
    const built = buildOperation(action, document);
    model.operations[action.name] = built.operation;
    model.reconciliations.push(...built.repairs.map((r) => repairRecord(`operations.${action.name}`, r)));
    if (built.restoredLabels) {
      model.reconciliations.push({
        fact: `operations.${action.name}.http.path`,
        kept: built.restoredLabels.restored,
        dropped: [built.restoredLabels.rendered],
        reason:
          "repair: the rendering dropped the braces of the path label; " +
          "the segment names a URI request parameter of this action",
      });
    }
  }

  for (const section of sections.dataTypes) {
    if (model.shapes[section.name]) {
      throw new ExtractionError(document, section.heading.n, `data type "${section.name}" listed once`);
    }
    const built = buildShape(section, document);
    model.shapes[section.name] = built.shape;
    model.reconciliations.push(...built.repairs.map((r) => repairRecord(`shapes.${section.name}`, r)));
  }

  for (const entry of parseErrorList(sections.commonErrors.lines, document)) {
    const { name, status, source: src } = entry.ref;
    model.errors[name] = { name, ...(status && { status }), members: [], source: src };
  }

  model.reconciliations.push(...reconcileRenderings(model));
  return { document, models: [model] };
}

function repairRecord(prefix: string, r: PatternRepairRecord): Reconciliation {
  return {
    fact: `${prefix}.${r.path}`,
    kept: r.repaired,
    dropped: [r.rendered],
    reason: `repair: ${r.repairs.join("; ")}`,
  };
}
