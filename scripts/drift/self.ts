// Section 4 of the drift report: the documentation against itself, from the spec as published
// (contract with errata: false), the build's reconciliations (spec/*.history.json) and the documents'
// own lines (spec/sources/). Every item names the document line(s) it stands on; nothing is changed:
// what looks like damage is flagged for a human with the exact text.
//
// Kinds:
// - produced-value-rejected: an ARN an operation returns (its documented pattern names a resource
//   type) that another operation's documented input pattern, for an ARN of that type or any type,
//   does not accept (checked on values generated from the output pattern, under the spec's unanchored
//   reading and as the whole value);
// - constraint-never-fails: a documented pattern without anchors that matches the empty string, so
//   that every string matches it somewhere (a `Minimum length of 0` is not listed: it is a fact, not
//   a constraint, and the maximum beside it does constrain);
// - default-not-in-enum: a member's description gives a default (`Default: X`, `default preset is X`)
//   that its documented enum does not list;
// - documented-two-ways: one fact documented differently in two places, which the build reconciled;
// - named-otherwise-by-sdk: a name the document prints that the build replaced with the SDK's;
// - rendering-damage: a documented value that reads as the rendering's damage (markdown's `\$`, a `*`
//   moved into a character class, a path label without braces), repaired by the build, or a pattern
//   that still carries such a character.
import fc from "fast-check";
import type { Source } from "../../spec/contract/contract.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { arnResourceType } from "../../suites/harness/producers.ts";
import type { DriftItem, DriftSectionReport, DriftSide } from "./drift-item.ts";
import {
  documentLine,
  erratumAt,
  type HistorySource,
  type Reconciliation,
  readReconciliations,
} from "./self-documents.ts";
import { type MemberAt, membersOf, publishedSpecs, sourceOf } from "./self-schemas.ts";

export const SELF_KINDS = [
  "produced-value-rejected",
  "constraint-never-fails",
  "default-not-in-enum",
  "documented-two-ways",
  "named-otherwise-by-sdk",
  "rendering-damage",
] as const;

/** What the checks read; the repository's own by default (buildSelfSection), small fixtures in tests. */
export interface SelfInput {
  members: readonly MemberAt[];
  reconciliations: readonly { service: ServiceName; r: Reconciliation }[];
  /** The text of a document line, exactly as published. */
  line: (doc: string, line: number | undefined) => string;
  /** The erratum recording a defect at a document line, if any: its id. */
  erratum?: (service: ServiceName, doc: string, line: number | undefined) => string | undefined;
}

const side = (input: SelfInput, source: Source | HistorySource | undefined, value?: unknown): DriftSide => {
  const doc = source?.doc ?? "the published spec";
  const where = "ref" in (source ?? {}) ? (source as HistorySource).ref : undefined;
  return {
    source: where ?? doc,
    ...(source?.line !== undefined ? { line: source.line } : {}),
    value: value ?? input.line(doc, source?.line),
  };
};

const lineKey = (service: string, s: Source | undefined) => `${service}:${s?.doc}:${s?.line}`;
const regex = (pattern: string) => new RegExp(pattern, "u");
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, "u");

