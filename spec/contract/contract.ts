// The one reader of spec/*.openapi.json: what the emulator and the harness know of an operation
// (HTTP binding, input members wherever they travel, success and error responses, pagination,
// provenance), read from the conventions the emitter writes (scripts/openapi/operation.ts):
//
// - `operationId` is the AWS operation name; `x-amzn-source` says where it is documented;
// - body members are the `application/json` request schema (`<Op>Request`), path/query/header
//   members are `parameters`;
// - exactly one 2xx response is the documented success status; its headers are header members;
// - `x-amzn-errors` lists the documented errors with their statuses (an empty list states none);
// - `x-amzn-pagination` names the token, page size and items members;
// - `info["x-amzn-service"]` carries the signing name, endpoint prefix and protocol.
//
// A fact it needs and does not find is an error naming the operation and the fact: never a default.
// The documentation errata (errata.json) are applied for whoever asks for them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type AppliedErratum, applyErrata } from "./errata.ts";
import type { JsonSchema } from "./json-schema.ts";
import { componentName, resolveRefs } from "./resolve-refs.ts";
import type { ServiceName } from "./service-name.ts";

export type MemberLocation = "body" | "path" | "query" | "header";

export interface InputMember {
  /** The member name, as the SDK and the JSON body call it. */
  name: string;
  in: MemberLocation;
  /** Name on the wire: the JSON key, the path label, the query key or the header. */
  wireName: string;
  required: boolean;
  /** Resolved: no `$ref` left. */
  schema: JsonSchema;
  /** The member's documentation, where the spec has one (defaults and limits stated in prose). */
  description?: string;
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

/** Where a fact was read: a document and line, or `sdk` for the SDK packages' models. */
export interface Source {
  doc: string;
  line?: number;
}

export interface OperationSpec {
  service: ServiceName;
  name: string;
  method: string;
  /** As documented, with `{label}` placeholders: `/tags/{resourceArn}`. */
  path: string;
  source: Source;
  /**
   * False for an operation no document states (`x-amzn-documented: false`): every fact of it comes
   * from the SDK's model, which carries types, required flags and enums but no constraints.
   */
  documented: boolean;
  description?: string;
  successStatus: number;
  /** Header members of the success response (RealTime's replication operations have some). */
  successHeaders: { name: string; required: boolean }[];
  /** `#/components/schemas/<Op>Response`; absent where the success response has no content (204). */
  successRef?: string;
  /** The success body schema, resolved; present exactly when `successRef` is. */
  successSchema?: JsonSchema;
  /** `#/components/schemas/<Op>Request`; absent where the operation has no body members. */
  requestRef?: string;
  input: InputMember[];
  errors: DocumentedError[];
  pagination?: Pagination;
}

export interface OpenApiDocument {
  info: { title?: string; version?: string; "x-amzn-service"?: Record<string, unknown>; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, JsonSchema> };
  [key: string]: unknown;
}

export interface ServiceSpec {
  service: ServiceName;
  /** `info.version`: the API version the documents describe. */
  apiVersion: string;
  /** SigV4 signing name and endpoint prefix, from `info["x-amzn-service"]`. */
  signingName: string;
  endpointPrefix: string;
  /** The errata applied to this copy (none unless asked for). */
  errata: AppliedErratum[];
  /** The document as read, errata applied. */
  document: OpenApiDocument;
  /** Sorted by name. */
  operations: OperationSpec[];
  /** The operation of that name; throws, listing the operations, when there is none. */
  operation(name: string): OperationSpec;
  /** A component schema by name, resolved; undefined when the spec defines none of that name. */
  component(name: string): JsonSchema | undefined;
}

export interface ContractOptions {
  /** Apply the documentation errata (errata.json). */
  errata: boolean;
  /** The folder holding `<service>.openapi.json`; the repository's spec/ by default. */
  specDir?: string;
}

const DEFAULT_SPEC_DIR = fileURLToPath(new URL("../", import.meta.url));

const specFile = (service: ServiceName, specDir = DEFAULT_SPEC_DIR) => join(specDir, `${service}.openapi.json`);

type Json = Record<string, unknown>;

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function requireString(value: unknown, where: string, fact: string): string {
  if (typeof value !== "string" || value === "") throw new Error(`${where}: the spec states no ${fact}`);
  return value;
}

function jsonSchemaOf(container: unknown): JsonSchema | undefined {
  if (!isObject(container) || !isObject(container.content)) return undefined;
  const media = container.content["application/json"];
  return isObject(media) && isObject(media.schema) ? (media.schema as JsonSchema) : undefined;
}

function readSource(value: unknown, where: string): Source {
  if (!isObject(value)) throw new Error(`${where}: the spec states no x-amzn-source`);
  const doc = requireString(value.doc, where, "x-amzn-source.doc");
  return typeof value.line === "number" ? { doc, line: value.line } : { doc };
}

function readErrors(value: unknown, where: string): DocumentedError[] {
  if (!Array.isArray(value)) throw new Error(`${where}: the spec states no x-amzn-errors (an empty list states none)`);
  return value.map((e, i) => {
    if (!isObject(e) || typeof e.name !== "string" || typeof e.status !== "number") {
      throw new Error(`${where}: x-amzn-errors[${i}] is not { name, status }`);
    }
    return { name: e.name, status: e.status };
  });
}

function readPagination(value: unknown, where: string): Pagination | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new Error(`${where}: x-amzn-pagination is not an object`);
  const inputToken = requireString(value.inputToken, where, "x-amzn-pagination.inputToken");
  const outputToken = requireString(value.outputToken, where, "x-amzn-pagination.outputToken");
  const items = requireString(value.items, where, "x-amzn-pagination.items");
  const pageSize =
    value.pageSize === undefined ? undefined : requireString(value.pageSize, where, "x-amzn-pagination.pageSize");
  return { inputToken, outputToken, items, ...(pageSize ? { pageSize } : {}) };
}

