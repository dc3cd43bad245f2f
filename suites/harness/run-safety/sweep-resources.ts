// Finding and removing what runs left behind, by the run tag (run-tag.ts): every family the spec
// can list (resource-families.ts), page by page; a family listed under a parent (stream keys under
// a channel) under every parent found. A resource's tags come with its list item where the spec's
// item carries them, else from the spec's tag-listing operation. A tagged parent's children are
// removed with it, tagged or not (the stream key CreateChannel makes), children first.
import type { OperationSpec, ServiceSpec } from "../../../spec/contract/contract.ts";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { type Exchange, parseJsonBody, succeeded } from "../clients/exchange.ts";
import type { Session } from "../clients/session.ts";
import { ConfigurationError } from "../configuration-error.ts";
import { describeResponse } from "../failure.ts";
import { redactText } from "../redact.ts";
import { isReadOperation } from "./operation-access.ts";
import { deletionOrder, familyOfArn, type ResourceFamily, resourceFamilies } from "./resource-families.ts";
import { RUN_TAG_KEY } from "./run-tag.ts";

export interface Found {
  service: ServiceName;
  family: string;
  arn: string;
  /** The run tag's value: the run that created it; absent for a child found under a tagged parent. */
  runId?: string;
  /** For a child removed with its parent: the parent's ARN. */
  parentArn?: string;
}

/** An answer that says the credentials are wrong or lack a permission: nothing else can work either. */
function refused(e: Exchange, op: OperationSpec): void {
  const status = e.response?.status;
  if (status === 401 || status === 403) {
    throw new ConfigurationError(
      `the target refused ${op.name} (${redactText(describeResponse(e)).slice(0, 300)}); check the credentials ` +
        "and that their policy allows the actions README.md lists",
    );
  }
}

function tagsOperation(spec: ServiceSpec): OperationSpec | undefined {
  return spec.operations.find(
    (op) => isReadOperation(op) && op.successSchema?.properties?.tags && op.input.some((m) => m.name === "resourceArn"),
  );
}

/** Every item of a paginated listing. */
async function listAll(session: Session, op: OperationSpec, input: Input): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const pagination = op.pagination!;
  let token: string | undefined;
  do {
    const e = await session.call(op, { ...input, ...(token ? { [pagination.inputToken]: token } : {}) });
    refused(e, op);
    if (!succeeded(e)) throw new Error(`${op.name} answered ${redactText(describeResponse(e)).slice(0, 300)}`);
    const body = parseJsonBody(e.response!.body);
    const value = (body.ok ? body.value : {}) as Record<string, unknown>;
    items.push(...((value[pagination.items] as Record<string, unknown>[] | undefined) ?? []));
    token = typeof value[pagination.outputToken] === "string" ? (value[pagination.outputToken] as string) : undefined;
  } while (token);
  return items;
}

async function runTagOf(
  session: Session,
  tagsOp: OperationSpec | undefined,
  item: Record<string, unknown>,
): Promise<string | undefined> {
  let tags = item.tags as Record<string, string> | undefined;
  if (!tags && tagsOp) {
    const e = await session.call(tagsOp, { resourceArn: item.arn });
    if (succeeded(e)) {
      const body = parseJsonBody(e.response!.body);
      tags = body.ok ? ((body.value as { tags?: Record<string, string> }).tags ?? {}) : {};
    }
  }
  return tags?.[RUN_TAG_KEY];
}

export interface Listing {
  found: Found[];
  /** Families that could not be searched, and why. */
  unsearched: string[];
}

/**
 * The states in which a resource removed by stopping it (Stop<Noun>: the compositions StartComposition
 * makes) has ended already: it stays listed, and there is nothing left to remove. The spec's state enum
 * names them (spec/ivs-realtime.openapi.json, CompositionSummary.state: ACTIVE, FAILED, STARTING,
 * STOPPED, STOPPING, from the SDK's model).
 */
const ENDED_STATES: ReadonlySet<unknown> = new Set(["STOPPED", "FAILED"]);

