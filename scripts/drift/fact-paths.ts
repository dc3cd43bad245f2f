// Shared helpers for comparing two models fact by fact (../merge/flatten-facts.ts paths):
// `CreateChannel.input.type.enum` splits into the member path `CreateChannel.input.type` and the
// fact kind `enum`; `CreateChannel.errors.X` is an error fact.
import type { Fact, Source } from "../model/api-model.ts";
import type { DriftSide } from "./drift-item.ts";

export const CONSTRAINTS = ["length", "pattern", "enum", "range", "size"] as const;

/** `CreateChannel.input.type.enum` -> { member: `CreateChannel.input.type`, kind: `enum` }. */
export function splitFact(fact: string): { member: string; kind: string } {
  const cut = fact.lastIndexOf(".");
  return { member: fact.slice(0, cut), kind: fact.slice(cut + 1) };
}

/** The member path a nested member hangs from: `Op.output.channels[].preset` -> `Op.output.channels`. */
export function parentMember(member: string): string {
  return member.replace(/(\[\]|\{key\}|\{value\})*\.[^.]+$/, "").replace(/(\[\]|\{key\}|\{value\})+$/, "");
}

/** Whether a member path is an operation's top-level input or output (`Op.input`). */
export const isRoot = (member: string) => /^[^.]+\.(input|output)$/.test(member);

/** A member path as it reads in a report, without the list and map markers: `Op.output.channels.preset`. */
export const readable = (member: string) => member.replace(/\[\]|\{key\}|\{value\}/g, "");

export function side(source: Source, value?: unknown): DriftSide {
  const out: DriftSide = { source: source.doc === "sdk" ? (source.ref?.split("#")[0] ?? "sdk") : source.doc };
  if (source.line !== undefined) out.line = source.line;
  if (value !== undefined) out.value = value;
  return out;
}

export const factSide = (fact: Fact<unknown>) => side(fact.source, fact.value);

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Error names as documents render them differently (`InternalServerErrorException`, `InternalServerException`). */
export const errorStem = (name: string) => name.replace(/(Exception|Error)+$/, "");
