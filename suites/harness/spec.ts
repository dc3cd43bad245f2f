// Loads one service's OpenAPI document (spec/<service>.openapi.json) into what the harness needs
// per operation: the HTTP binding, the input members wherever they travel, the success and error
// responses, pagination. The conventions read here are the emitter's (scripts/openapi/operation.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import { type AppliedErratum, applyErrata } from "./spec-errata.ts";

export type ServiceName = "ivs" | "ivs-realtime";
export const SERVICES: readonly ServiceName[] = ["ivs", "ivs-realtime"];

export type MemberLocation = "body" | "path" | "query";

export interface InputMember {
  /** The member name, as the SDK and the JSON body call it. */
  name: string;
  in: MemberLocation;
  /** Name on the wire: the JSON key, the path label or the query key. */
  wireName: string;
  required: boolean;
  /** Resolved: no `$ref` left. */
  schema: JsonSchema;
}

export interface DocumentedError {
  name: string;
  status: number;
}

export interface Pagination {
  inputToken: string;
  outputToken: string;
  pageSize?: string;
  items: string;
}

export interface OperationSpec {
  service: ServiceName;
  name: string;
  method: string;
  /** As documented, with `{label}` placeholders: `/tags/{resourceArn}`. */
  path: string;
  successStatus: number;
  /** Resolved success body schema; absent where the success response has no content (204). */
  successSchema?: JsonSchema;
  /** `$ref` of the success body schema, for ajv (which resolves references itself). */
  successRef?: string;
  input: InputMember[];
  errors: DocumentedError[];
  pagination?: Pagination;
}

export interface ServiceSpec {
  service: ServiceName;
  /** Documentation defects worked around in this copy (see spec-errata.ts). */
  errata: AppliedErratum[];
  signingName: string;
  document: Record<string, unknown>;
  operations: OperationSpec[];
  operation(name: string): OperationSpec;
  /** Resolved component schema by name (error shapes, data types). */
  component(name: string): JsonSchema | undefined;
}

export const specFile = (service: ServiceName) =>
  fileURLToPath(new URL(`../../spec/${service}.openapi.json`, import.meta.url));

type Json = Record<string, unknown>;

export function resolveRefs(document: Json): (schema: JsonSchema) => JsonSchema {
  const components = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, JsonSchema>;
  const memo = new Map<string, JsonSchema>();
  const resolving = new Set<string>();
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (schema.$ref) {
      const name = schema.$ref.replace("#/components/schemas/", "");
      const cached = memo.get(name);
      if (cached) return cached;
      const target = components[name];
      if (!target) throw new Error(`spec: ${schema.$ref} is referenced but not defined`);
      // A recursive shape stays a reference past its first level rather than looping forever.
      if (resolving.has(name)) return schema;
      resolving.add(name);
      const resolved = resolve(target);
      resolving.delete(name);
      memo.set(name, resolved);
      return resolved;
    }
    const out: JsonSchema = { ...schema };
    if (schema.items) out.items = resolve(schema.items);
    if (schema.properties)
      out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v)]));
    if (typeof schema.additionalProperties === "object")
      out.additionalProperties = resolve(schema.additionalProperties);
    if (schema.propertyNames) out.propertyNames = resolve(schema.propertyNames);
    if (schema.anyOf) out.anyOf = schema.anyOf.map(resolve);
    if (schema.oneOf) out.oneOf = schema.oneOf.map(resolve);
    return out;
  };
  return resolve;
}

function jsonContent(container: Json | undefined): JsonSchema | undefined {
  const content = container?.content as Record<string, { schema?: JsonSchema }> | undefined;
  return content?.["application/json"]?.schema;
}

export function parseSpec(service: ServiceName, document: Json, errata: AppliedErratum[] = []): ServiceSpec {
  const resolve = resolveRefs(document);
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== "object" || !op || !("operationId" in op)) continue;
      operations.push(parseOperation(service, path, method.toUpperCase(), op, resolve));
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : 1));
  const byName = new Map(operations.map((o) => [o.name, o]));
  const info = (document.info ?? {}) as Json;
  const signingName = ((info["x-amzn-service"] ?? {}) as Json).signingName;
  const components = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, JsonSchema>;
  return {
    service,
    errata,
    signingName: typeof signingName === "string" ? signingName : "ivs",
    document,
    operations,
    operation(name) {
      const op = byName.get(name);
      if (!op) throw new Error(`spec ${service}: no operation ${name} (operations: ${[...byName.keys()].join(", ")})`);
      return op;
    },
    component: (name) => (components[name] ? resolve({ $ref: `#/components/schemas/${name}` }) : undefined),
  };
}

function parseOperation(
  service: ServiceName,
  path: string,
  method: string,
  op: Json,
  resolve: (s: JsonSchema) => JsonSchema,
): OperationSpec {
  const name = String(op.operationId);
  const input: InputMember[] = [];
  for (const p of (op.parameters ?? []) as Json[]) {
    const where = p.in as string;
    if (where !== "path" && where !== "query") continue;
    input.push({
      name: String(p.name),
      in: where,
      wireName: String(p.name),
      required: p.required === true,
      schema: resolve((p.schema ?? {}) as JsonSchema),
    });
  }
  const bodySchema = jsonContent(op.requestBody as Json | undefined);
  if (bodySchema) {
    const body = resolve(bodySchema);
    const required = new Set(body.required ?? []);
    for (const [member, schema] of Object.entries(body.properties ?? {})) {
      input.push({ name: member, in: "body", wireName: member, required: required.has(member), schema });
    }
  }
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const success = Object.keys(responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300);
  if (success.length !== 1)
    throw new Error(
      `spec ${service} ${name}: expected exactly one 2xx response, found ${success.join(", ") || "none"}`,
    );
  const successStatus = success[0]!;
  const successBody = jsonContent(responses[String(successStatus)]);
  const errors = ((op["x-amzn-errors"] ?? []) as DocumentedError[]).map((e) => ({ name: e.name, status: e.status }));
  const pagination = op["x-amzn-pagination"] as Pagination | undefined;
  return {
    service,
    name,
    method,
    path,
    successStatus,
    ...(successBody
      ? { successSchema: resolve(successBody), ...(successBody.$ref ? { successRef: successBody.$ref } : {}) }
      : {}),
    input,
    errors,
    ...(pagination ? { pagination } : {}),
  };
}

const cache = new Map<ServiceName, ServiceSpec>();

export function loadSpec(service: ServiceName): ServiceSpec {
  let spec = cache.get(service);
  if (!spec) {
    const file = specFile(service);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new Error(`spec ${service}: cannot read ${file} (run \`npm run spec\`): ${(e as Error).message}`);
    }
    const document = JSON.parse(text) as Json;
    spec = parseSpec(service, document, applyErrata(service, document));
    cache.set(service, spec);
  }
  return spec;
}