function readOperation(
  service: ServiceName,
  path: string,
  method: string,
  op: Json,
  components: Record<string, JsonSchema>,
  resolve: (s: JsonSchema) => JsonSchema,
): OperationSpec {
  const name = requireString(op.operationId, `spec ${service} ${method} ${path}`, "operationId");
  const where = `spec ${service} ${name}`;
  const input: InputMember[] = [];
  for (const [i, p] of ((op.parameters ?? []) as unknown[]).entries()) {
    if (!isObject(p)) throw new Error(`${where}: parameters[${i}] is not an object`);
    const member = requireString(p.name, where, `a name for parameters[${i}]`);
    if (p.in !== "path" && p.in !== "query" && p.in !== "header") {
      throw new Error(`${where}: parameter ${member} is in ${String(p.in)}; members travel in path, query or header`);
    }
    if (!isObject(p.schema)) throw new Error(`${where}: parameter ${member} states no schema`);
    const schema = resolve(p.schema as JsonSchema);
    const description = typeof p.description === "string" ? p.description : schema.description;
    input.push({
      name: member,
      in: p.in,
      wireName: member,
      required: p.in === "path" || p.required === true,
      schema,
      ...(description ? { description } : {}),
    });
  }
  const body = jsonSchemaOf(op.requestBody);
  let requestRef: string | undefined;
  if (body) {
    requestRef = requireString(body.$ref, where, "a $ref for the request body schema");
    const declared = components[componentName(requestRef)];
    if (!declared) throw new Error(`${where}: the request body ${requestRef} is not defined`);
    const resolved = resolve(body);
    const required = new Set(resolved.required ?? []);
    for (const [member, schema] of Object.entries(resolved.properties ?? {})) {
      const description = declared.properties?.[member]?.description ?? schema.description;
      input.push({
        name: member,
        in: "body",
        wireName: member,
        required: required.has(member),
        schema,
        ...(typeof description === "string" && description ? { description } : {}),
      });
    }
  }
  if (!isObject(op.responses)) throw new Error(`${where}: the spec states no responses`);
  const success = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
  if (success.length !== 1) {
    throw new Error(
      `${where}: expected exactly one 2xx response (the documented success), found ${success.join(", ") || "none"}`,
    );
  }
  const successStatus = Number(success[0]);
  const response = op.responses[success[0]!] as Json;
  const successBody = jsonSchemaOf(response);
  const successRef = successBody
    ? requireString(successBody.$ref, where, "a $ref for the success body schema")
    : undefined;
  const headers = isObject(response.headers) ? response.headers : {};
  const pagination = readPagination(op["x-amzn-pagination"], where);
  return {
    service,
    name,
    method,
    path,
    source: readSource(op["x-amzn-source"], where),
    documented: op["x-amzn-documented"] !== false,
    ...(typeof op.description === "string" ? { description: op.description } : {}),
    successStatus,
    successHeaders: Object.entries(headers).map(([header, h]) => ({
      name: header,
      required: isObject(h) && h.required === true,
    })),
    ...(successRef && successBody ? { successRef, successSchema: resolve(successBody) } : {}),
    ...(requestRef ? { requestRef } : {}),
    input,
    errors: readErrors(op["x-amzn-errors"], where),
    ...(pagination ? { pagination } : {}),
  };
}

/** Reads one service's contract from a parsed document (a copy is corrected, never the argument). */
export function parseContract(service: ServiceName, parsed: Json, options: ContractOptions): ServiceSpec {
  const document = structuredClone(parsed) as OpenApiDocument;
  const errata = options.errata ? applyErrata(service, document) : [];
  if (!isObject(document.info)) throw new Error(`spec ${service}: the spec states no info`);
  const info = document.info["x-amzn-service"];
  if (!isObject(info)) throw new Error(`spec ${service}: the spec states no info["x-amzn-service"]`);
  const apiVersion = requireString(document.info.version, `spec ${service}`, "info.version");
  const signingName = requireString(info.signingName, `spec ${service}`, 'info["x-amzn-service"].signingName');
  const endpointPrefix = requireString(info.endpointPrefix, `spec ${service}`, 'info["x-amzn-service"].endpointPrefix');
  const components = document.components?.schemas ?? {};
  const resolve = resolveRefs(components, `spec ${service}`);
  if (!isObject(document.paths)) throw new Error(`spec ${service}: the spec states no paths`);
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) operations.push(readOperation(service, path, method.toUpperCase(), op, components, resolve));
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(operations.map((o) => [o.name, o]));
  return {
    service,
    apiVersion,
    signingName,
    endpointPrefix,
    errata,
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

/** Reads `<specDir>/<service>.openapi.json` afresh. */
export function readContract(service: ServiceName, options: ContractOptions): ServiceSpec {
  const file = specFile(service, options.specDir);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`spec ${service}: cannot read ${file} (build it with \`npm run spec\`): ${(e as Error).message}`);
  }
  return parseContract(service, JSON.parse(text) as Json, options);
}

const cache = new Map<string, ServiceSpec>();

/** The contract of the repository's spec, read once per process and options. */
export function loadContract(service: ServiceName, options: ContractOptions): ServiceSpec {
  const key = `${service}|${options.errata}|${options.specDir ?? ""}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const contract = readContract(service, options);
  cache.set(key, contract);
  return contract;
}
