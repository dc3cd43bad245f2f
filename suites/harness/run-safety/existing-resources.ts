// Read-only mode reads what already exists: where a run would create the resources an operation
// refers to, it takes them from the target's own listings instead (resource-families.ts), one
// listing of every family per service, the first time one is needed. Taken in turn and reused when
// there are fewer than asked for: nothing is written, so sharing them harms nothing.

import type { Session } from "../clients/session.ts";
import { judgedSpec } from "../judged-spec.ts";
import type { ResourceKind } from "../producers.ts";
import type { Resource } from "../resource-pool.ts";
import { type Listed, listFamilies } from "./sweep-resources.ts";

export type ExistingResult = { resource: Resource } | { failure: string };

export class ExistingResources {
  private listing: Promise<Map<string, Listed[]>> | undefined;
  private readonly taken = new Map<string, number>();

  constructor(private readonly session: Session) {}

  async take(kind: ResourceKind): Promise<ExistingResult> {
    this.listing ??= listFamilies(this.session, judgedSpec(kind.producer.service)).then((l) => l.items);
    const items = (await this.listing).get(kind.key) ?? [];
    if (items.length === 0)
      return { failure: `read-only mode: the target has no ${kind.noun} to read, and the run creates none` };
    const n = this.taken.get(kind.key) ?? 0;
    this.taken.set(kind.key, n + 1);
    const item = items[n % items.length]!;
    return { resource: { kind, arn: item.arn, output: item, input: {} } };
  }
}
