// The document's outline: title page, Actions, Data Types, Common Errors.
//
// The table of contents repeats every heading with a tab and a page number, so headings are found
// as lines equal to their text, searched in document order from the list that introduces them
// ("The following actions are supported:"). Those lists are the authority for what exists; a page
// break may leave a gap inside them.

import { ExtractionError, type Line } from "../text/lines.ts";
import { isDebris } from "./debris.ts";

export const ACTION_PARTS = [
  "Request Syntax",
  "URI Request Parameters",
  "Request Body",
  "Response Syntax",
  "Response Elements",
  "Errors",
  "See Also",
] as const;
type ActionPart = (typeof ACTION_PARTS)[number];

interface Part {
  heading: Line;
  /** The lines after the heading, up to the next part's heading. */
  lines: Line[];
}

export interface ActionSection {
  name: string;
  heading: Line;
  /** Lines between the action's heading and "Request Syntax": its documentation. */
  intro: Line[];
  parts: Record<ActionPart, Part>;
}

export interface DataTypeSection {
  name: string;
  heading: Line;
  intro: Line[];
  contents: Part;
}

interface Sections {
  title?: Line;
  apiVersion?: Line;
  /** The list items naming the actions, in order. */
  actionList: { name: string; line: Line }[];
  actions: ActionSection[];
  dataTypeList: { name: string; line: Line }[];
  dataTypes: DataTypeSection[];
  commonErrors: Part;
}

export function splitSections(lines: Line[], document: string): Sections {
  const find = finder(lines, document);
  const apiVersion = lines.find((l) => /^API Version \d{4}-\d{2}-\d{2}$/.test(l.text.trim()));
  const title = lines.find((l) => /^Amazon IVS: .+API Reference$/.test(l.text.trim()));

  const actionsHeading = find.next("Actions", 0);
  const actionListIntro = find.next("The following actions are supported:", actionsHeading + 1);
  const actionList = listAfter(lines, actionListIntro, document);
  const actionStarts = headingsInOrder(
    actionList.map((a) => a.name),
    lines.indexOf(actionList.at(-1)!.line) + 1,
    find.next,
  );
  const dataTypesHeading = find.next("Data Types", actionStarts.at(-1)! + 1);
  const actions = actionList.map((_, i) =>
    readAction(lines.slice(actionStarts[i], actionStarts[i + 1] ?? dataTypesHeading), document),
  );

  const dataTypeIntro = find.next("The following data types are supported:", dataTypesHeading + 1);
  const dataTypeList = listAfter(lines, dataTypeIntro, document);
  const shapeStarts = headingsInOrder(
    dataTypeList.map((d) => d.name),
    lines.indexOf(dataTypeList.at(-1)!.line) + 1,
    find.next,
  );
  const afterLastShape = shapeStarts.at(-1)! + 1;
  const commonErrorsHeading = find.next("Common Errors", afterLastShape);
  // The Data Types section ends at the next top-level heading after its last entry.
  const dataTypesEnd = Math.min(
    commonErrorsHeading,
    ...["Channel Types", "Common Parameters"]
      .map((h) => find.find(h, afterLastShape, commonErrorsHeading))
      .filter((n): n is number => n !== undefined),
  );
  const dataTypes = dataTypeList.map((_, i) =>
    readDataType(lines.slice(shapeStarts[i], shapeStarts[i + 1] ?? dataTypesEnd), document),
  );

  return {
    ...(title && { title }),
    ...(apiVersion && { apiVersion }),
    actionList,
    actions,
    dataTypeList,
    dataTypes,
    commonErrors: { heading: lines[commonErrorsHeading]!, lines: lines.slice(commonErrorsHeading + 1) },
  };
}

/** One action: its heading (the first non-blank line), documentation, then the seven parts in order. */
export function readAction(lines: Line[], document: string): ActionSection {
  const find = finder(lines, document);
  const start = headingIndex(lines, document);
  const name = lines[start]!.text.trim();
  const starts = headingsInOrder(ACTION_PARTS, start + 1, (p, from) =>
    find.next(p, from, lines.length, `of action ${name}`),
  );
  const parts = {} as Record<ActionPart, Part>;
  ACTION_PARTS.forEach((p, j) => {
    parts[p] = { heading: lines[starts[j]!]!, lines: lines.slice(starts[j]! + 1, starts[j + 1] ?? lines.length) };
  });
  return { name, heading: lines[start]!, intro: lines.slice(start + 1, starts[0]), parts };
}

/** One Data Types entry: heading (the first non-blank line), documentation, "Contents" up to "See Also". */
export function readDataType(lines: Line[], document: string): DataTypeSection {
  const find = finder(lines, document);
  const start = headingIndex(lines, document);
  const name = lines[start]!.text.trim();
  const contents = find.next("Contents", start + 1, lines.length, `of data type ${name}`);
  const seeAlso = find.find("See Also", contents + 1) ?? lines.length;
  return {
    name,
    heading: lines[start]!,
    intro: lines.slice(start + 1, contents),
    contents: { heading: lines[contents]!, lines: lines.slice(contents + 1, seeAlso) },
  };
}

/** The 0-based index of each heading, each searched from just after the one before it. */
function headingsInOrder(
  headings: readonly string[],
  from: number,
  next: (heading: string, from: number) => number,
): number[] {
  const starts: number[] = [];
  let cursor = from;
  for (const heading of headings) {
    const at = next(heading, cursor);
    starts.push(at);
    cursor = at + 1;
  }
  return starts;
}

function headingIndex(lines: Line[], document: string): number {
  const i = lines.findIndex((l) => !isDebris(l));
  if (i < 0 || !/^[A-Z][A-Za-z0-9]*$/.test(lines[i]!.text.trim())) {
    throw new ExtractionError(
      document,
      lines[Math.max(i, 0)]?.n ?? 0,
      "a heading naming an action or data type",
      lines[i]?.text,
    );
  }
  return i;
}

/** `- [Name](#)` items after an introducing line, through page-break gaps, up to the first other line. */
export function listAfter(lines: Line[], introIndex: number, document: string): { name: string; line: Line }[] {
  const items: { name: string; line: Line }[] = [];
  for (const line of lines.slice(introIndex + 1)) {
    if (isDebris(line)) continue;
    const m = /^- \[([A-Za-z][A-Za-z0-9]*)\]\(#\)$/.exec(line.text.trim());
    if (!m) break;
    items.push({ name: m[1]!, line });
  }
  if (items.length === 0) {
    throw new ExtractionError(document, lines[introIndex]!.n, "a list of `- [Name](#)` items after this line");
  }
  return items;
}

/** Finds lines equal to a heading's text, by 0-based index into `lines`. */
function finder(lines: Line[], document: string) {
  const find = (text: string, from: number, before = lines.length): number | undefined => {
    for (let i = from; i < Math.min(before, lines.length); i++) {
      if (lines[i]!.text.trim() === text) return i;
    }
    return undefined;
  };
  const next = (text: string, from: number, before = lines.length, context = ""): number => {
    const i = find(text, from, before);
    if (i === undefined) {
      const at = lines[Math.min(from, lines.length - 1)]?.n ?? 0;
      throw new ExtractionError(document, at, `a heading "${text}"${context ? ` ${context}` : ""} from this line on`);
    }
    return i;
  };
  return { find, next };
}
