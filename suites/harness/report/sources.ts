// The source documents a run's specs were built from, for the report: spec/sources/manifest.json,
// read as data (which documents, for which service, of what date and precedence). The spec build
// reads the same manifest (scripts/merge/manifest.ts); the report only names the documents.
import { readFileSync } from "node:fs";

export interface SourceDocument {
  file: string;
  service: string;
  kind: string;
  /** The date the document gives, or null where it gives none. */
  published: string | null;
  /** Higher is newer: it wins where two documents of a service disagree. */
  precedence: number;
  /** `complete`: it lists every operation of the service; `partial`: only some. */
  scope: string;
}

const MANIFEST = new URL("../../../spec/sources/manifest.json", import.meta.url);

export function readSources(manifest: URL = MANIFEST): SourceDocument[] {
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { documents?: SourceDocument[] };
  if (!Array.isArray(parsed.documents)) throw new Error(`${manifest.pathname}: expected a "documents" array`);
  return parsed.documents.map(({ file, service, kind, published, precedence, scope }) => ({
    file,
    service,
    kind,
    published,
    precedence,
    scope,
  }));
}
