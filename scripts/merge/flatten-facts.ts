// Flattens one operation of a model into comparable facts keyed by a stable path, so that two
// documents' views of the same operation can be compared fact by fact (for history and drift).
//
// Paths read like `CreateChannel.input.name.pattern`; list items add `[]`, map keys and values
// `{key}` and `{value}`. Named structures are resolved through the model's own shapes. A fact the
// model leaves absent (a `required` flag or an error list the document does not state) yields no
// entry, so it is never compared with one that is stated.
import type { ApiModel, Fact, Kind, Member, Operation, TypeRef } from "../model/api-model.ts";

// Documents name the same numeric type differently (boto3 says "integer" for a Long), and the SDK
// says only "a number": comparing raw numeric kinds would report renderings as drift.
function comparableKind(kind: Kind): string {
  if (kind === "integer" || kind === "long" || kind === "float" || kind === "double") return "number";
  return kind;
}

const MAX_DEPTH = 12;

function typeFacts(model: ApiModel, path: string, type: TypeRef, out: Map<string, Fact<unknown>>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  out.set(`${path}.kind`, { value: comparableKind(type.kind), source: type.source });
  for (const [name, fact] of Object.entries(type.constraints)) if (fact) out.set(`${path}.${name}`, fact);
  if (type.kind === "structure") {
    const members = type.members ?? (type.shape ? model.shapes[type.shape]?.members : undefined) ?? [];
    membersFacts(model, path, members, out, depth + 1);
  }
  if (type.items) typeFacts(model, `${path}[]`, type.items, out, depth + 1);
  if (type.key) typeFacts(model, `${path}{key}`, type.key, out, depth + 1);
  if (type.value) typeFacts(model, `${path}{value}`, type.value, out, depth + 1);
}

function membersFacts(
  model: ApiModel,
  path: string,
  members: Member[],
  out: Map<string, Fact<unknown>>,
  depth: number,
): void {
  for (const m of members) {
    const p = `${path}.${m.name}`;
    out.set(`${p}.exists`, { value: true, source: m.source });
    if (m.required) out.set(`${p}.required`, m.required);
    typeFacts(model, p, m.type, out, depth);
  }
}

export function operationFacts(model: ApiModel, op: Operation): Map<string, Fact<unknown>> {
  const out = new Map<string, Fact<unknown>>();
  out.set(`${op.name}.exists`, { value: true, source: op.source });
  if (op.http) out.set(`${op.name}.http`, op.http);
  if (op.pagination) out.set(`${op.name}.pagination`, op.pagination);
  for (const e of op.errors ?? []) {
    out.set(`${op.name}.errors.${e.name}`, { value: true, source: e.source });
    if (e.status) out.set(`${op.name}.errors.${e.name}.status`, e.status);
  }
  membersFacts(model, `${op.name}.input`, op.input, out, 0);
  membersFacts(model, `${op.name}.output`, op.output, out, 0);
  return out;
}
