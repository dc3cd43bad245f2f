// Fills in, from the SDK's model, the facts the documents are silent on and the suites need:
// HTTP bindings, member locations, error lists and statuses, error bodies, shape names, and the
// required flags the documents leave unstated (response members: neither the API reference's
// Response Elements nor boto3 response structures mark them). Only what is absent is filled: a
// fact a document states is never overwritten. Facts taken here keep their `sdk` provenance.
import type { ApiModel, Member, Reconciliation, Shape, TypeRef } from "../model/api-model.ts";
import { reconcileErrorNames } from "./error-names.ts";

function fillMembers(model: ApiModel, sdk: ApiModel, doc: Member[], theirs: Member[]): void {
  for (const member of doc) {
    const other = theirs.find((m) => m.name === member.name);
    if (!other) continue;
    if (!member.location && other.location) member.location = other.location;
    if (!member.required && other.required) member.required = other.required;
    fillType(model, sdk, member.type, other.type);
  }
}

function fillType(model: ApiModel, sdk: ApiModel, doc: TypeRef, theirs: TypeRef): void {
  if (doc.kind === "structure" && theirs.kind === "structure") {
    const sdkMembers = theirs.shape ? (sdk.shapes[theirs.shape]?.members ?? []) : (theirs.members ?? []);
    if (!doc.shape && doc.members && theirs.shape) {
      // Name the inline structure after the SDK's shape, so that it lands once in components.
      const name = theirs.shape;
      const members = doc.members;
      delete doc.members;
      doc.shape = name;
      fillMembers(model, sdk, members, sdkMembers);
      adoptShape(model, name, members, doc.source);
      return;
    }
    if (doc.members) fillMembers(model, sdk, doc.members, sdkMembers);
    return;
  }
  if (doc.items && theirs.items) fillType(model, sdk, doc.items, theirs.items);
  if (doc.value && theirs.value) fillType(model, sdk, doc.value, theirs.value);
}

/**
 * Registers a structure a document rendered inline under its SDK name. The same structure rendered
 * by two operations (Stage in CreateStage and in GetStage) is reconciled: members are united, and
 * a member rendered with different facts is recorded, the first rendering kept.
 */
function adoptShape(model: ApiModel, name: string, members: Member[], source: TypeRef["source"]): void {
  const existing: Shape | undefined = model.shapes[name];
  if (!existing) {
    model.shapes[name] = { name, members, source };
    return;
  }
  for (const m of members) {
    const prior = existing.members.find((e) => e.name === m.name);
    if (!prior) {
      existing.members.push(m);
      continue;
    }
    const a = JSON.stringify({ k: prior.type.kind, c: constraintValues(prior.type), r: prior.required?.value });
    const b = JSON.stringify({ k: m.type.kind, c: constraintValues(m.type), r: m.required?.value });
    if (a !== b) {
      const rec: Reconciliation = {
        fact: `shapes.${name}.${m.name}`,
        kept: { value: JSON.parse(a), source: prior.source },
        dropped: [{ value: JSON.parse(b), source: m.source }],
        reason: "the same structure is rendered by several operations; the first rendering is kept",
      };
      model.reconciliations.push(rec);
    }
  }
}

function constraintValues(t: TypeRef): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t.constraints).map(([k, f]) => [k, f?.value]));
}

export function fillFromSdk(model: ApiModel, sdk: ApiModel): void {
  for (const [key, fact] of Object.entries(sdk.info)) {
    const k = key as keyof ApiModel["info"];
    if (!model.info[k] && fact) model.info[k] = fact;
  }
  reconcileErrorNames(model, sdk);
  for (const op of Object.values(model.operations)) {
    const theirs = sdk.operations[op.name];
    if (!theirs) throw new Error(`${model.service} ${op.name}: documented, but the SDK package has no such operation`);
    if (!op.http) op.http = theirs.http;
    // Only a list no document states is taken from the SDK; a document's `[]` (none) is kept.
    if (!op.errors && theirs.errors) op.errors = structuredClone(theirs.errors);
    for (const e of op.errors ?? []) {
      const status = sdk.errors[e.name]?.status;
      if (!e.status && status) e.status = status;
    }
    fillMembers(model, sdk, op.input, theirs.input);
    fillMembers(model, sdk, op.output, theirs.output);
  }
  // Error bodies: the documents name errors and statuses but not their members.
  const used = new Set(Object.values(model.operations).flatMap((op) => (op.errors ?? []).map((e) => e.name)));
  for (const name of used) {
    const theirs = sdk.errors[name];
    const mine = model.errors[name];
    if (theirs && (!mine || mine.members.length === 0)) {
      model.errors[name] = { ...theirs, ...(mine?.status ? { status: mine.status } : {}) };
    }
  }
}
