// Picks the extractor for a document's kind.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractApiReference } from "../extract/api-reference/index.ts";
import { extractBoto3Reference } from "../extract/boto3-reference/index.ts";
import { extractChangelog } from "../extract/changelog/index.ts";
import { extractCliOverview } from "../extract/cli-overview/index.ts";
import type { DocumentKind, SourceDocument } from "../merge/manifest.ts";
import type { ApiModel, Extraction } from "../model/api-model.ts";

const EXTRACTORS: Record<DocumentKind, (text: string, document: string) => Extraction> = {
  "api-reference": extractApiReference,
  "boto3-client-reference": extractBoto3Reference,
  "boto3-changelog": extractChangelog,
  "cli-service-overview": extractCliOverview,
};

export function extractDocument(sourcesDir: string, doc: SourceDocument): ApiModel {
  const text = readFileSync(path.join(sourcesDir, doc.file), "utf8");
  const extraction = EXTRACTORS[doc.kind](text, doc.file);
  const model = extraction.models.find((m) => m.service === doc.service);
  if (!model) throw new Error(`${doc.file}: the ${doc.kind} extractor yielded no model for service ${doc.service}`);
  return model;
}
