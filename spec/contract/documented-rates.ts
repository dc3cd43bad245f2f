// The request rates the documents state, read from the operations' documentation in the spec
// (PutMetadata: "At most 5 requests per second per channel are allowed ... At most 155 requests
// per second per account are allowed", ivs-api-reference-2025-02-28.txt), each with the sentence
// and the document line it came from. The harness paces its requests to them and the emulator's
// `--throttle` mode enforces them: one reading for both.
//
// A rate "per <resource>" is scoped by the input member that names that resource (`channelArn` for
// "per channel"); where no member does, the rate is kept per account, the stricter reading.
import type { OperationSpec, ServiceSpec, Source } from "./contract.ts";

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

function scopeMember(op: OperationSpec, word: string): string | undefined {
  if (word.toLowerCase() === "account") return undefined;
  const names = new Set([word.toLowerCase(), `${word.toLowerCase()}arn`]);
  return op.input.find((m) => names.has(m.name.toLowerCase()))?.name;
}

export function documentedRates(spec: ServiceSpec): DocumentedRate[] {
  const rates: DocumentedRate[] = [];
  for (const op of spec.operations) {
    for (const m of (op.description ?? "").matchAll(RATE)) {
      const per = scopeMember(op, m[2]!);
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
