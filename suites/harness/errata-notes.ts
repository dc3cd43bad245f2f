// The documentation errata a cell was judged under, as notes on that cell: a target is never judged
// against a typo, and the typo is never hidden (spec/contract/errata.json lists them all).
import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { AppliedErratum } from "../../spec/contract/errata.ts";

/** The errata an operation's input or success schema depends on. */
export function errataNotes(applied: readonly AppliedErratum[], op: OperationSpec): string[] {
  const text = JSON.stringify([op.input.map((m) => m.schema), op.successSchema ?? null]);
  return applied
    .filter((a) => text.includes(JSON.stringify(a.erratum.applied).slice(1, -1)))
    .map(
      ({ erratum: e }) =>
        `spec erratum ${e.id} applied: documented ${e.keyword} ${JSON.stringify(e.documented)} ` +
        `(${e.document} lines ${e.lines.join(", ")}) read as ${JSON.stringify(e.applied)} (${e.why})`,
    );
}
