// One item of the drift report, and the report itself. Every item names both sides with their
// provenance (a document and line, an SDK package at its version, a conformance run), so that a
// reader can check it without this tool; an item that only one side's rendering produced is no item.
import type { ServiceName } from "../../spec/contract/service-name.ts";

/** The four comparisons: documents between versions, documents vs the SDK, vs a target, vs themselves. */
export type DriftSection = "versions" | "sdk" | "target" | "self";

/** One side of a comparison: where the fact was read, and what it said there (absent: nothing). */
export interface DriftSide {
  /** A document in spec/sources/, `@aws-sdk/client-ivs@3.1136.0`, or `conformance run <startedAt> against <target>`. */
  source: string;
  line?: number;
  /** What this side states; absent when the fact does not exist on this side. */
  value?: unknown;
}

export interface DriftItem {
  section: DriftSection;
  /** Stable, kebab-case: `operation-added`, `enum-value-added`, `required-differs`, `pattern-reading`, ... */
  kind: string;
  service: ServiceName;
  operation?: string;
  /** A member path as the spec names it: `CreateChannel.input.type`, `Channel.preset`. */
  member?: string;
  /** One sentence a reader can act on. */
  summary: string;
  /** The older or documented side. */
  left: DriftSide;
  /** The newer side: the newer document, the SDK, the target, or the other place in the same document. */
  right: DriftSide;
  /** For target items: the failure or observation id that replays it (`npm run conformance -- --replay`). */
  replay?: string;
  /** For SDK items: when the SDK learned it, where the package's changelog says. */
  dated?: string;
}

export interface DriftSectionReport {
  /** One line: what the section found, counted (`ivs: 7 new, 3 updated api methods`). */
  headline: string;
  items: DriftItem[];
}

export interface DriftReport {
  format: "ivs-drift/1";
  generatedAt: string;
  sections: Record<DriftSection, DriftSectionReport>;
}
