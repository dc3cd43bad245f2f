// Small fixture models for the drift tests: a few operations and members, each fact sourced at a
// made-up line of a made-up document, so that a test can say exactly which item it expects.
import type { ApiModel, Constraints, ErrorRef, Kind, Member, Operation, Source } from "../model/api-model.ts";
import { emptyModel } from "../model/api-model.ts";

export const at = (doc: string, line?: number): Source => (line === undefined ? { doc } : { doc, line });

export function member(
  name: string,
  source: Source,
  options: {
    kind?: Kind;
    required?: boolean;
    enum?: string[];
    length?: { min?: number; max?: number };
    members?: Member[];
    location?: "path" | "header";
  } = {},
): Member {
  const constraints: Constraints = {};
  if (options.enum) constraints.enum = { value: options.enum, source };
  if (options.length) constraints.length = { value: options.length, source };
  const m: Member = {
    name,
    type: {
      kind: options.kind ?? (options.members ? "structure" : "string"),
      ...(options.members ? { members: options.members } : {}),
      constraints,
      source,
    },
    source,
  };
  if (options.required !== undefined) m.required = { value: options.required, source };
  if (options.location) m.location = { value: { in: options.location, name }, source };
  return m;
}

export function operation(
  name: string,
  source: Source,
  parts: { input?: Member[]; output?: Member[]; errors?: string[]; http?: string } = {},
): Operation {
  const op: Operation = { name, input: parts.input ?? [], output: parts.output ?? [], source };
  if (parts.errors) op.errors = parts.errors.map((e): ErrorRef => ({ name: e, source }));
  if (parts.http) {
    const [method, path] = parts.http.split(" ") as ["POST", string];
    op.http = { value: { method, path, status: 200 }, source };
  }
  return op;
}

export function model(service: ApiModel["service"], operations: Operation[]): ApiModel {
  const m = emptyModel(service);
  for (const op of operations) m.operations[op.name] = op;
  return m;
}
