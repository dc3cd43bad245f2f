// Section 1 of the drift report: what changed between two versions of the documentation of one
// service, read from the per-document models (../build/build-specs.ts `documentedModel`), each fact
// with its document and line on both sides.
//
// Only what both documents can state is compared. A fact kind one document never states (the boto3
// reference states no constraints, HTTP bindings or error statuses; changelog pages no errors) is not
// compared at all, and a fact one document leaves unstated for one member (absent in the model) is
// "not stated", never "removed". A `partial` document (a changelog page) omitting an operation says
// nothing about it; only a `complete` one makes an operation added or removed.
import { operationFacts } from "../merge/flatten-facts.ts";
import { hasSubstance } from "../merge/merge-documents.ts";
import type { ApiModel, Fact, Operation, ServiceName, Source } from "../model/api-model.ts";
import type { DriftItem, DriftSectionReport } from "./drift-item.ts";
import {
  CONSTRAINTS,
  errorStem,
  factSide,
  isRoot,
  parentMember,
  readable,
  same,
  side,
  splitFact,
} from "./fact-paths.ts";

/** The kinds of this section. */
export const VERSIONS_KINDS = [
  "operation-added",
  "operation-removed",
  "member-added",
  "member-removed",
  "enum-value-added",
  "enum-value-removed",
  "required-differs",
  "type-differs",
  "constraint-added",
  "constraint-changed",
  "binding-differs",
  "error-added",
  "error-removed",
  "error-renamed",
  "error-status-changed",
] as const;

/** A member a changelog page's change summary says the release added (`participant.redundantIngest`). */
export interface ChangedMember {
  operation: string;
  side: "input" | "output";
  path: string;
  enum?: string[];
  source: Source;
}

export interface VersionedDocument {
  file: string;
  scope: "complete" | "partial";
  model: ApiModel;
  /** For changelog pages: the members the page's change summaries say the release added or changed. */
  changes?: ChangedMember[];
}

/** The fact kinds a document states somewhere: a kind it never states is not compared. */
function statedKinds(model: ApiModel): Set<string> {
  const kinds = new Set<string>();
  for (const op of Object.values(model.operations)) {
    if (op.errors) kinds.add("errors");
    for (const fact of operationFacts(model, op).keys()) {
      const { kind } = splitFact(fact);
      if (fact.includes(".errors.")) {
        if (kind === "status") kinds.add("error-status");
      } else kinds.add(kind);
    }
  }
  return kinds;
}

const sideName = (member: string) => (member.split(".")[1] === "input" ? "request" : "response");

