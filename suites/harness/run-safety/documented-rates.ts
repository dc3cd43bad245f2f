// The request rates the documents state, read from the operations' documentation in the spec
// (PutMetadata: "At most 5 requests per second per channel are allowed ... At most 155 requests
// per second per account are allowed", ivs-api-reference-2025-02-28.txt), each with the sentence
// and the document line it came from. A rate "per <resource>" is scoped by the input member that
// refers to that resource (PutMetadata's channelArn); where no member does, the rate is kept per
// account, the stricter reading.
import type { OperationSpec, ServiceSpec, Source } from "../../../spec/contract/contract.ts";
import { operationReferences, type ResourceKind } from "../producers.ts";

export interface DocumentedRate {
  operation: string;
  perSecond: number;
  /** The input member whose value scopes the rate; absent: per account. */
  per?: string;
  /** The sentence as the document states it. */
  documented: string;
  source: Source;
}

const RATE = /At most (\d+) requests per second per (\w+)[^.]*\./g;

function scopeMember(kinds: readonly ResourceKind[], op: OperationSpec, word: string): string | undefined {
  if (word.toLowerCase() === "account") return undefined;
  const ref = operationReferences(kinds, op).find(
    (r) =>
      r.path.length === 1 &&
      (r.kind.key.toLowerCase() === word.toLowerCase() || r.kind.noun.toLowerCase() === word.toLowerCase()),
  );
  return ref?.path[0];
}

export function documentedRates(spec: ServiceSpec, kinds: readonly ResourceKind[]): DocumentedRate[] {
  const rates: DocumentedRate[] = [];
  for (const op of spec.operations) {
    for (const m of (op.description ?? "").matchAll(RATE)) {
      const per = scopeMember(kinds, op, m[2]!);
      rates.push({
        operation: op.name,
        perSecond: Number(m[1]),
        ...(per ? { per } : {}),
        documented: m[0],
        source: op.source,
      });
    }
  }
  return rates;
}
