// The whole spec build, as a function: documents -> per-document models -> merged model per
// service (`documentedModel`: what the documents alone say) -> SDK fill, pagination, history ->
// OpenAPI 3.1 (validated) -> TypeScript types. It returns file contents instead of writing them,
// so that the freshness test can compare a fresh build with the committed files.
import SwaggerParser from "@apidevtools/swagger-parser";
import openapiTS, { astToString } from "openapi-typescript";
import { serviceHistory } from "../merge/history.ts";
import { readManifest } from "../merge/manifest.ts";
import { type DocumentModel, mergeDocuments } from "../merge/merge-documents.ts";
import { inferPagination } from "../merge/pagination.ts";
import { fillFromSdk } from "../merge/sdk-fill.ts";
import { addSdkOnlyOperations } from "../merge/sdk-only-operations.ts";
import type { ApiModel, ServiceName } from "../model/api-model.ts";
import { renderDocument } from "../openapi/document.ts";
import { addSdkEnums } from "../sdk/sdk-enums.ts";
import { sdkModel } from "../sdk/sdk-model.ts";
import { loadSdk, type SdkPackage } from "../sdk/sdk-package.ts";
import { extractDocument } from "./extract-document.ts";
import { type ServiceSummary, summarize } from "./summary.ts";

interface ServicePlan {
  service: ServiceName;
  sdk: SdkPackage;
}

export const SERVICES: readonly ServicePlan[] = [
  { service: "ivs", sdk: "@aws-sdk/client-ivs" },
  { service: "ivs-realtime", sdk: "@aws-sdk/client-ivs-realtime" },
];

export interface BuildResult {
  /** Repository-relative path -> exact file content. */
  files: Record<string, string>;
  models: Record<ServiceName, ApiModel>;
  summaries: ServiceSummary[];
}

/**
 * What the documents alone say about a service: each document's model, and their merge before
 * anything is taken from the SDK (every fact in it has a document's provenance). A fresh model on
 * every call, so that a caller may change it.
 */
export function documentedModel(
  sourcesDir: string,
  service: ServiceName,
): { model: ApiModel; documents: DocumentModel[] } {
  const documents = readManifest(sourcesDir)
    .filter((d) => d.service === service)
    .map((document) => ({ document, model: extractDocument(sourcesDir, document) }));
  return { model: mergeDocuments(service, documents), documents };
}

/** The SDK package's view of a service, its typings' enum values included (provenance `sdk`). */
export async function serviceSdkModel(plan: ServicePlan): Promise<ApiModel> {
  const sdk = await loadSdk(plan.sdk);
  const model = sdkModel(sdk, plan.service);
  addSdkEnums(model, sdk);
  return model;
}

async function buildModel(sourcesDir: string, plan: ServicePlan): Promise<ApiModel> {
  const { model: merged, documents } = documentedModel(sourcesDir, plan.service);
  const sdk = await serviceSdkModel(plan);
  fillFromSdk(merged, sdk);
  addSdkOnlyOperations(merged, sdk);
  for (const op of Object.values(merged.operations)) op.pagination ??= inferPagination(merged, op);
  merged.history = serviceHistory(merged, documents);
  return merged;
}

export async function buildSpecs(sourcesDir: string): Promise<BuildResult> {
  const files: Record<string, string> = {};
  const models = {} as Record<ServiceName, ApiModel>;
  const summaries: ServiceSummary[] = [];
  for (const plan of SERVICES) {
    const model = await buildModel(sourcesDir, plan);
    const sources = readManifest(sourcesDir)
      .filter((d) => d.service === plan.service)
      .map((d) => d.file);
    const document = renderDocument(model, sources);
    // The validator dereferences in place: hand it a copy.
    await SwaggerParser.validate(structuredClone(document) as never);
    const json = `${JSON.stringify(document, null, 2)}\n`;
    const types = astToString(await openapiTS(structuredClone(document) as never));
    files[`spec/${plan.service}.openapi.json`] = json;
    files[`spec/${plan.service}.history.json`] =
      `${JSON.stringify({ history: model.history, reconciliations: model.reconciliations }, null, 2)}\n`;
    files[`generated/${plan.service}.ts`] =
      `// Generated from spec/${plan.service}.openapi.json by \`npm run spec\` (openapi-typescript). ` +
      `Do not edit.\n${types}`;
    models[plan.service] = model;
    summaries.push(summarize(model));
  }
  return { files, models, summaries };
}