/** Members grouped by the document line that states the fact, in the order first met. */
function byLine(members: readonly MemberAt[], source: (m: MemberAt) => Source | undefined): MemberAt[][] {
  const groups = new Map<string, MemberAt[]>();
  for (const m of members) {
    const key = lineKey(m.service, source(m));
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

const others = (group: readonly MemberAt[]) =>
  group.length > 1 ? ` (also ${group.length - 1} more member${group.length > 2 ? "s" : ""} on this line)` : "";

// ---- produced-value-rejected ----

const PRODUCER_OPERATION = /^(Create|Import|Get|BatchGet|List)/;

/** A few values a pattern produces, as a whole: a readable one first when it fits, then generated ones. */
function producedValues(pattern: string, type: string): string[] {
  const readable = `arn:aws:ivs:us-west-2:123456789012:${type}/abcdEFGH1234`;
  const generated = fc.sample(fc.stringMatching(whole(pattern)), { numRuns: 25, seed: 20250228 });
  return [readable, ...generated].filter((v) => v !== "" && whole(pattern).test(v));
}

function producedValueRejected(input: SelfInput): DriftItem[] {
  const strings = input.members.filter((m) => m.schema.type === "string" && typeof m.schema.pattern === "string");
  const producers = strings.filter((m) => m.side === "output" && arnResourceType(m.schema.pattern));
  const consumers = strings.filter(
    (m) =>
      m.side === "input" &&
      m.schema.pattern!.includes("arn:") &&
      (arnResourceType(m.schema.pattern) !== undefined || /\bARN\b/i.test(m.description ?? m.schema.description ?? "")),
  );
  const items: DriftItem[] = [];
  for (const group of byLine(consumers, (m) => sourceOf(m.schema, "pattern"))) {
    const consumer = group[0]!;
    const inPattern = consumer.schema.pattern!;
    const wants = arnResourceType(inPattern);
    const types = [...new Set(producers.map((p) => arnResourceType(p.schema.pattern)!))].filter(
      (t) => wants === undefined || t === wants,
    );
    for (const type of types) {
      const of = producers.filter((p) => p.service === consumer.service && arnResourceType(p.schema.pattern) === type);
      // The resource's own ARN as the operation that makes it returns it, else any that returns it.
      const own = (p: MemberAt) => p.path.endsWith(".arn");
      const makes = (p: MemberAt) => /^(Create|Import)/.test(p.operation);
      const producer =
        of.find((p) => own(p) && makes(p)) ??
        of.find(own) ??
        of.find(makes) ??
        of.find((p) => PRODUCER_OPERATION.test(p.operation)) ??
        of[0];
      if (!producer) continue;
      const rejected = producedValues(producer.schema.pattern!, type).find((v) => !regex(inPattern).test(v));
      if (rejected === undefined) continue;
      const inSource = sourceOf(consumer.schema, "pattern");
      const outSource = sourceOf(producer.schema, "pattern");
      const erratum = input.erratum?.(consumer.service, inSource?.doc ?? "", inSource?.line);
      const asWhole = whole(inPattern).test(rejected) ? "" : ", neither somewhere in it nor as the whole value";
      items.push({
        section: "self",
        kind: "produced-value-rejected",
        service: consumer.service,
        operation: consumer.operation,
        member: consumer.path,
        summary:
          `${producer.path} returns ${type} ARNs (documented pattern \`${producer.schema.pattern}\`), such as ` +
          `${rejected}; ${consumer.path}, documented to take an ARN, does not accept it with its documented ` +
          `pattern \`${inPattern}\`${asWhole}${others(group)}.` +
          (erratum ? ` The repository records this as erratum ${erratum} (spec/contract/errata.json).` : ""),
        left: side(input, inSource),
        right: side(input, outSource),
      });
    }
  }
  return items;
}

// ---- constraint-never-fails ----

/** Anchors and other assertions make the empty match depend on where it is: such a pattern is left alone. */
const ASSERTION = /[\^$]|\\[bB]|\(\?<?[=!]/;

function constraintNeverFails(input: SelfInput): DriftItem[] {
  const always = input.members.filter((m) => {
    const p = m.schema.pattern;
    return typeof p === "string" && !ASSERTION.test(p) && regex(p).test("");
  });
  return byLine(always, (m) => sourceOf(m.schema, "pattern")).map((group) => {
    const m = group[0]!;
    const src = sourceOf(m.schema, "pattern");
    const printed = input.line(src?.doc ?? "", src?.line);
    const read = printed.includes(m.schema.pattern!)
      ? ""
      : ` The pattern is the build's reading of the line, which prints \`${printed}\` (see rendering-damage).`;
    return {
      section: "self",
      kind: "constraint-never-fails",
      service: m.service,
      operation: m.operation,
      member: m.path,
      summary:
        `The documented pattern \`${m.schema.pattern}\` of ${m.path} has no anchor and matches the empty string, ` +
        "so every value matches it somewhere (as the spec reads patterns): " +
        `it constrains nothing${others(group)}.${read}`,
      left: side(input, src),
      right: {
        source: "the spec's reading of `pattern` (JSON Schema and Smithy: unanchored, matches anywhere in the value)",
        value: `matches "" and "%" alike`,
      },
    };
  });
}

// ---- default-not-in-enum ----

const DEFAULT = [
  /\bDefault:\s*[`"\\]*([A-Za-z0-9_.-]+)/,
  /\bdefault (?:preset|value|mode|type) is\s*[`"\\]*([A-Za-z0-9_.-]+)/i,
];

/** The default a description states in a form an enum value takes (`LOW`, `TS`), if any. */
export function statedDefault(description: string | undefined, values: readonly unknown[]): string | undefined {
  if (!description) return undefined;
  const shaped = values.every((v) => typeof v === "string" && /^[A-Z0-9_]+$/.test(v))
    ? /^[A-Z][A-Z0-9_]*$/
    : /^[A-Za-z0-9_.-]+$/;
  for (const re of DEFAULT) {
    const token = re.exec(description)?.[1]?.replace(/\.$/, "");
    if (token && shaped.test(token)) return token;
  }
  return undefined;
}

function defaultNotInEnum(input: SelfInput): DriftItem[] {
  const disagreeing = input.members.filter((m) => {
    const values = m.schema.enum;
    if (!values) return false;
    const d = statedDefault(m.description ?? m.schema.description, values);
    return d !== undefined && !values.includes(d);
  });
  return byLine(disagreeing, (m) => sourceOf(m.schema)).map((group) => {
    const m = group[0]!;
    const values = m.schema.enum!;
    const d = statedDefault(m.description ?? m.schema.description, values)!;
    return {
      section: "self",
      kind: "default-not-in-enum",
      service: m.service,
      operation: m.operation,
      member: m.path,
      summary:
        `${m.path} is documented with default ${d}, ` +
        `which its documented values ${JSON.stringify(values)} do not list${others(group)}.`,
      left: side(input, sourceOf(m.schema), `Default: ${d}`),
      right: side(input, sourceOf(m.schema, "enum"), values),
    };
  });
}

// ---- reconciliations ----

function reconciled(input: SelfInput): DriftItem[] {
  return input.reconciliations.flatMap(({ service, r }) =>
    r.dropped.map((dropped): DriftItem => {
      const [, operation] = /^operations\.([^.]+)\./.exec(r.fact) ?? [];
      const repair = r.reason.startsWith("repair:");
      const sdk = r.kept.source.doc === "sdk";
      const kind = repair ? "rendering-damage" : sdk ? "named-otherwise-by-sdk" : "documented-two-ways";
      const printed = input.line(dropped.source.doc, dropped.source.line);
      const summary = repair
        ? `${r.fact}: the document prints \`${printed}\`, which reads as damage from rendering ` +
          `(${r.reason.replace(/^repair: /, "")}); ` +
          `the build reads it as ${JSON.stringify(r.kept.value)}. For a human to confirm.`
        : sdk
          ? `${r.fact}: ${r.reason}; the build uses ${JSON.stringify(r.kept.value)}.`
          : `${r.fact} is documented two ways: ${JSON.stringify(dropped.value)} at line ${dropped.source.line} ` +
            `and ${JSON.stringify(r.kept.value)} at line ${r.kept.source.line}; ${r.reason}.`;
      return {
        section: "self",
        kind,
        service,
        ...(operation ? { operation } : {}),
        member: r.fact,
        summary,
        left: side(input, dropped.source, printed || dropped.value),
        right: side(
          input,
          r.kept.source,
          sdk || repair ? r.kept.value : input.line(r.kept.source.doc, r.kept.source.line) || r.kept.value,
        ),
      };
    }),
  );
}

/** Patterns the published spec still carries with a rendering's mark on them (none once the build repaired all). */
const DAMAGE = /\\\$|\[[^\]]*\*[^\]]*\]/;

function remainingDamage(input: SelfInput, covered: ReadonlySet<string>): DriftItem[] {
  const damaged = input.members.filter((m) => typeof m.schema.pattern === "string" && DAMAGE.test(m.schema.pattern));
  return byLine(damaged, (m) => sourceOf(m.schema, "pattern"))
    .filter((group) => !covered.has(lineKey(group[0]!.service, sourceOf(group[0]!.schema, "pattern"))))
    .map((group) => {
      const m = group[0]!;
      const src = sourceOf(m.schema, "pattern");
      return {
        section: "self",
        kind: "rendering-damage",
        service: m.service,
        operation: m.operation,
        member: m.path,
        summary:
          `The documented pattern \`${m.schema.pattern}\` of ${m.path} holds a character no such value can hold ` +
          `(\`\\$\` or \`*\` inside a class), as markdown rendering leaves it; for a human to confirm${others(group)}.`,
        left: side(input, src),
        right: side(input, src, m.schema.pattern),
      };
    });
}

/** Section 4 from fixed inputs. */
export function selfItems(input: SelfInput): DriftItem[] {
  const fromHistory = reconciled(input);
  const covered = new Set(
    fromHistory.filter((i) => i.kind === "rendering-damage").map((i) => `${i.service}:${i.left.source}:${i.left.line}`),
  );
  return [
    ...producedValueRejected(input),
    ...constraintNeverFails(input),
    ...defaultNotInEnum(input),
    ...fromHistory,
    ...remainingDamage(input, covered),
  ];
}

export function selfHeadline(items: readonly DriftItem[]): string {
  const counts = SELF_KINDS.map((k) => `${items.filter((i) => i.kind === k).length} ${k}`);
  return `the documents as published: ${counts.join(", ")}`;
}

/** Section 4 on this repository: the published specs, their reconciliations and the documents. */
export function buildSelfSection(): DriftSectionReport {
  const items = selfItems({
    members: publishedSpecs().flatMap((s) => [...membersOf(s)]),
    reconciliations: readReconciliations(),
    line: (doc, line) => documentLine(doc, line),
    erratum: (service, doc, line) => erratumAt(service, doc, line)?.id,
  });
  return { headline: selfHeadline(items), items };
}
