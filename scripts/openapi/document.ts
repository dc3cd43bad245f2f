// The merged API model of one service -> an OpenAPI 3.1 document.
//
// Output is byte-deterministic: operations and components are emitted in name order, and nothing
// depends on time, host or traversal order of a hash.
import type { ApiModel } from "../model/api-model.ts";
import { renderOperation } from "./operation.ts";
import { componentRef, shapeSchema, structureSchema } from "./schema.ts";
import { type JsonObject, renderSource } from "./source.ts";

const TITLES: Record<ApiModel["service"], string> = {
  ivs: "Amazon Interactive Video Service (Low-Latency Streaming)",
  "ivs-realtime": "Amazon Interactive Video Service RealTime",
};

function serviceInfo(model: ApiModel): JsonObject {
  const info: JsonObject = {};
  for (const key of ["serviceId", "apiVersion", "signingName", "endpointPrefix", "protocol"] as const) {
    const fact = model.info[key];
    if (!fact) throw new Error(`${model.service}: service fact ${key} is stated by no document and no SDK package`);
    info[key] = fact.value;
  }
  return info;
}

export function renderDocument(model: ApiModel, sources: string[]): JsonObject {
  const groupOf = new Map<string, string>();
  for (const g of model.groups) for (const op of g.operations) groupOf.set(op, g.name);

  const paths: Record<string, JsonObject> = {};
  const schemas: Record<string, JsonObject> = {};
  for (const name of Object.keys(model.operations).sort()) {
    const r = renderOperation(model, model.operations[name]!, groupOf.get(name));
    const item = paths[r.path] ?? {};
    paths[r.path] = item;
    if (item[r.method]) throw new Error(`${model.service}: ${r.method.toUpperCase()} ${r.path} bound twice (${name})`);
    item[r.method] = r.operation;
    Object.assign(schemas, r.components);
  }
  for (const shape of Object.values(model.shapes)) schemas[shape.name] = shapeSchema(shape);
  const errorNames = new Set(Object.values(model.operations).flatMap((op) => (op.errors ?? []).map((e) => e.name)));
  for (const name of errorNames) {
    const error = model.errors[name];
    const bodyMembers = (error?.members ?? []).filter((m) => !m.location || m.location.value.in === "body");
    schemas[name] = {
      ...structureSchema(bodyMembers),
      "x-amzn-error": name,
      ...(error ? { "x-amzn-source": renderSource(error.source) } : {}),
    };
  }
  checkRefs(schemas);

  const apiVersion = model.info.apiVersion!.value;
  return {
    openapi: "3.1.0",
    info: {
      title: model.info.title?.value ?? TITLES[model.service],
      version: apiVersion,
      description: `Generated from ${sources.join(", ")} by \`npm run spec\`. Do not edit.`,
      "x-amzn-service": serviceInfo(model),
    },
    paths: sortKeys(paths),
    components: { schemas: sortKeys(schemas) },
  };
}

// A structure the documents reference by name but never define would leave a dangling $ref;
// fail the build with the name rather than emit a spec that only the validator rejects.
function checkRefs(schemas: Record<string, JsonObject>): void {
  const text = JSON.stringify(schemas);
  for (const m of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
    if (!schemas[m[1]!])
      throw new Error(
        `schema ${m[1]} is referenced (${componentRef(m[1]!)}) but no document or SDK package defines it`,
      );
  }
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