function operationItems(
  service: ServiceName,
  older: VersionedDocument,
  newer: VersionedDocument,
  a: Operation,
  b: Operation,
  comparable: Set<string>,
): DriftItem[] {
  const items: DriftItem[] = [];
  const before = operationFacts(older.model, a);
  const after = operationFacts(newer.model, b);
  const item = (
    kind: string,
    member: string | undefined,
    summary: string,
    left: Fact<unknown> | Source,
    right: Fact<unknown> | Source,
    values?: [unknown, unknown],
  ) => {
    const l = "value" in left ? factSide(left) : side(left);
    const r = "value" in right ? factSide(right) : side(right);
    if (values) {
      if (values[0] === undefined) delete l.value;
      else l.value = values[0];
      if (values[1] === undefined) delete r.value;
      else r.value = values[1];
    }
    items.push({
      section: "versions",
      kind,
      service,
      operation: a.name,
      ...(member ? { member: readable(member) } : {}),
      summary,
      left: l,
      right: r,
    });
  };
  const present = (facts: Map<string, Fact<unknown>>, member: string) =>
    isRoot(member) || facts.has(`${member}.exists`);

  for (const [fact, now] of after) {
    if (fact.startsWith(`${b.name}.errors.`)) continue;
    const { member, kind } = splitFact(fact);
    if (kind !== "exists" || member === b.name) continue;
    const parent = parentMember(member);
    if (!before.has(fact) && present(before, parent) && present(after, parent))
      item(
        "member-added",
        member,
        `${b.name}'s ${sideName(member)} gains ${readable(member).split(".").slice(2).join(".")}`,
        before.get(`${parent}.exists`) ?? a.source,
        now,
        [undefined, true],
      );
  }
  for (const [fact, then] of before) {
    if (fact.startsWith(`${a.name}.errors.`)) continue;
    const { member, kind } = splitFact(fact);
    if (kind !== "exists" || member === a.name) continue;
    const parent = parentMember(member);
    if (!after.has(fact) && present(before, parent) && present(after, parent))
      item(
        "member-removed",
        member,
        `${a.name}'s ${sideName(member)} loses ${readable(member).split(".").slice(2).join(".")}`,
        then,
        after.get(`${parent}.exists`) ?? b.source,
        [true, undefined],
      );
  }

  // Facts of members both documents have.
  for (const [fact, then] of before) {
    if (fact.startsWith(`${a.name}.errors.`)) continue;
    const { member, kind } = splitFact(fact);
    if (member === a.name || kind === "exists" || !comparable.has(kind)) continue;
    if (!after.has(`${member}.exists`) && !isRoot(member)) continue;
    const now = after.get(fact);
    const label = readable(member).split(".").slice(2).join(".");
    if (kind === "enum") {
      if (!now) continue; // the newer document does not state this member's values: not stated, not removed
      const was = then.value as string[];
      const is = now.value as string[];
      const added = is.filter((v) => !was.includes(v));
      const removed = was.filter((v) => !is.includes(v));
      if (added.length) item("enum-value-added", member, `${label} gains ${added.join(", ")}`, then, now, [was, added]);
      if (removed.length)
        item("enum-value-removed", member, `${label} loses ${removed.join(", ")}`, then, now, [removed, is]);
      continue;
    }
    if (!now) continue;
    if (same(then.value, now.value)) continue;
    if (kind === "required")
      item("required-differs", member, `${label} is ${now.value ? "now" : "no longer"} required`, then, now);
    else if (kind === "kind")
      item("type-differs", member, `${label} changes type from ${then.value} to ${now.value}`, then, now);
    else if ((CONSTRAINTS as readonly string[]).includes(kind))
      item("constraint-changed", member, `${label}: ${kind} changes`, then, now);
  }
  // A constraint only the newer document states, on a member both have, where both state that kind.
  for (const [fact, now] of after) {
    if (fact.startsWith(`${b.name}.errors.`)) continue;
    const { member, kind } = splitFact(fact);
    if (!(CONSTRAINTS as readonly string[]).includes(kind) || !comparable.has(kind) || before.has(fact)) continue;
    if (!before.has(`${member}.exists`) || kind === "enum") continue;
    item(
      "constraint-added",
      member,
      `${readable(member).split(".").slice(2).join(".")} gains a ${kind} constraint`,
      before.get(`${member}.exists`)!,
      now,
      [undefined, now.value],
    );
  }

  const http = [before.get(`${a.name}.http`), after.get(`${b.name}.http`)] as const;
  if (http[0] && http[1] && !same(http[0].value, http[1].value))
    item("binding-differs", undefined, `${a.name}'s HTTP binding changes`, http[0], http[1]);

  if (a.errors && b.errors && comparable.has("errors")) items.push(...errorItems(service, a, b, comparable));
  return items;
}

function errorItems(service: ServiceName, a: Operation, b: Operation, comparable: Set<string>): DriftItem[] {
  const items: DriftItem[] = [];
  const was = new Map(a.errors!.map((e) => [e.name, e]));
  const is = new Map(b.errors!.map((e) => [e.name, e]));
  const base = { section: "versions" as const, service, operation: a.name };
  const gone = [...was.keys()].filter((n) => !is.has(n));
  const added = [...is.keys()].filter((n) => !was.has(n));
  for (const name of gone) {
    const renamed = added.filter((n) => errorStem(n) === errorStem(name));
    const left = side(was.get(name)!.source, name);
    if (renamed.length === 1) {
      const to = renamed[0]!;
      added.splice(added.indexOf(to), 1);
      items.push({
        ...base,
        kind: "error-renamed",
        summary: `${a.name}'s error ${name} is now named ${to}`,
        left,
        right: side(is.get(to)!.source, to),
      });
    } else
      items.push({
        ...base,
        kind: "error-removed",
        summary: `${a.name} no longer lists ${name}`,
        left,
        right: side(b.source),
      });
  }
  for (const name of added)
    items.push({
      ...base,
      kind: "error-added",
      summary: `${a.name} now lists ${name}`,
      left: side(a.source),
      right: side(is.get(name)!.source, name),
    });
  if (comparable.has("error-status"))
    for (const [name, e] of was) {
      const other = is.get(name);
      if (e.status && other?.status && e.status.value !== other.status.value)
        items.push({
          ...base,
          kind: "error-status-changed",
          summary: `${a.name}'s ${name} changes status from ${e.status.value} to ${other.status.value}`,
          left: factSide(e.status),
          right: factSide(other.status),
        });
    }
  return items;
}

