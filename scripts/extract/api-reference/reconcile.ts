// Renderings of one fact that disagree, and which one the model keeps.
//
// The reference prints the same member in several places: the Data Types entry of a resource
// (`Channel`), its summary entry (`ChannelSummary`), and the request members of the actions that
// return that resource (CreateChannel's `name` becomes the returned Channel's `name`). It also
// prints a pagination token twice per List action: the response's `nextToken` is documented as the
// value to send back in the request. Where such renderings state a constraint with different
// values, one value is kept everywhere and a Reconciliation records the others:
//   - a pattern that is another one with only `_`/`*` missing lost them to markdown emphasis (the
//     rendering eats these markers, it never adds them): the fuller pattern is kept;
//   - otherwise the Data Types entry wins for resource members (it is the shape's own definition,
//     the request members are copies), and the request wins for a pagination token (it is what the
//     service validates; the response value has to be accepted there).
// A constraint stated in one rendering and absent from another is not a disagreement: absence is
// never filled in from elsewhere.

import type { ApiModel, Constraints, Fact, Member, Operation, Reconciliation, TypeRef } from "../../model/api-model.ts";
import { lostEmphasisMarkers } from "./patterns.ts";

interface Rendering {
  /** Dotted path of the member, e.g. `shapes.Channel.name` or `operations.CreateChannel.input.name`. */
  path: string;
  member: Member;
  /** Lower wins when no rendering artifact decides. */
  rank: number;
}

const CONSTRAINT_KINDS = [
  "length",
  "pattern",
  "enum",
  "range",
  "size",
] as const satisfies readonly (keyof Constraints)[];
const NODES = ["", "items", "key", "value"] as const;

export function reconcileRenderings(model: ApiModel): Reconciliation[] {
  const out: Reconciliation[] = [];
  for (const group of resourceGroups(model)) {
    out.push(
      ...reconcileGroup(
        group,
        "the Data Types entry is the shape's own definition; request members of the actions returning it are copies",
      ),
    );
  }
  for (const group of tokenGroups(model)) {
    out.push(
      ...reconcileGroup(
        group,
        "the response documents this value as the one to send back in the request, which is what the service validates",
      ),
    );
  }
  return out;
}

/**
 * For each resource data type S (one with no `Summary` suffix): S, `SSummary`, and the request
 * members of every action whose response returns S or SSummary (directly or as list items),
 * grouped by member name.
 */
function resourceGroups(model: ApiModel): Rendering[][] {
  const groups: Rendering[][] = [];
  for (const shape of Object.values(model.shapes)) {
    if (shape.name.endsWith("Summary")) continue;
    const summary = model.shapes[`${shape.name}Summary`];
    const family = new Set([shape.name, ...(summary ? [summary.name] : [])]);
    const renderings: Rendering[] = [
      ...shape.members.map((m) => ({ path: `shapes.${shape.name}.${m.name}`, member: m, rank: 0 })),
      ...(summary?.members ?? []).map((m) => ({ path: `shapes.${summary!.name}.${m.name}`, member: m, rank: 1 })),
    ];
    for (const op of Object.values(model.operations)) {
      if (!op.output.some((m) => family.has(namedShape(m.type) ?? ""))) continue;
      renderings.push(...op.input.map((m) => ({ path: `operations.${op.name}.input.${m.name}`, member: m, rank: 2 })));
    }
    // Request members correspond to the shape's members, not to each other: a name needs a
    // Data Types rendering to form a group.
    groups.push(...byName(renderings).filter((g) => g.some((r) => r.rank < 2)));
  }
  return groups;
}

/** A response member documented as the value to "use ... in the request", with its request twin. */
function tokenGroups(model: ApiModel): Rendering[][] {
  const groups: Rendering[][] = [];
  for (const op of Object.values(model.operations)) {
    for (const out of op.output) {
      const twin = op.input.find((m) => m.name === out.name);
      const doc = out.documentation?.value ?? "";
      if (!twin || !new RegExp(`use \`?${out.name}\`? in the request`).test(doc)) continue;
      groups.push([
        { path: memberPath(op, "input", twin), member: twin, rank: 0 },
        { path: memberPath(op, "output", out), member: out, rank: 1 },
      ]);
    }
  }
  return groups;
}

function memberPath(op: Operation, side: "input" | "output", m: Member): string {
  return `operations.${op.name}.${side}.${m.name}`;
}

function namedShape(t: TypeRef): string | undefined {
  return t.shape ?? t.items?.shape;
}

function byName(renderings: Rendering[]): Rendering[][] {
  const map = new Map<string, Rendering[]>();
  for (const r of renderings) map.set(r.member.name, [...(map.get(r.member.name) ?? []), r]);
  return [...map.values()].filter((g) => g.length > 1);
}

function node(t: TypeRef, which: (typeof NODES)[number]): TypeRef | undefined {
  return which === "" ? t : t[which];
}

function reconcileGroup(group: Rendering[], precedence: string): Reconciliation[] {
  const out: Reconciliation[] = [];
  for (const which of NODES) {
    for (const kind of CONSTRAINT_KINDS) {
      const stated = group
        .map((r) => ({ r, n: node(r.member.type, which) }))
        .filter((x): x is { r: Rendering; n: TypeRef } => x.n?.constraints[kind] !== undefined);
      const values = new Set(stated.map((x) => JSON.stringify(x.n.constraints[kind]!.value)));
      if (values.size < 2) continue;

      let keep = [...stated].sort((a, b) => a.r.rank - b.r.rank)[0]!;
      let reason = precedence;
      if (kind === "pattern") {
        const fuller = stated.find((x) =>
          stated.every((y) => {
            const a = y.n.constraints.pattern!.value;
            const b = x.n.constraints.pattern!.value;
            return a === b || lostEmphasisMarkers(a, b);
          }),
        );
        if (fuller) {
          // Among equal fuller renderings, still prefer the higher-precedence one as the source.
          const v = fuller.n.constraints.pattern!.value;
          keep = [...stated]
            .filter((x) => x.n.constraints.pattern!.value === v)
            .sort((a, b) => a.r.rank - b.r.rank)[0]!;
          reason =
            "the other renderings lack `_`/`*` characters that markdown emphasis eats; the fuller pattern is kept";
        }
      }

      const kept = keep.n.constraints[kind] as Fact<unknown>;
      // Each node gets its own copy, so that later edits to one rendering do not leak to others.
      const copy = (): Fact<unknown> => ({ value: structuredClone(kept.value), source: { ...kept.source } });
      for (const x of stated) {
        const own = x.n.constraints[kind] as Fact<unknown>;
        if (JSON.stringify(own.value) === JSON.stringify(kept.value)) continue;
        (x.n.constraints as Record<string, Fact<unknown>>)[kind] = copy();
        out.push({
          fact: `${x.r.path}${which ? `.${which}` : ""}.${kind}`,
          kept,
          dropped: [own],
          reason:
            `rendered differently at line ${own.source.line} and line ${kept.source.line} ` +
            `(${keep.r.path}); ${reason}`,
        });
      }
    }
  }
  return out;
}
