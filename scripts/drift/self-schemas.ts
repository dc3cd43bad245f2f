// The documented schemas of both services, walked member by member with the place each fact was read:
// what the drift report's target and self sections need to name the documented side of an item.
import { type OperationSpec, readContract, type ServiceSpec, type Source } from "../../spec/contract/contract.ts";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import { SERVICES, type ServiceName } from "../../spec/contract/service-name.ts";

/** One documented member: its operation's name, which side, its path (`TagResource.input.resourceArn`), its schema. */
export interface MemberAt {
  service: ServiceName;
  operation: string;
  side: "input" | "output";
  path: string;
  schema: JsonSchema;
  /** The member's documentation (a path or query member's sits beside its schema). */
  description?: string;
}

type Sourced = JsonSchema & { "x-amzn-source"?: Source; "x-amzn-constraint-sources"?: Record<string, Source> };

/** The documents as published (no errata), per service. */
export function publishedSpecs(): ServiceSpec[] {
  return SERVICES.map((s) => readContract(s, { errata: false }));
}

const CONSTRAINT_KEY: Record<string, string> = {
  minLength: "length",
  maxLength: "length",
  minimum: "range",
  maximum: "range",
  minItems: "size",
  maxItems: "size",
  minProperties: "size",
  maxProperties: "size",
  pattern: "pattern",
  enum: "enum",
};

/** Where the documents state a member's constraint (its `Pattern:` line), else where the member is documented. */
export function sourceOf(schema: JsonSchema | undefined, constraint?: string): Source | undefined {
  const s = schema as Sourced | undefined;
  const key = constraint ? CONSTRAINT_KEY[constraint] : undefined;
  return (key ? s?.["x-amzn-constraint-sources"]?.[key] : undefined) ?? s?.["x-amzn-source"];
}

/** Every member below `schema`, depth first, with its path (`.name`, `[]` for items, `{value}`, `{key}`). */
function* walk(schema: JsonSchema, path: string, depth = 0): Generator<[string, JsonSchema]> {
  if (depth > 12) return;
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    yield [`${path}.${name}`, child];
    yield* walk(child, `${path}.${name}`, depth + 1);
  }
  const nested: [string, JsonSchema | boolean | undefined][] = [
    ["[]", schema.items],
    ["{value}", schema.additionalProperties],
    ["{key}", schema.propertyNames],
  ];
  for (const [suffix, child] of nested) {
    if (!child || typeof child !== "object") continue;
    yield [`${path}${suffix}`, child];
    yield* walk(child, `${path}${suffix}`, depth + 1);
  }
}

/** Every documented input and output member of every operation of the spec. */
export function* membersOf(spec: ServiceSpec): Generator<MemberAt> {
  for (const op of spec.operations) {
    for (const m of op.input) {
      const base = `${op.name}.input.${m.name}`;
      const description = m.description ?? m.schema.description;
      yield {
        service: spec.service,
        operation: op.name,
        side: "input",
        path: base,
        schema: m.schema,
        ...(description ? { description } : {}),
      };
      for (const [path, schema] of walk(m.schema, base))
        yield { service: spec.service, operation: op.name, side: "input", path, schema };
    }
    if (op.successSchema) {
      for (const [path, schema] of walk(op.successSchema, `${op.name}.output`)) {
        yield { service: spec.service, operation: op.name, side: "output", path, schema };
      }
    }
  }
}

/** The schema at a JSON pointer inside a body documented by `schema` (`/channel/latencyMode`). */
export function schemaAtPointer(schema: JsonSchema | undefined, pointer: string): JsonSchema | undefined {
  let at = schema;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!at) return undefined;
    if (at.properties?.[seg]) at = at.properties[seg];
    else if (at.items && /^\d+$/.test(seg)) at = at.items;
    else if (at.additionalProperties && typeof at.additionalProperties === "object") at = at.additionalProperties;
    else return undefined;
  }
  return at;
}

/** The schema an input pointer (`/name`, `/tags/k`) reaches: its first segment names the member. */
export function inputSchemaAtPointer(op: OperationSpec, pointer: string): JsonSchema | undefined {
  const [, first, ...rest] = pointer.split("/");
  const member = op.input.find((m) => m.name === first || m.wireName === first);
  if (!member) return undefined;
  return rest.length ? schemaAtPointer(member.schema, `/${rest.join("/")}`) : member.schema;
}
