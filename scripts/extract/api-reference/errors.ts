// Error lists: an operation's "Errors" section and the document's "Common Errors" section.
//
// Both are blocks of: name line, optional description paragraphs, "HTTP Status Code: N". The
// operation lists are authoritative for their operation; Common Errors lists errors common to all
// AWS services with the statuses of the query protocols (ThrottlingException 400 there, 429 in the
// IVS operations), so they are kept only as defaults.

import type { ErrorRef } from "../../model/api-model.ts";
import { ExtractionError, type Line, source } from "../text/lines.ts";
import { isDebris } from "./debris.ts";
import { identifierOf, unlink } from "./markup.ts";

interface ErrorEntry {
  ref: ErrorRef;
  description?: string;
}

const STATUS = /^HTTP Status Code: (\d{3})$/;

/** Sentences that introduce an error list rather than belong to an entry. */
const BOILERPLATE = [
  /^For information about the errors that are common to all actions, see \[Common Errors\]\(#\)\.$/,
  /^This section lists the errors common to the API actions of all AWS services\./,
];

export function parseErrorList(lines: Line[], document: string): ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  let current: { entry: ErrorEntry; description: string[] } | undefined;
  const close = (): void => {
    if (!current) return;
    if (current.entry.ref.status === undefined) {
      throw new ExtractionError(
        document,
        current.entry.ref.source.line ?? 0,
        `an "HTTP Status Code:" line for error "${current.entry.ref.name}"`,
      );
    }
    if (current.description.length > 0) current.entry.description = current.description.join("\n\n");
    current = undefined;
  };

  for (const line of lines) {
    if (isDebris(line) || BOILERPLATE.some((re) => re.test(line.text.trim()))) continue;
    const name = identifierOf(line.text);
    if (name !== undefined) {
      close();
      current = { entry: { ref: { name, source: source(document, line) } }, description: [] };
      entries.push(current.entry);
      continue;
    }
    if (!current) throw new ExtractionError(document, line.n, "an error name line", line.text);
    const status = STATUS.exec(line.text.trim());
    if (status) {
      if (current.entry.ref.status !== undefined) {
        throw new ExtractionError(document, line.n, `one status for error "${current.entry.ref.name}"`, line.text);
      }
      current.entry.ref.status = { value: Number(status[1]), source: source(document, line) };
    } else if (current.entry.ref.status === undefined) {
      current.description.push(unlink(line.text.trim()));
    } else {
      throw new ExtractionError(document, line.n, "the next error name line", line.text);
    }
  }
  close();

  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.ref.name)) {
      throw new ExtractionError(document, e.ref.source.line ?? 0, `error "${e.ref.name}" listed once`);
    }
    names.add(e.ref.name);
  }
  return entries;
}
