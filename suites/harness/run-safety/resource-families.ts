// Resource families, derived from the contract alone so that a family added to the spec is covered
// without code: each kind a producer makes (producers.ts), the paginated operation that lists it
// (and the parent its listing needs: ListStreamKeys needs a channel), the operation that deletes (or
// stops) it, and the kinds it refers to. A resource is deleted before what it refers to: a channel's stream
// keys before the channel (CreateStreamKey names its channel), a recording configuration's channels
// before it (CreateChannel may name one). The documents state no dependency this derivation misses.
import type { OperationSpec, ServiceSpec } from "../../../spec/contract/contract.ts";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import { inferKinds, listItemKind, operationReferences, type ResourceKind } from "../producers.ts";

export interface ResourceFamily {
  service: ServiceName;
  kind: ResourceKind;
  /** The paginated listing of the kind; `parent`: the required member naming the resource it lists under. */
  list?: { op: OperationSpec; parent?: { member: string; kind: ResourceKind } };
  /** The deleting operation and the member that names the resource. */
  remove?: { op: OperationSpec; member: string };
  /** Keys of the kinds this one refers to: deleted after it. */
  refersTo: string[];
}

/** The required top-level members of `op` that refer to another kind. */
function requiredReferences(kinds: readonly ResourceKind[], op: OperationSpec) {
  return operationReferences(kinds, op).filter(
    (r) => r.path.length === 1 && op.input.find((m) => m.name === r.path[0])?.required,
  );
}

export function resourceFamilies(spec: ServiceSpec): ResourceFamily[] {
  const kinds = inferKinds(spec);
  return kinds.map((kind) => {
    const lists = spec.operations
      .filter((op) => listItemKind(kinds, op)?.key === kind.key)
      .map((op) => {
        const parent = requiredReferences(kinds, op).find((r) => r.kind.key !== kind.key);
        return { op, ...(parent ? { parent: { member: parent.path[0]!, kind: parent.kind } } : {}) };
      })
      .sort((a, b) => Number(!!a.parent) - Number(!!b.parent));
    // Deleted by Delete<Noun>, or stopped by Stop<Noun> where a Start operation made it (StartComposition);
    // else by any Delete operation that names it.
    const own = (op: OperationSpec) => op.name === `Delete${kind.noun}` || op.name === `Stop${kind.noun}`;
    const removes = spec.operations
      .filter((op) => /^Delete/.test(op.name) || own(op))
      .flatMap((op) =>
        requiredReferences(kinds, op)
          .filter((r) => r.kind.key === kind.key)
          .map((r) => ({ op, member: r.path[0]! })),
      )
      .sort((a, b) => Number(own(b.op)) - Number(own(a.op)));
    const refersTo = new Set(
      operationReferences(kinds, kind.producer)
        .map((r) => r.kind.key)
        .filter((k) => k !== kind.key),
    );
    if (lists[0]?.parent) refersTo.add(lists[0].parent.kind.key);
    return {
      service: spec.service,
      kind,
      ...(lists[0] ? { list: lists[0] } : {}),
      ...(removes[0] ? { remove: removes[0] } : {}),
      refersTo: [...refersTo],
    };
  });
}

/** Families in the order their resources are deleted: every family before the families it refers to. */
export function deletionOrder(families: readonly ResourceFamily[]): ResourceFamily[] {
  const out: ResourceFamily[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (f: ResourceFamily) => {
    if (placed.has(f.kind.key) || visiting.has(f.kind.key)) return;
    visiting.add(f.kind.key);
    for (const referrer of families) if (referrer.refersTo.includes(f.kind.key)) visit(referrer);
    visiting.delete(f.kind.key);
    placed.add(f.kind.key);
    out.push(f);
  };
  for (const f of families) visit(f);
  return out;
}

const normalized = (s: string) => s.toLowerCase().replaceAll("-", "");

/** The family an ARN belongs to: by the kind's documented ARN pattern, else by its resource type. */
export function familyOfArn(families: readonly ResourceFamily[], arn: string): ResourceFamily | undefined {
  const type = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:([^/]+)\//.exec(arn)?.[1];
  return (
    families.find((f) => f.kind.arnPattern && new RegExp(`^(?:${f.kind.arnPattern})$`).test(arn)) ??
    (type ? families.find((f) => normalized(f.kind.key) === normalized(type)) : undefined)
  );
}
