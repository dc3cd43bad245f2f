// The document as numbered lines, and the error every parser in this folder throws.
//
// Parsers take slices of `Line`s rather than strings so that every fact they read keeps the
// 1-based line it came from, even after page-break debris has been skipped.

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

/** A code fence; the PDF conversion leaves them wherever a page break cut a code block. */
export function isFence(line: Line): boolean {
  return /^\s*```\s*$/.test(line.text);
}

/** Blank lines and stray fences carry nothing: they are where the PDF's pages broke. */
export function isDebris(line: Line): boolean {
  return isBlank(line) || isFence(line);
}

export function source(document: string, line: Line | number): Source {
  return { doc: document, line: typeof line === "number" ? line : line.n };
}

/** Thrown for any text the extractor cannot read: names the document, the line and what it expected. */
export class ExtractionError extends Error {
  constructor(
    readonly document: string,
    readonly line: number,
    readonly expected: string,
    readonly found?: string,
  ) {
    super(
      `${document}:${line}: expected ${expected}` +
        (found === undefined ? "" : `, found ${JSON.stringify(found)}`),
    );
    this.name = "ExtractionError";
  }
}
