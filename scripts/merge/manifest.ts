// Reads spec/sources/manifest.json: which documents exist, for which service, in which order.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ServiceName } from "../model/api-model.ts";

export type DocumentKind = "api-reference" | "boto3-client-reference" | "cli-service-overview" | "boto3-changelog";

export interface SourceDocument {
  file: string;
  service: ServiceName;
  kind: DocumentKind;
  published: string | null;
  /** Higher is newer: it wins where two documents disagree. */
  precedence: number;
  /** `complete` documents list every operation of the service; `partial` ones only some. */
  scope: "complete" | "partial";
  covers: string;
}

export function readManifest(sourcesDir: string): SourceDocument[] {
  const file = path.join(sourcesDir, "manifest.json");
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { documents?: SourceDocument[] };
  if (!Array.isArray(parsed.documents)) throw new Error(`${file}: expected a "documents" array`);
  return parsed.documents;
}
