// One Data Types entry as a Shape: its documentation and the member blocks under "Contents".

import type { Shape } from "../../model/api-model.ts";
import { source } from "../text/lines.ts";
import { type PatternRepairRecord, paragraphs, parseMemberBlocks } from "./member-blocks.ts";
import type { DataTypeSection } from "./sections.ts";

export function buildShape(
  section: DataTypeSection,
  document: string,
): { shape: Shape; repairs: PatternRepairRecord[] } {
  const { members, repairs } = parseMemberBlocks(section.contents.lines, { document });
  const shape: Shape = { name: section.name, members, source: source(document, section.heading) };
  const intro = section.intro.filter((l) => l.text.trim() !== "");
  const documentation = paragraphs(intro);
  if (documentation !== undefined) {
    shape.documentation = { value: documentation, source: source(document, intro[0]!) };
  }
  return { shape, repairs };
}
