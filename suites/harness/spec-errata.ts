// Documentation defects the suites work around, applied to their in-memory copy of the spec (the
// files are build outputs and stay as published). Each erratum is reported wherever it applies:
// in the report's header and as a note on every cell of an operation it touches, so a target is
// never judged against a typo, and the typo is never hidden. CONFORMANCE_ERRATA=off checks
// against the spec exactly as published.
import type { ServiceName } from "./spec.ts";

export interface Erratum {
  id: string;
  service: ServiceName;
  documented: string;
  applied: string;
  why: string;
  /** Patches the document in place; returns the JSON pointers it changed. */
  apply(document: Record<string, unknown>): string[];
}

function replacePattern(node: unknown, from: string, to: string, pointer: string, changed: string[]): void {
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  if (o.pattern === from) {
    o.pattern = to;
    changed.push(pointer);
  }
  for (const [k, v] of Object.entries(o))
    replacePattern(v, from, to, `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`, changed);
}

const DOCUMENTED_RESOURCE_ARN = "arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+";
const INTENDED_RESOURCE_ARN = "arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+";

export const ERRATA: readonly Erratum[] = [
  {
    id: "resource-arn-type-is-one-character",
    service: "ivs",
    documented: DOCUMENTED_RESOURCE_ARN,
    applied: INTENDED_RESOURCE_ARN,
    why:
      "`[a-z-]/` allows a one-character resource type, so no ARN the service issues (`...:channel/abc`) matches it: " +
      "BatchError.arn in BatchGetChannel/BatchGetStreamKey responses and the tag operations' resourceArn could never hold a real ARN. " +
      "Every other ARN pattern in the document names a whole resource type.",
    apply(document) {
      const changed: string[] = [];
      replacePattern(document.paths, DOCUMENTED_RESOURCE_ARN, INTENDED_RESOURCE_ARN, "#/paths", changed);
      replacePattern(document.components, DOCUMENTED_RESOURCE_ARN, INTENDED_RESOURCE_ARN, "#/components", changed);
      return changed;
    },
  },
];

export interface AppliedErratum {
  erratum: Erratum;
  pointers: string[];
}

export function applyErrata(
  service: ServiceName,
  document: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
): AppliedErratum[] {
  if (env.CONFORMANCE_ERRATA === "off") return [];
  return ERRATA.filter((e) => e.service === service)
    .map((erratum) => ({ erratum, pointers: erratum.apply(document) }))
    .filter((a) => a.pointers.length > 0);
}

/** The errata an operation's input or success schema depends on, as notes for its cells. */
export function errataNotes(
  applied: readonly AppliedErratum[],
  op: { input: { schema: unknown }[]; successSchema?: unknown },
): string[] {
  const text = JSON.stringify([op.input.map((m) => m.schema), op.successSchema ?? null]);
  return applied
    .filter((a) => text.includes(JSON.stringify(a.erratum.applied).slice(1, -1)))
    .map(
      (a) =>
        `spec erratum ${a.erratum.id} applied: documented pattern ${JSON.stringify(a.erratum.documented)} read as ${JSON.stringify(a.erratum.applied)} (${a.erratum.why})`,
    );
}
