// Rules the documentation states in prose, which JSON Schema cannot carry: a member allowed only
// with another's value, filters that exclude each other, a byte limit. A target may reject a
// request that breaks one with ValidationException and still conform, so valid inputs (and the
// valid base of every invalid case) keep to them. Each rule quotes where it is documented.
// Also here: what each documented list filter keeps (listFilters), read from its documentation.

import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import type { OperationInput, OperationName } from "../../spec/contract/operation-types.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import type { Input } from "./arbitraries/input-arbitrary.ts";

export interface DocumentedRule {
  id: string;
  service: ServiceName;
  operations: readonly string[];
  /** The documentation's words, and where they are (a schema's description in the spec). */
  documented: string;
  holds(input: Input): boolean;
}

/**
 * A rule over the inputs of `operations`, typed with the generated types (spec/contract/operation-types.ts):
 * a member renamed in the spec fails `tsc` here. Inputs are generated from the same spec.
 */
function rule<S extends ServiceName, const N extends OperationName<S>>(r: {
  id: string;
  service: S;
  operations: readonly N[];
  documented: string;
  holds(input: OperationInput<S, N>): boolean;
}): DocumentedRule {
  return { ...r, holds: (input) => r.holds(input as OperationInput<S, N>) };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined);
const present = (input: Input, names: readonly string[]) => names.filter((n) => input[n] !== undefined).length;
const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");

const ADVANCED = new Set(["ADVANCED_HD", "ADVANCED_SD"]);

export const DOCUMENTED_RULES: readonly DocumentedRule[] = [
  rule({
    id: "preset-needs-advanced-type",
    service: "ivs",
    operations: ["CreateChannel", "UpdateChannel"],
    documented: 'CreateChannelRequest.preset: "This is selectable only for ADVANCED_HD and ADVANCED_SD channel types."',
    holds: (i) => i.preset === undefined || ADVANCED.has(String(i.type)),
  }),
  rule({
    id: "multitrack-needs-standard-fmp4",
    service: "ivs",
    operations: ["CreateChannel", "UpdateChannel"],
    documented:
      'MultitrackInputConfiguration.enabled: "Can be set to true only if channel type is STANDARD ... ' +
      "If true, then policy, maximumResolution, and containerFormat are required, " +
      'and containerFormat must be set to FRAGMENTED_MP4."',
    holds: (i) => {
      const m = obj(i.multitrackInputConfiguration);
      if (m?.enabled !== true) return true;
      return (
        i.type === "STANDARD" &&
        m.policy !== undefined &&
        m.maximumResolution !== undefined &&
        i.containerFormat === "FRAGMENTED_MP4"
      );
    },
  }),
  rule({
    id: "multitrack-holds-after-update",
    service: "ivs",
    operations: ["UpdateChannel"],
    documented:
      "MultitrackInputConfiguration.enabled: " +
      '"Setting enabled to true with any other channel type will cause an exception." ' +
      "The rule holds for the channel as updated, whose stored multitrack setting the suite does not track: " +
      "an update that makes the type other than STANDARD, or the container TS, states multitrack disabled.",
    holds: (i) => {
      const leavesMultitrackPossible = (i.type !== undefined && i.type !== "STANDARD") || i.containerFormat === "TS";
      return !leavesMultitrackPossible || obj(i.multitrackInputConfiguration)?.enabled === false;
    },
  }),
  rule({
    id: "one-destination",
    service: "ivs",
    operations: ["CreateRecordingConfiguration"],
    documented:
      'DestinationConfiguration: "For recording, you define one and only one type of destination configuration."',
    holds: (i) => obj(obj(i.destinationConfiguration)?.s3) !== undefined,
  }),
  rule({
    id: "custom-renditions-listed",
    service: "ivs",
    operations: ["CreateRecordingConfiguration"],
    documented:
      'RenditionConfiguration.renditionSelection: "If CUSTOM is specified, ' +
      'a set of renditions must be specified in the renditions field."',
    holds: (i) => {
      const r = obj(i.renditionConfiguration);
      return r?.renditionSelection !== "CUSTOM" || (Array.isArray(r.renditions) && r.renditions.length > 0);
    },
  }),
  rule({
    id: "thumbnail-interval-only-when-interval",
    service: "ivs",
    operations: ["CreateRecordingConfiguration"],
    documented:
      "ThumbnailConfiguration.targetIntervalSeconds: " +
      '"This is configurable (and required) only if recordingMode is INTERVAL."',
    holds: (i) => {
      const t = obj(i.thumbnailConfiguration);
      return !t || t.targetIntervalSeconds === undefined || t.recordingMode !== "DISABLED";
    },
  }),
  rule({
    id: "metadata-at-most-1kb",
    service: "ivs",
    operations: ["PutMetadata"],
    documented: 'PutMetadataRequest.metadata: "Maximum: 1 KB per request."',
    holds: (i) => typeof i.metadata !== "string" || utf8Bytes(i.metadata) <= 1024,
  }),
  rule({
    id: "rtmp-needs-insecure-ingest",
    service: "ivs-realtime",
    operations: ["CreateIngestConfiguration"],
    documented:
      'CreateIngestConfigurationRequest.ingestProtocol: "If this is set to RTMP, insecureIngest must be set to true."',
    holds: (i) => i.ingestProtocol !== "RTMP" || i.insecureIngest === true,
  }),
  rule({
    id: "one-ingest-filter",
    service: "ivs-realtime",
    operations: ["ListIngestConfigurations"],
    documented:
      "ListIngestConfigurationsRequest.filterByStageArn: " +
      '"Only one filter (by stage ARN or by state) can be used at a time."',
    holds: (i) => present(i, ["filterByStageArn", "filterByState"]) <= 1,
  }),
  rule({
    id: "one-participant-filter",
    service: "ivs-realtime",
    operations: ["ListParticipants"],
    documented:
      'ListParticipantsRequest.filterByUserId: "Only one of filterByUserId, filterByPublished, filterByState, ' +
      'or filterByRecordingState can be provided per request."',
    holds: (i) => present(i, ["filterByUserId", "filterByPublished", "filterByState", "filterByRecordingState"]) <= 1,
  }),
  rule({
    id: "attributes-at-most-1kb",
    service: "ivs-realtime",
    operations: ["CreateIngestConfiguration", "StartParticipantReplication", "CreateStage"],
    documented: 'attributes: "The maximum length of this field is 1 KB total."',
    holds: (i) => {
      const maps: Obj[] = [];
      if ("attributes" in i && i.attributes) maps.push(i.attributes);
      if ("participantTokenConfigurations" in i) {
        for (const c of i.participantTokenConfigurations ?? []) if (c.attributes) maps.push(c.attributes);
      }
      return maps.every(
        (m) => Object.entries(m).reduce((n, [k, v]) => n + utf8Bytes(k) + utf8Bytes(String(v)), 0) <= 1024,
      );
    },
  }),
  rule({
    id: "replication-to-another-stage",
    service: "ivs-realtime",
    operations: ["StartParticipantReplication", "StopParticipantReplication"],
    documented:
      'StartParticipantReplication: "Starts replicating a publishing participant from a source stage ' +
      'to a destination stage." (implied: the destination is another stage)',
    holds: (i) => i.sourceStageArn === undefined || i.sourceStageArn !== i.destinationStageArn,
  }),
];

