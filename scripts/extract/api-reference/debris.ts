// What the PDF conversion leaves between the lines that carry facts.
import { isBlank, type Line } from "../text/lines.ts";

/** A code fence; the PDF conversion leaves them wherever a page break cut a code block. */
function isFence(line: Line): boolean {
  return /^\s*```\s*$/.test(line.text);
}

/** Blank lines and stray fences carry nothing: they are where the PDF's pages broke. */
export function isDebris(line: Line): boolean {
  return isBlank(line) || isFence(line);
}
