// The inputs of the drift report's self section that are not the spec: the documents' own lines
// (spec/sources/), the build's reconciliations (spec/*.history.json) and the documentation errata.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ERRATA, type Erratum } from "../../spec/contract/errata.ts";
import { SERVICES, type ServiceName } from "../../spec/contract/service-name.ts";

const SPEC_DIR = fileURLToPath(new URL("../../spec/", import.meta.url));

export interface HistorySource {
  doc: string;
  line?: number;
  ref?: string;
}

/** One in-document disagreement the build reconciled: the fact, what it kept, what it dropped, why. */
export interface Reconciliation {
  fact: string;
  kept: { value: unknown; source: HistorySource };
  dropped: { value: unknown; source: HistorySource }[];
  reason: string;
}

export function readReconciliations(specDir = SPEC_DIR): { service: ServiceName; r: Reconciliation }[] {
  return SERVICES.flatMap((service) => {
    const history = JSON.parse(readFileSync(join(specDir, `${service}.history.json`), "utf8")) as {
      reconciliations?: Reconciliation[];
    };
    return (history.reconciliations ?? []).map((r) => ({ service, r }));
  });
}

const lines = new Map<string, string[]>();

/** One line of a document in spec/sources/ (1-based), exactly as published (trailing blanks trimmed). */
export function documentLine(doc: string, line: number | undefined, dir = join(SPEC_DIR, "sources")): string {
  if (line === undefined) return "";
  const key = join(dir, doc);
  let text = lines.get(key);
  if (!text) {
    text = readFileSync(key, "utf8").split("\n");
    lines.set(key, text);
  }
  return (text[line - 1] ?? "").trimEnd();
}

/** The erratum that records a defect at this document line, if the repository records one. */
export function erratumAt(service: ServiceName, doc: string, line: number | undefined): Erratum | undefined {
  return ERRATA.find(
    (e) => e.service === service && e.document === doc && line !== undefined && e.lines.includes(line),
  );
}
