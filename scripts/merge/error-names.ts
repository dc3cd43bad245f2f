// Error names the documents render inconsistently. The API reference calls the same 500 error
// `InternalServerErrorException` in some actions and `InternalServerError` in others, while the
// SDK (and so the wire, through x-amzn-ErrorType) names it `InternalServerException`. A client
// resolves errors by the SDK's name, so the spec must use it; what the document printed is kept as
// a reconciliation. Only an unambiguous match is renamed: one SDK error with the same stem.
import type { ApiModel } from "../model/api-model.ts";

const stem = (name: string) => name.replace(/(Exception|Error)+$/, "");

export function reconcileErrorNames(model: ApiModel, sdk: ApiModel): void {
  const known = Object.keys(sdk.errors);
  for (const op of Object.values(model.operations)) {
    for (const e of op.errors ?? []) {
      if (sdk.errors[e.name]) continue;
      const candidates = known.filter((k) => stem(k) === stem(e.name));
      if (candidates.length !== 1) continue;
      const renamed = candidates[0]!;
      model.reconciliations.push({
        fact: `operations.${op.name}.errors.${e.name}`,
        kept: { value: renamed, source: sdk.errors[renamed]!.source },
        dropped: [{ value: e.name, source: e.source }],
        reason: (
          `the document names this ${e.status?.value ?? ""} error ${e.name}; ` +
          `the SDK and the wire name it ${renamed}`
        ).replace("  ", " "),
      });
      e.name = renamed;
    }
  }
}
