// The sentences of constraint lines, as bounds and value lists.
//
// The reference states bounds in a fixed vocabulary ("Minimum length of 1. Maximum length of
// 128.", "Fixed length of 2.", "Minimum number of 1 item.", "Minimum value of 0."). Only what is
// stated becomes a bound: "Minimum length of 1." alone gives {min: 1}, never a made-up max.

import type { Bounds } from "../../model/api-model.ts";
import { unquote } from "./markup.ts";

/** The labels of the fact lines that follow a member's documentation. */
const FACT_LABELS = [
  "Type",
  "Length Constraints",
  "Pattern",
  "Valid Values",
  "Valid Range",
  "Array Members",
  "Map Entries",
  "Key Length Constraints",
  "Key Pattern",
  "Value Length Constraints",
  "Value Pattern",
  "Required",
] as const;
export type FactLabel = (typeof FACT_LABELS)[number];

/** Splits "Label: value" when Label is a fact label; undefined for documentation lines. */
export function factLine(text: string): { label: FactLabel; value: string } | undefined {
  const m = /^([A-Za-z ]+):\s*(.*)$/.exec(text.trim());
  if (!m) return undefined;
  const label = FACT_LABELS.find((l) => l === m[1]);
  return label === undefined ? undefined : { label, value: m[2] ?? "" };
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;

/**
 * Bounds from sentences about one noun: "length" (strings), "number" (list items, map entries),
 * "value" (numbers). Undefined when the text is not made only of such sentences.
 */
export function parseBounds(text: string, noun: "length" | "number" | "value"): Bounds | undefined {
  const unit = noun === "number" ? String.raw`\s+items?` : "";
  const sentence = new RegExp(String.raw`^(Minimum|Maximum|Fixed) ${noun} of ${NUMBER}${unit}\.\s*`);
  const bounds: Bounds = {};
  let rest = text.trim();
  if (rest === "") return undefined;
  while (rest !== "") {
    const m = sentence.exec(rest);
    if (!m) return undefined;
    const value = Number(m[2]);
    if (m[1] === "Minimum" || m[1] === "Fixed") {
      if (bounds.min !== undefined) return undefined;
      bounds.min = value;
    }
    if (m[1] === "Maximum" || m[1] === "Fixed") {
      if (bounds.max !== undefined) return undefined;
      bounds.max = value;
    }
    rest = rest.slice(m[0].length);
  }
  return bounds;
}

/** "`TS` | `FRAGMENTED_MP4`" and "TS | FRAGMENTED_MP4" alike, in documented order. */
export function parseValidValues(text: string): string[] | undefined {
  const values = text.split("|").map(unquote);
  if (values.some((v) => !/^[A-Za-z0-9_.:\-/ ]+$/.test(v) || v.trim() !== v)) return undefined;
  return values;
}

export function parseRequired(text: string): boolean | undefined {
  if (text === "Yes") return true;
  if (text === "No") return false;
  return undefined;
}
