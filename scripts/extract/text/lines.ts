// The document as numbered lines, and the error every extractor throws (all document kinds).
//
// Parsers work on `Line`s rather than strings so that every fact keeps the 1-based line it was
// read from, whatever was skipped around it.

import type { Source } from "../../model/api-model.ts";

export interface Line {
  /** 1-based line number in the source document. */
  n: number;
  text: string;
}

export function toLines(text: string): Line[] {
  return text.split(/\r?\n/).map((t, i) => ({ n: i + 1, text: t.replace(/\s+$/, "") }));
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === "";
}

export function source(document: string, line: Line | number): Source {
  return { doc: document, line: typeof line === "number" ? line : line.n };
}

/** Thrown for any text an extractor cannot read: names the document, the line and what it expected. */
export class ExtractionError extends Error {
  constructor(
    readonly document: string,
    readonly line: number,
    readonly expected: string,
    readonly found?: string,
  ) {
    super(
      `${document}:${line}: expected ${expected}` +
        (found === undefined
          ? ""
          : `, found ${JSON.stringify(found.length > 120 ? `${found.slice(0, 120)}...` : found)}`),
    );
    this.name = "ExtractionError";
  }
}

/**
 * The 0-based index of the first line in [from, to) whose trimmed text is `text` (or satisfies
 * the predicate); -1 when there is none.
 */
export function findLine(
  lines: readonly Line[],
  from: number,
  to: number,
  text: string | ((text: string) => boolean),
): number {
  const matches = typeof text === "string" ? (t: string) => t === text : text;
  for (let i = from; i < Math.min(to, lines.length); i++) if (matches(lines[i]!.text.trim())) return i;
  return -1;
}

/** The 0-based index of the first non-blank line at or after `from` (before `to`); -1 when there is none. */
export function nextNonBlank(lines: readonly Line[], from: number, to: number): number {
  return findLine(lines, from, to, (t) => t !== "");
}