/** The items between an older and a newer document of one service. */
export function compareDocuments(
  service: ServiceName,
  older: VersionedDocument,
  newer: VersionedDocument,
): DriftItem[] {
  const mine = statedKinds(older.model);
  const theirs = statedKinds(newer.model);
  const comparable = new Set([...mine].filter((k) => theirs.has(k)));
  const items: DriftItem[] = [];
  const ops = (d: VersionedDocument) =>
    Object.values(d.model.operations)
      .filter(hasSubstance)
      .sort((x, y) => x.name.localeCompare(y.name));
  const was = new Map(ops(older).map((o) => [o.name, o]));
  const is = new Map(ops(newer).map((o) => [o.name, o]));
  for (const [name, op] of is) {
    const prior = was.get(name);
    if (prior) items.push(...operationItems(service, older, newer, prior, op, comparable));
    else if (older.scope === "complete")
      items.push({
        section: "versions",
        kind: "operation-added",
        service,
        operation: name,
        summary: `${name} is new: ${older.file} does not list it`,
        left: { source: older.file },
        right: side(op.source, true),
      });
    else items.push(...changeSummaryItems(service, older, newer, op));
  }
  if (newer.scope === "complete")
    for (const [name, op] of was)
      if (!is.has(name))
        items.push({
          section: "versions",
          kind: "operation-removed",
          service,
          operation: name,
          summary: `${name} is gone: ${newer.file} does not list it`,
          left: side(op.source, true),
          right: { source: newer.file },
        });
  return items;
}

/**
 * An operation the older (partial) page does not render: only the newer page's own account of the
 * release (its change summary) says what changed; the rest of the operation is not compared.
 */
function changeSummaryItems(
  service: ServiceName,
  older: VersionedDocument,
  newer: VersionedDocument,
  op: Operation,
): DriftItem[] {
  return (newer.changes ?? [])
    .filter((c) => c.operation === op.name)
    .map((c) => {
      const member = `${op.name}.${c.side}.${c.path}`;
      const enumAdded = c.enum !== undefined;
      return {
        section: "versions" as const,
        kind: enumAdded ? "enum-value-added" : "member-added",
        service,
        operation: op.name,
        member,
        summary: enumAdded
          ? `${c.path} gains ${c.enum!.join(", ")}, as the ${newer.file} page's change summary says`
          : `${op.name}'s ${c.side === "input" ? "request" : "response"} gains ${c.path}, as the page's change ` +
            `summary says (${older.file} does not render ${op.name})`,
        left: { source: older.file },
        right: side(c.source, enumAdded ? c.enum : true),
      };
    });
}

/** "N new, M updated api methods", as AWS's changelog counts them. */
export function changelogCounts(items: readonly DriftItem[]): { new: number; updated: number } {
  const added = new Set(items.filter((i) => i.kind === "operation-added").map((i) => i.operation));
  const updated = new Set(
    items
      .filter((i) => i.operation && !added.has(i.operation) && i.kind !== "operation-removed")
      .map((i) => i.operation),
  );
  return { new: added.size, updated: updated.size };
}

export interface ComparedPair {
  service: ServiceName;
  older: VersionedDocument;
  newer: VersionedDocument;
}

export function versionsSection(pairs: readonly ComparedPair[]): DriftSectionReport {
  const items: DriftItem[] = [];
  const parts: string[] = [];
  for (const { service, older, newer } of pairs) {
    const found = compareDocuments(service, older, newer);
    const c = changelogCounts(found);
    const removed = found.filter((i) => i.kind === "operation-removed").length;
    parts.push(
      `${service}: ${c.new} new, ${c.updated} updated api methods${removed ? `, ${removed} removed` : ""} ` +
        `(${older.file} -> ${newer.file})`,
    );
    items.push(...found);
  }
  return { headline: parts.join("; "), items };
}