const hasEnded = (family: ResourceFamily, item: Record<string, unknown>) =>
  /^Stop/.test(family.remove?.op.name ?? "") && ENDED_STATES.has(item.state);

/** A listed resource: its list item, and the parent it was listed under. */
export type Listed = Record<string, unknown> & { arn: string; parentArn?: string };

/**
 * Every resource of every family the spec can list, by family (parents listed before children); a
 * stopped one that stays listed is left out.
 */
export async function listFamilies(
  session: Session,
  spec: ServiceSpec,
): Promise<{ items: Map<string, Listed[]>; unsearched: string[] }> {
  const items = new Map<string, Listed[]>();
  const unsearched: string[] = [];
  for (const family of [...deletionOrder(resourceFamilies(spec))].reverse()) {
    const list = family.list;
    if (!list) {
      unsearched.push(`${family.kind.key}: the spec has no operation that lists it`);
      continue;
    }
    const listed: Listed[] = [];
    try {
      if (!list.parent) listed.push(...((await listAll(session, list.op, {})) as Listed[]));
      else
        for (const parent of items.get(list.parent.kind.key) ?? [])
          for (const item of await listAll(session, list.op, { [list.parent.member]: parent.arn }))
            listed.push({ ...(item as Listed), parentArn: parent.arn });
    } catch (e) {
      if (e instanceof ConfigurationError) throw e;
      unsearched.push(`${family.kind.key}: ${(e as Error).message}`);
      continue;
    }
    items.set(
      family.kind.key,
      listed.filter((i) => typeof i.arn === "string" && !hasEnded(family, i)),
    );
  }
  return { items, unsearched };
}

/** The tagged resources of one service whose run id `wanted` accepts, with their parents' children. */
export async function findTagged(
  session: Session,
  spec: ServiceSpec,
  wanted: (runId: string) => boolean,
): Promise<Listing> {
  const tagsOp = tagsOperation(spec);
  const { items, unsearched } = await listFamilies(session, spec);
  const found: Found[] = [];
  const seen = new Set<string>();
  const add = (f: Found) => {
    if (seen.has(f.arn)) return;
    seen.add(f.arn);
    found.push(f);
  };
  for (const [family, listed] of items) {
    for (const item of listed) {
      const runId = await runTagOf(session, tagsOp, item);
      if (runId !== undefined && wanted(runId)) add({ service: spec.service, family, arn: item.arn, runId });
    }
  }
  // The children of every parent found, tagged or not.
  for (const [family, listed] of items)
    for (const item of listed)
      if (item.parentArn && seen.has(item.parentArn))
        add({ service: spec.service, family, arn: item.arn, parentArn: item.parentArn });
  return { found, unsearched };
}

export interface Removal {
  removed: string[];
  /** ARNs that are still there, each with why. */
  failed: { arn: string; why: string }[];
}

/** Deletes the ARNs of one service in dependency order; an ARN already gone counts as removed. */
export async function removeAll(session: Session, spec: ServiceSpec, arns: readonly string[]): Promise<Removal> {
  const families = deletionOrder(resourceFamilies(spec));
  const result: Removal = { removed: [], failed: [] };
  const byFamily = new Map<ResourceFamily, string[]>();
  for (const arn of new Set(arns)) {
    const family = familyOfArn(families, arn);
    if (!family?.remove) {
      result.failed.push({
        arn,
        why: family ? `the spec has no operation that deletes a ${family.kind.key}` : "no resource family has this ARN",
      });
      continue;
    }
    byFamily.set(family, [...(byFamily.get(family) ?? []), arn]);
  }
  for (const family of families) {
    const remove = family.remove;
    if (!remove) continue;
    for (const arn of byFamily.get(family) ?? []) {
      let e: Exchange;
      try {
        e = await session.call(remove.op, { [remove.member]: arn });
      } catch (error) {
        result.failed.push({ arn, why: redactText((error as Error).message) });
        continue;
      }
      refused(e, remove.op);
      if (succeeded(e) || e.response?.status === 404) result.removed.push(arn);
      else result.failed.push({ arn, why: redactText(describeResponse(e)).slice(0, 300) });
    }
  }
  return result;
}
