// The Introduction's endpoint lists ("Channel Endpoints" followed by "• CreateChannel — ...").
// They are the document's own list of its operations under their AWS names, which is what turns a
// method name into an operation name without guessing at acronyms.

import type { ResourceGroup } from "../../model/api-model.ts";
import { ExtractionError, type Line, source } from "../text/lines.ts";

interface Introduction {
  groups: ResourceGroup[];
  /** Every operation name the endpoint lists give. */
  operations: Set<string>;
}

const HEADING = /^\S.* Endpoints$/;
const BULLET = /^\s*•\s*/;
const ENDPOINT = /^\s*•\s*([A-Z][A-Za-z0-9]+) — \S/;

/** Reads the endpoint lists in lines [0, end). */
export function readIntroduction(document: string, lines: readonly Line[], end: number): Introduction {
  const groups: ResourceGroup[] = [];
  for (let i = 0; i < end; i++) {
    const heading = lines[i]!;
    if (!HEADING.test(heading.text)) continue;
    // An explanatory paragraph may stand between the heading and its list.
    let j = i + 1;
    while (j < end && !BULLET.test(lines[j]!.text)) j++;
    const operations: string[] = [];
    for (; j < end && BULLET.test(lines[j]!.text); j++) {
      const m = ENDPOINT.exec(lines[j]!.text);
      if (!m)
        throw new ExtractionError(
          document,
          lines[j]!.n,
          `"• OperationName — description" in the list under "${heading.text}"`,
          lines[j]!.text,
        );
      operations.push(m[1]!);
    }
    if (operations.length === 0)
      throw new ExtractionError(document, heading.n, `a list of operations under "${heading.text}"`);
    groups.push({ name: heading.text, operations, source: source(document, heading) });
  }
  return { groups, operations: new Set(groups.flatMap((g) => g.operations)) };
}
