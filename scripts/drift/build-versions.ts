// Section 1 on the repository's documents: per service, its two newest documents by precedence
// (ivs: the boto3 client reference against the API reference; ivs-realtime: the two changelog
// pages), each extracted on its own. Error names are first reconciled with the SDK's, as the build
// does (../merge/error-names.ts): the API reference prints the SDK's `InternalServerException` as
// `InternalServerErrorException` in some actions, a rendering and not a change of the API (section 4
// reports it).
import { readFileSync } from "node:fs";
import path from "node:path";
import { SERVICES, serviceSdkModel } from "../build/build-specs.ts";
import { extractDocument } from "../build/extract-document.ts";
import { extractChangelog } from "../extract/changelog/index.ts";
import { reconcileErrorNames } from "../merge/error-names.ts";
import { readManifest, type SourceDocument } from "../merge/manifest.ts";
import type { ApiModel, ServiceName } from "../model/api-model.ts";
import type { DriftSectionReport } from "./drift-item.ts";
import { type ChangedMember, type ComparedPair, type VersionedDocument, versionsSection } from "./versions.ts";

function changesOf(sourcesDir: string, doc: SourceDocument): ChangedMember[] | undefined {
  if (doc.kind !== "boto3-changelog") return undefined;
  const { changes } = extractChangelog(readFileSync(path.join(sourcesDir, doc.file), "utf8"), doc.file);
  return changes.flatMap((c) => [
    ...c.request.map((m) => ({ operation: c.operation, side: "input" as const, ...m })),
    ...c.response.map((m) => ({ operation: c.operation, side: "output" as const, ...m })),
  ]);
}

function versioned(sourcesDir: string, doc: SourceDocument, sdk: ApiModel): VersionedDocument {
  const changes = changesOf(sourcesDir, doc);
  const model = extractDocument(sourcesDir, doc);
  reconcileErrorNames(model, sdk);
  return {
    file: doc.file,
    scope: doc.scope,
    model,
    ...(changes ? { changes } : {}),
  };
}

/** The pairs compared: per service, the two documents of highest precedence, older first. */
export async function documentPairs(sourcesDir: string): Promise<ComparedPair[]> {
  const manifest = readManifest(sourcesDir);
  const pairs: ComparedPair[] = [];
  for (const plan of SERVICES) {
    const service: ServiceName = plan.service;
    const docs = manifest.filter((d) => d.service === service).sort((a, b) => b.precedence - a.precedence);
    const [newer, older] = docs;
    if (!newer || !older) continue;
    const sdk = await serviceSdkModel(plan);
    pairs.push({ service, older: versioned(sourcesDir, older, sdk), newer: versioned(sourcesDir, newer, sdk) });
  }
  return pairs;
}

export async function buildVersionsSection(sourcesDir: string): Promise<DriftSectionReport> {
  return versionsSection(await documentPairs(sourcesDir));
}
