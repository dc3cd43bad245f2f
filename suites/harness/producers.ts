// Producer-consumer inference, from the spec alone (as RESTler and schemathesis infer it):
//
// - A resource kind is what a Create*/Import*/Start* operation returns: the response member holding
//   an object with an `arn` (CreateChannel -> `channel.arn`, StartComposition -> `composition.arn`).
//   When that `arn` has a documented pattern, the pattern's resource type (`...:channel/...`) names
//   the kind.
// - An input value refers to a kind when its documented pattern names the same resource type
//   (GetChannel.arn, CreateStreamKey.channelArn, BatchGetChannel.arns[]). Where the documents give
//   no pattern (IVS RealTime), the member name says it: `stageArn`, `sourceStageArn` -> stage; a bare
//   `arn` refers to the operation's own noun (GetStage.arn -> stage); an item of a list named for a
//   kind's ARNs does too (`encoderConfigurationArns[]` -> encoderConfiguration).

import type { OperationSpec, ServiceSpec } from "../../spec/contract/contract.ts";
import { isMapSchema, type JsonSchema } from "../../spec/contract/json-schema.ts";
import { ITEM, type ValuePath } from "./arbitraries/value-path.ts";

export interface ResourceKind {
  /** The resource type in ARNs (`channel`, `stream-key`) or, without a pattern, the member name (`stage`). */
  key: string;
  /** The noun of the producer's name: `Channel`, `PlaybackKeyPair`. */
  noun: string;
  producer: OperationSpec;
  /** Response member holding the resource (`channel`); the ARN is its `arn`. */
  outputMember: string;
  arnPattern?: string;
}

// A Start* operation that returns a resource with an ARN makes one (StartComposition); the others
// start something on a resource that exists (StartParticipantReplication) and return none.
const VERB = /^(Create|Import|Start)(.+)$/;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `arn:aws:ivs:...:[0-9]+:channel/[a-zA-Z0-9-]+` -> `channel`. */
export function arnResourceType(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  return /:([a-z][a-z-]*)\/\[/.exec(pattern)?.[1];
}

export function inferKinds(spec: ServiceSpec): ResourceKind[] {
  const kinds: ResourceKind[] = [];
  for (const op of spec.operations) {
    const verb = VERB.exec(op.name);
    if (!verb || !op.successSchema?.properties) continue;
    const noun = verb[2]!;
    const holders = Object.entries(op.successSchema.properties).filter(([, s]) => s.properties?.arn);
    const [member, schema] = holders.find(([m]) => noun.toLowerCase().endsWith(m.toLowerCase())) ?? holders[0] ?? [];
    if (!member || !schema) continue;
    const arnPattern = schema.properties!.arn!.pattern;
    kinds.push({
      key: arnResourceType(arnPattern) ?? member,
      noun,
      producer: op,
      outputMember: member,
      ...(arnPattern ? { arnPattern } : {}),
    });
  }
  return kinds;
}

/** The noun an operation acts on: GetStage -> Stage, ListChannels -> Channel. */
function operationNoun(op: OperationSpec): string {
  const noun = op.name.replace(/^(Get|Update|Delete|List|BatchGet|Batch|Create|Import|Start|Stop|Put)/, "");
  return noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.endsWith("s") ? noun.slice(0, -1) : noun;
}

export function referencedKind(
  kinds: readonly ResourceKind[],
  op: OperationSpec,
  path: ValuePath,
  schema: JsonSchema,
): ResourceKind | undefined {
  if (schema.type !== "string" || schema.enum) return undefined;
  const type = arnResourceType(schema.pattern);
  if (type) return kinds.find((k) => k.key === type);
  if (schema.pattern) return undefined;
  const name = [...path].reverse().find((s) => !s.startsWith("[") && !s.startsWith("{"));
  const listItem = path.at(-1) === ITEM;
  if (!name || !(/(^a|A)rn$/.test(name) || (listItem && /(^a|A)rns$/.test(name)))) return undefined;
  let base = name.replace(/Arns?$/, "").replace(/^arns?$/, "");
  base = lowerFirst(base.replace(/^(source|destination|filterBy)(?=[A-Z])/, ""));
  if (base === "") base = lowerFirst(operationNoun(op));
  return kinds.find(
    (k) => k.outputMember.toLowerCase() === base.toLowerCase() || k.noun.toLowerCase() === base.toLowerCase(),
  );
}

export interface Reference {
  path: ValuePath;
  kind: ResourceKind;
}

/** Every value in an operation's input that refers to a resource kind. */
export function operationReferences(kinds: readonly ResourceKind[], op: OperationSpec): Reference[] {
  const out: Reference[] = [];
  const walk = (schema: JsonSchema, path: ValuePath) => {
    const kind = referencedKind(kinds, op, path, schema);
    if (kind) out.push({ path, kind });
    if (schema.type === "array" && schema.items) walk(schema.items, [...path, ITEM]);
    if (schema.properties && !isMapSchema(schema))
      for (const [n, s] of Object.entries(schema.properties)) walk(s, [...path, n]);
  };
  for (const m of op.input) walk(m.schema, [m.name]);
  return out;
}

/**
 * The kind a paginated list's items are: the resource type of the items' `arn` pattern, or, where
 * the documents give no pattern, the kind named like the list (ListStages -> stage).
 */
export function listItemKind(kinds: readonly ResourceKind[], op: OperationSpec): ResourceKind | undefined {
  if (!op.pagination) return undefined;
  const items = op.successSchema?.properties?.[op.pagination.items]?.items;
  const arn = items?.properties?.arn;
  const type = arnResourceType(arn?.pattern);
  if (type) return kinds.find((k) => k.key === type);
  if (!arn) return undefined;
  const noun = operationNoun(op).toLowerCase();
  return kinds.find((k) => k.noun.toLowerCase() === noun || k.outputMember.toLowerCase() === noun);
}
