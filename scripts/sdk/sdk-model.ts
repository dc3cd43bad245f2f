// The SDK's view of a service as an API model: operations with HTTP bindings and member locations,
// named structures, error shapes with their statuses. Constraints are never read here: the SDK
// packages carry none (ARCHITECTURE.md, rule 5).
import { NormalizedSchema } from "@smithy/core/schema";
import type {
  ApiModel,
  HttpBinding,
  Kind,
  Member,
  Operation,
  ServiceName,
  Source,
  TypeRef,
} from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";
import { operationErrors } from "./operation-errors.ts";
import type { LoadedSdk } from "./sdk-package.ts";
import { sdkServiceInfo } from "./service-info.ts";

// Schema arrays start with a type code: 9 = operation, -3 = error (Smithy's compact schema form).
const OPERATION = 9;
const ERROR = -3;

function sourceOf(sdk: LoadedSdk, ref: string): Source {
  return { doc: "sdk", ref: `${sdk.name}@${sdk.version}#${ref}` };
}

function kindOf(s: NormalizedSchema): Kind {
  if (s.isStructSchema()) return "structure";
  if (s.isListSchema()) return "list";
  if (s.isMapSchema()) return "map";
  if (s.isBooleanSchema()) return "boolean";
  if (s.isTimestampSchema()) return "timestamp";
  if (s.isBlobSchema()) return "blob";
  // The compact schemas collapse integer, long, float and double into one numeric code: the
  // documents say which; the SDK only says "a number" (framerates are fractional, widths not).
  if (s.isNumericSchema()) return "number";
  return "string";
}

function typeOf(sdk: LoadedSdk, s: NormalizedSchema, ref: string, shapes: ApiModel["shapes"]): TypeRef {
  const source = sourceOf(sdk, ref);
  const kind = kindOf(s);
  const type: TypeRef = { kind, constraints: {}, source };
  if (kind === "structure") {
    const name = s.getName();
    type.shape = name;
    if (name && !shapes[name]) {
      shapes[name] = { name, members: [], source: sourceOf(sdk, name) };
      shapes[name].members = membersOf(sdk, s, name, shapes);
    }
  } else if (kind === "list") {
    type.items = typeOf(sdk, s.getValueSchema(), `${ref}[]`, shapes);
  } else if (kind === "map") {
    type.key = typeOf(sdk, s.getKeySchema(), `${ref}{key}`, shapes);
    type.value = typeOf(sdk, s.getValueSchema(), `${ref}{value}`, shapes);
  }
  return type;
}

function membersOf(sdk: LoadedSdk, struct: NormalizedSchema, owner: string, shapes: ApiModel["shapes"]): Member[] {
  const required = new Set(Array.isArray(struct.getSchema()) ? requiredNames(struct) : []);
  const members: Member[] = [];
  for (const [name, schema] of struct.structIterator()) {
    const ref = `${owner}.${name}`;
    const source = sourceOf(sdk, ref);
    const traits = schema.getMergedTraits();
    const member: Member = {
      name,
      type: typeOf(sdk, schema, ref, shapes),
      required: { value: required.has(name), source },
      source,
    };
    if (traits.httpLabel) member.location = { value: { in: "path", name }, source };
    else if (typeof traits.httpQuery === "string")
      member.location = { value: { in: "query", name: traits.httpQuery }, source };
    else if (typeof traits.httpHeader === "string")
      member.location = { value: { in: "header", name: traits.httpHeader }, source };
    members.push(member);
  }
  return members;
}

// A compact structure schema is [3, ns, name, traits, memberNames, memberSchemas, requiredCount?]:
// its first `requiredCount` members are the required ones.
function requiredNames(struct: NormalizedSchema): string[] {
  const raw = struct.getSchema() as unknown[];
  const names = raw[4] as string[];
  const count = typeof raw[6] === "number" ? raw[6] : 0;
  return names.slice(0, count);
}

function resolve(value: unknown): unknown {
  return typeof value === "function" ? (value as () => unknown)() : value;
}

export function sdkModel(sdk: LoadedSdk, service: ServiceName): ApiModel {
  const model = emptyModel(service);
  model.info = sdkServiceInfo(sdk);
  for (const [exportName, raw] of Object.entries(sdk.schemas)) {
    if (!exportName.endsWith("$") || !Array.isArray(raw)) continue;
    if (raw[0] === ERROR) {
      const schema = NormalizedSchema.of(raw as never);
      const name = schema.getName()!;
      // The service's base exception class is registered like an error but is not a modeled one.
      if (name.endsWith("ServiceException")) continue;
      const traits = schema.getMergedTraits();
      const source = sourceOf(sdk, name);
      model.errors[name] = {
        name,
        ...(typeof traits.httpError === "number" ? { status: { value: traits.httpError, source } } : {}),
        members: membersOf(sdk, schema, name, model.shapes),
        source,
      };
    }
  }
  for (const [exportName, raw] of Object.entries(sdk.schemas)) {
    if (!exportName.endsWith("$") || !Array.isArray(raw) || raw[0] !== OPERATION) continue;
    const name = raw[2] as string;
    const [method, path, status] = (raw[3] as { http: [HttpBinding["method"], string, number] }).http;
    const source = sourceOf(sdk, name);
    const input = NormalizedSchema.of(resolve(raw[4]) as never);
    const output = NormalizedSchema.of(resolve(raw[5]) as never);
    const operation: Operation = {
      name,
      http: { value: { method, path, status }, source },
      input: input.isStructSchema() ? membersOf(sdk, input, `${name}Request`, model.shapes) : [],
      output: output.isStructSchema() ? membersOf(sdk, output, `${name}Response`, model.shapes) : [],
      errors: operationErrors(sdk, name).map((e) => ({
        name: e,
        ...(model.errors[e]?.status ? { status: model.errors[e]!.status } : {}),
        source,
      })),
      source,
    };
    model.operations[name] = operation;
  }
  return model;
}
