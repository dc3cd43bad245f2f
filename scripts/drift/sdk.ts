// Section 2 of the drift report: the documents' own facts (the merged model before the SDK fill,
// ../build/build-specs.ts `documentedModel`) against the official SDK package as installed. The SDK
// is newer than the documents, so most items are "the SDK knows more". Constraints other than enum
// values are not compared (the SDK packages carry none); a fact the documents leave unstated (a
// required flag, an error list, an HTTP binding) is not compared.
import { operationFacts } from "../merge/flatten-facts.ts";
import type { ApiModel, Fact, HttpBinding, Operation, ServiceName } from "../model/api-model.ts";
import type { DriftItem, DriftSide } from "./drift-item.ts";
import { factSide, isRoot, parentMember, readable, same, side, splitFact } from "./fact-paths.ts";

/** The kinds of this section: `sdk-only-*` is the SDK knowing more, `doc-only-*` the documents. */
export const SDK_KINDS = [
  "sdk-only-operation",
  "doc-only-operation",
  "sdk-only-member",
  "doc-only-member",
  "sdk-only-enum-value",
  "doc-only-enum-value",
  "required-differs",
  "kind-differs",
  "binding-differs",
  "errors-differ",
  "error-status-differs",
] as const;

export interface SdkLabel {
  /** `@aws-sdk/client-ivs@3.1136.0` */
  package: string;
  /**
   * The document that lists every operation of the service, if one does: an operation only the SDK
   * has is drift only against it (partial documents, changelog pages, omit operations that exist).
   */
  completeDocument?: string;
  /** When the package's changelog says the SDK learned an operation or member; undefined: undated. */
  dated?: (operation: string, member?: string) => string | undefined;
}

/** The HTTP header a top-level member of the SDK's operation is bound to, if any. */
function headerOf(op: Operation, member: string): string | undefined {
  const [, io, name, ...rest] = member.split(".");
  if (rest.length) return undefined;
  const location = (io === "input" ? op.input : op.output).find((m) => m.name === name)?.location?.value;
  return location?.in === "header" ? location.name : undefined;
}

const binding = (h: HttpBinding) => `${h.method} ${h.path} (${h.status})`;

const label = (member: string) => readable(member).split(".").slice(2).join(".");
const where = (member: string) => (member.split(".")[1] === "input" ? "request" : "response");