/**
 * Rules an operation no document states takes from the SDK's model's own documentation (the
 * typings of the package the spec read it from), which the spec does not carry.
 */
const SDK_MODEL_RULES: readonly DocumentedRule[] = [
  rule({
    id: "composition-destinations",
    service: "ivs-realtime",
    operations: ["StartComposition"],
    documented:
      "the SDK's model (@aws-sdk/client-ivs-realtime), Composition.destinations: " +
      '"A Composition can contain either one destination (channel or s3) or two (one channel and one s3)"; ' +
      'DestinationConfiguration.channel and .s3: "Either a channel or an s3 must be specified."',
    holds: (i) => {
      const destinations = i.destinations ?? [];
      const channels = destinations.filter((d) => d.channel).length;
      const s3 = destinations.filter((d) => d.s3).length;
      return destinations.length >= 1 && destinations.every((d) => !d.channel !== !d.s3) && channels <= 1 && s3 <= 1;
    },
  }),
];

export const ALL_RULES: readonly DocumentedRule[] = [...DOCUMENTED_RULES, ...SDK_MODEL_RULES];

export function rulesFor(service: ServiceName, operation: string): DocumentedRule[] {
  return ALL_RULES.filter((r) => r.service === service && r.operations.includes(operation));
}

export const satisfiesRules = (rules: readonly DocumentedRule[]) => (input: Input) =>
  rules.every((r) => r.holds(input));

/** Existing resources of a kind (`recording-configuration`), made when there are none. */
type ResourcesOfKind = (kind: string) => Promise<{ arn: string; output: Record<string, unknown> }[]>;

/** A conflict the documentation states in prose, and how to make a request that meets it. */
export interface DocumentedConflict {
  service: ServiceName;
  operation: string;
  documented: string;
  /** Whether a valid input stays clear of the conflict (checks that expect another answer need that). */
  avoids(input: Input): boolean;
  /** From a valid input and existing resources, an input that must conflict (or why none). */
  build(valid: Input, resources: ResourcesOfKind): Promise<Input | string>;
}

