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
      (a) =>
        `spec erratum ${a.erratum.id} applied: documented ${a.erratum.keyword} ${JSON.stringify(a.erratum.documented)} ` +
        `(${a.erratum.document} lines ${a.erratum.lines.join(", ")}) read as ${JSON.stringify(a.erratum.applied)} (${a.erratum.why})`,
    );
}