export function compareWithSdk(service: ServiceName, documents: ApiModel, sdk: ApiModel, pkg: SdkLabel): DriftItem[] {
  const items: DriftItem[] = [];
  const push = (
    kind: string,
    operation: string,
    member: string | undefined,
    summary: string,
    left: DriftSide,
    right: DriftSide,
  ) => {
    const dated = pkg.dated?.(operation, member && label(member));
    items.push({
      section: "sdk",
      kind,
      service,
      operation,
      ...(member ? { member: readable(member) } : {}),
      summary,
      left,
      right,
      ...(dated ? { dated } : {}),
    });
  };
  const sdkSide = (fact?: Fact<unknown>, value?: unknown): DriftSide => {
    const s: DriftSide = { source: pkg.package };
    const v = value !== undefined ? value : fact?.value;
    if (v !== undefined) s.value = v;
    return s;
  };

  const complete = pkg.completeDocument;
  for (const op of Object.values(sdk.operations).sort((a, b) => a.name.localeCompare(b.name)))
    if (complete && !documents.operations[op.name])
      push(
        "sdk-only-operation",
        op.name,
        undefined,
        `the SDK has ${op.name}; ${complete} does not list it`,
        { source: complete },
        sdkSide(op.http),
      );
  for (const op of Object.values(documents.operations).sort((a, b) => a.name.localeCompare(b.name))) {
    const theirs = sdk.operations[op.name];
    if (!theirs) {
      push(
        "doc-only-operation",
        op.name,
        undefined,
        `${op.name} is documented; the SDK has no such operation`,
        side(op.source, true),
        sdkSide(),
      );
      continue;
    }
    operationItems(op, theirs);
  }
  return items;

  function operationItems(op: Operation, theirs: Operation): void {
    const mine = operationFacts(documents, op);
    const other = operationFacts(sdk, theirs);
    const present = (facts: Map<string, Fact<unknown>>, member: string) =>
      isRoot(member) || facts.has(`${member}.exists`);
    for (const [fact, f] of other) {
      const { member, kind } = splitFact(fact);
      if (kind !== "exists" || member === op.name || fact.startsWith(`${op.name}.errors.`) || mine.has(fact)) continue;
      const parent = parentMember(member);
      if (present(mine, parent) && present(other, parent)) {
        const at = mine.get(`${parent}.exists`);
        const header = headerOf(theirs, member);
        const what = header ? `${label(member)} (HTTP header ${header})` : label(member);
        push(
          "sdk-only-member",
          op.name,
          member,
          `the SDK's ${op.name} ${where(member)} has ${what}; the documents do not`,
          at ? side(at.source) : side(op.source),
          sdkSide(f),
        );
      }
    }
    for (const [fact, f] of mine) {
      const { member, kind } = splitFact(fact);
      if (member === op.name || fact.startsWith(`${op.name}.errors.`)) continue;
      const theirsFact = other.get(fact);
      if (kind === "exists") {
        if (!theirsFact && present(mine, parentMember(member)) && present(other, parentMember(member)))
          push(
            "doc-only-member",
            op.name,
            member,
            `the documents' ${op.name} ${where(member)} has ${label(member)}; the SDK does not`,
            factSide(f),
            sdkSide(),
          );
        continue;
      }
      if (!other.has(`${member}.exists`) && !isRoot(member)) continue;
      if (kind === "enum" && theirsFact) {
        const doc = f.value as string[];
        const known = theirsFact.value as string[];
        const sdkOnly = known.filter((v) => !doc.includes(v));
        const docOnly = doc.filter((v) => !known.includes(v));
        if (sdkOnly.length)
          push(
            "sdk-only-enum-value",
            op.name,
            member,
            `the SDK knows ${label(member)} = ${sdkOnly.join(", ")}; the documents do not`,
            factSide(f),
            sdkSide(theirsFact, sdkOnly),
          );
        if (docOnly.length)
          push(
            "doc-only-enum-value",
            op.name,
            member,
            `the documents give ${label(member)} = ${docOnly.join(", ")}; the SDK does not`,
            side(f.source, docOnly),
            sdkSide(theirsFact),
          );
      } else if (kind === "required" && theirsFact && !same(f.value, theirsFact.value))
        push(
          "required-differs",
          op.name,
          member,
          `${label(member)} is ${f.value ? "" : "not "}required in the documents, ` +
            `${theirsFact.value ? "" : "not "}in the SDK`,
          factSide(f),
          sdkSide(theirsFact),
        );
      else if (kind === "kind" && theirsFact && !same(f.value, theirsFact.value))
        push(
          "kind-differs",
          op.name,
          member,
          `${label(member)} is a ${f.value} in the documents, a ${theirsFact.value} in the SDK`,
          factSide(f),
          sdkSide(theirsFact),
        );
    }
    bindingItems(op, theirs);
    errorItems(op, theirs);
  }

  function bindingItems(op: Operation, theirs: Operation): void {
    if (op.http && theirs.http && !same(op.http.value, theirs.http.value))
      push(
        "binding-differs",
        op.name,
        undefined,
        `${op.name} is ${binding(op.http.value)} in the documents, ${binding(theirs.http.value)} in the SDK`,
        factSide(op.http),
        sdkSide(theirs.http),
      );
    for (const m of op.input) {
      const t = theirs.input.find((x) => x.name === m.name);
      if (!m.location || !t) continue;
      const sdkLocation = t.location?.value ?? { in: "body", name: m.name };
      if (!same(m.location.value, sdkLocation))
        push(
          "binding-differs",
          op.name,
          `${op.name}.input.${m.name}`,
          `${m.name} travels in the ${m.location.value.in} per the documents, in the ${sdkLocation.in} per the SDK`,
          factSide(m.location),
          sdkSide(undefined, sdkLocation),
        );
    }
  }

  function errorItems(op: Operation, theirs: Operation): void {
    if (!op.errors) return; // the documents state no error list for it: not compared
    const mine = op.errors.map((e) => e.name);
    const known = (theirs.errors ?? []).map((e) => e.name);
    const sdkOnly = known.filter((n) => !mine.includes(n));
    const docOnly = mine.filter((n) => !known.includes(n));
    const at = op.errors[0]?.source ?? op.source;
    if (sdkOnly.length || docOnly.length) {
      const parts = [
        sdkOnly.length ? `the SDK adds ${sdkOnly.join(", ")}` : "",
        docOnly.length ? `only the documents list ${docOnly.join(", ")}` : "",
      ];
      push(
        "errors-differ",
        op.name,
        undefined,
        `${op.name}'s errors: ${parts.filter(Boolean).join("; ")}`,
        side(at, mine),
        sdkSide(undefined, known),
      );
    }
    for (const e of op.errors) {
      const s = theirs.errors?.find((x) => x.name === e.name)?.status;
      if (e.status && s && e.status.value !== s.value)
        push(
          "error-status-differs",
          op.name,
          undefined,
          `${op.name}'s ${e.name} is ${e.status.value} in the documents, ${s.value} in the SDK`,
          factSide(e.status),
          sdkSide(s),
        );
    }
  }
}