/** A conflict over one operation's input, typed with the generated types (see `rule`). */
function conflict<S extends ServiceName, const N extends OperationName<S>>(c: {
  service: S;
  operation: N;
  documented: string;
  avoids(input: OperationInput<S, N>): boolean;
  build(valid: OperationInput<S, N>, resources: ResourcesOfKind): Promise<OperationInput<S, N> | string>;
}): DocumentedConflict {
  return {
    ...c,
    avoids: (input) => c.avoids(input as OperationInput<S, N>),
    build: (valid, resources) => c.build(valid as OperationInput<S, N>, resources) as Promise<Input | string>,
  };
}

export const DOCUMENTED_CONFLICTS: readonly DocumentedConflict[] = [
  conflict({
    service: "ivs",
    operation: "ListChannels",
    avoids: (i) =>
      present(i, ["filterByName", "filterByRecordingConfigurationArn", "filterByPlaybackRestrictionPolicyArn"]) <= 1,
    documented:
      'ListChannels: "Filters are mutually exclusive and cannot be used together. ' +
      'If you try to use both filters, you will get an error (409 Conflict Exception)." (service overview)',
    async build(valid, resources) {
      const [config] = await resources("recording-configuration");
      if (!config) return "no recording configuration could be made";
      const { filterByPlaybackRestrictionPolicyArn: _, ...rest } = valid;
      return {
        ...rest,
        filterByName: typeof valid.filterByName === "string" && valid.filterByName ? valid.filterByName : "conformance",
        filterByRecordingConfigurationArn: config.arn,
      };
    },
  }),
];

export const avoidsConflicts = (service: ServiceName, operation: string) => {
  const conflicts = DOCUMENTED_CONFLICTS.filter((c) => c.service === service && c.operation === operation);
  return (input: Input) => conflicts.every((c) => c.avoids(input));
};

/**
 * A filter of a list (an optional `filterBy*` input member, or a member of an optional `filterBy`
 * object), the item member it keeps items by, and what keeping means, read from the spec: its
 * documentation ("Filters the channel list to match the specified name.") and its schema.
 *
 * - An enum, a boolean or an ARN is matched by equality: "match the specified policy", "only show
 *   participants in the specified state". A boolean that says "only show participants who
 *   published" is judged for `true` alone: what `false` keeps, the documentation leaves open.
 * - Any other string ("match the specified name", "the specified user ID") is not said to match
 *   exactly, by prefix or as a substring. Only what every reading agrees on is judged: each item
 *   kept contains the value (letter case aside), and an item whose member is exactly the value is kept.
 */
export interface ListFilter {
  /** The input path: `["filterByName"]`, or `["filterBy", "health"]`. */
  path: readonly string[];
  /** The item member the filter keeps items by (`name`, `health`). */
  itemMember: string;
  match: "equals" | "contains";
  /** The values it is judged with when it has a closed set of them (an enum; `true`). */
  values?: readonly unknown[];
  /** The documentation's words, and the reading judged when they leave one open. */
  documented: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function listFilter(
  path: readonly string[],
  schema: JsonSchema,
  description: string | undefined,
  itemMembers: Record<string, unknown>,
): ListFilter | undefined {
  const name = path.at(-1)!;
  const itemMember = path.length === 1 ? lowerFirst(name.replace(/^filterBy/, "")) : name;
  if (!(itemMember in itemMembers)) return undefined;
  const said = `${path.join(".")}: "${description ?? schema.description ?? "(undocumented)"}"`;
  if (schema.enum) return { path, itemMember, match: "equals", values: schema.enum, documented: said };
  if (schema.type === "boolean")
    return {
      path,
      itemMember,
      match: "equals",
      values: [true],
      documented: `${said} (judged for true alone: what false keeps is not stated)`,
    };
  if (schema.type !== "string") return undefined;
  if (/Arn$/.test(name) || /arn:aws/.test(schema.pattern ?? ""))
    return { path, itemMember, match: "equals", documented: said };
  return {
    path,
    itemMember,
    match: "contains",
    documented:
      `${said} (exact, prefix or substring matching is not stated: judged is what every reading keeps, ` +
      "items that contain the value, letter case aside, and that an item equal to it is kept)",
  };
}

/** The documented filters of a paginated list (see ListFilter). */
export function listFilters(op: OperationSpec): ListFilter[] {
  const items = op.pagination ? op.successSchema?.properties?.[op.pagination.items]?.items?.properties : undefined;
  if (!items) return [];
  const out: ListFilter[] = [];
  for (const m of op.input) {
    if (m.required || !/^filterBy/.test(m.name)) continue;
    if (m.schema.type === "object" && m.schema.properties) {
      for (const [name, s] of Object.entries(m.schema.properties)) {
        const f = listFilter([m.name, name], s, `${m.description ?? ""} ${name}: ${s.description ?? ""}`, items);
        if (f) out.push(f);
      }
    } else {
      const f = listFilter([m.name], m.schema, m.description, items);
      if (f) out.push(f);
    }
  }
  return out;
}
