// The API model: what every extractor yields and what the OpenAPI emitter reads.
//
// One shape for all four document kinds, so that the merge can compare them fact by fact.
// Every fact carries its provenance (document and line); a fact the documents do not state is
// absent, never defaulted. Constraints use Smithy's semantics (see ../../ARCHITECTURE.md):
// lengths count code points, ranges are inclusive, patterns are unanchored ECMA-262.

/** Where a fact was read: a file in spec/sources/ and a 1-based line, or an SDK package. */
export interface Source {
  /** File name in spec/sources/ (e.g. `ivs-api-reference-2025-02-28.txt`), or `sdk`. */
  doc: string;
  /** 1-based line in that file; for `sdk`, absent. */
  line?: number;
  /** For `sdk`: the package and schema the fact came from (e.g. `@aws-sdk/client-ivs-realtime#CreateStage`). */
  ref?: string;
}

/** A value together with where it was read. */
export interface Fact<T> {
  value: T;
  source: Source;
}

export type ServiceName = "ivs" | "ivs-realtime";

/** Scalar and aggregate kinds, as the documents name them (Smithy's simple types). */
export type Kind =
  | "string"
  | "boolean"
  | "integer"
  | "long"
  | "float"
  | "double"
  /** A number no source narrows: the SDK's compact schemas have one code for every numeric type. */
  | "number"
  | "timestamp"
  | "blob"
  | "structure"
  | "list"
  | "map";

/** Inclusive bounds; either side may be absent ("Minimum length of 1." alone). */
export interface Bounds {
  min?: number;
  max?: number;
}

/**
 * Constraints on one type node. Which ones apply depends on the kind:
 * strings take length/pattern/enum, numbers take range, lists and maps take size.
 */
export interface Constraints {
  /** String length in code points ("Length Constraints"). "Fixed length of 2" is {min: 2, max: 2}. */
  length?: Fact<Bounds>;
  /** ECMA-262 source, rendering artifacts already repaired, anchors exactly as documented. */
  pattern?: Fact<string>;
  /** "Valid Values", in documented order. */
  enum?: Fact<string[]>;
  /** Numeric range ("Valid Range"). */
  range?: Fact<Bounds>;
  /** List items ("Array Members") or map entries ("Map Entries"). */
  size?: Fact<Bounds>;
}

/** A type, possibly nested: a list's items and a map's keys and values are TypeRefs too. */
export interface TypeRef {
  kind: Kind;
  /** For structures: the named shape (Data Types entry, e.g. `Channel`), when the documents name one. */
  shape?: string;
  /** For structures the documents describe inline (changelog pages, boto3): their members. */
  members?: Member[];
  /** For lists. */
  items?: TypeRef;
  /** For maps (keys are always strings). */
  key?: TypeRef;
  value?: TypeRef;
  constraints: Constraints;
  source: Source;
}

/** Where a request member travels. Response members are `body` unless bound to a header. */
export type Location = "body" | "path" | "query" | "header";

export interface Member {
  name: string;
  type: TypeRef;
  /**
   * Whether the member must be present. Absent when the document does not say (the API
   * reference's Response Elements, boto3 response structures): absent is "not stated", not `false`.
   */
  required?: Fact<boolean>;
  documentation?: Fact<string>;
  /** Absent means `body`. */
  location?: Fact<{ in: Location; name: string }>;
  source: Source;
}

/** A named structure (the Data Types section) or an error shape. */
export interface Shape {
  name: string;
  members: Member[];
  documentation?: Fact<string>;
  source: Source;
}

export interface HttpBinding {
  method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  /** As documented, with `{name}` for path members: `/tags/{resourceArn}`. */
  path: string;
  /** The documented success status: 200, or 204 where the body is empty. */
  status: number;
}

export interface ErrorRef {
  name: string;
  /** The HTTP status the operation's own error list gives (operation lists beat Common Errors). */
  status?: Fact<number>;
  source: Source;
}

export interface Pagination {
  inputToken: string;
  outputToken: string;
  pageSize?: string;
  /** The output member that holds the page's items (a list). */
  items: string;
}

export interface Operation {
  name: string;
  documentation?: Fact<string>;
  http?: Fact<HttpBinding>;
  input: Member[];
  output: Member[];
  /**
   * The errors the operation declares. Absent when the document gives no error list for it (the
   * changelog pages, the CLI overview, an API reference action whose Errors part only points to
   * Common Errors, a boto3 method without an Exceptions list); `[]` only when the document states
   * that there are none.
   */
  errors?: ErrorRef[];
  pagination?: Fact<Pagination>;
  source: Source;
}

/** Whether an operation comes from the SDK's model alone: no document states it. */
export const isSdkOnly = (op: Operation): boolean => op.source.doc === "sdk";

/** A resource group of the service overview ("Channel Endpoints": CreateChannel, ...). */
export interface ResourceGroup {
  name: string;
  operations: string[];
  source: Source;
}

/** Two renderings of one fact inside a single document, and which one was kept. */
export interface Reconciliation {
  /** Dotted path of the fact, e.g. `shapes.MultitrackInputConfiguration.maximumResolution.enum`. */
  fact: string;
  kept: Fact<unknown>;
  dropped: Fact<unknown>[];
  reason: string;
}

/** What an older document said differently about a fact the merge took from a newer one. */
export interface HistoryEntry {
  fact: string;
  current: Fact<unknown>;
  previous: Fact<unknown>;
}

export interface ServiceInfo {
  serviceId?: Fact<string>;
  apiVersion?: Fact<string>;
  signingName?: Fact<string>;
  endpointPrefix?: Fact<string>;
  protocol?: Fact<string>;
  title?: Fact<string>;
}

/** One document's (or the merged) view of one service. */
export interface ApiModel {
  service: ServiceName;
  info: ServiceInfo;
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
  /** Error shapes with their default status (the status the error itself declares, if any). */
  errors: Record<string, { name: string; status?: Fact<number>; members: Member[]; source: Source }>;
  groups: ResourceGroup[];
  reconciliations: Reconciliation[];
  history: HistoryEntry[];
}

/** The result of one extractor run over one document. */
export interface Extraction {
  document: string;
  models: ApiModel[];
}

export function emptyModel(service: ServiceName): ApiModel {
  return {
    service,
    info: {},
    operations: {},
    shapes: {},
    errors: {},
    groups: [],
    reconciliations: [],
    history: [],
  };
}
