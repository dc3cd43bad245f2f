// A method's "Exceptions" list: `• IVS.Client.exceptions.ResourceNotFoundException`. The document
// gives names only; the HTTP status is left absent, not defaulted.

import type { ErrorRef } from "../../model/api-model.ts";
import { ExtractionError, isBlank, type Line, source } from "../text/lines.ts";

const EXCEPTION = /^\s*•\s*[A-Za-z0-9]+\.Client\.exceptions\.([A-Za-z0-9]+)$/;

/** Reads the exception bullets in lines [from, to). */
export function readExceptions(document: string, lines: readonly Line[], from: number, to: number): ErrorRef[] {
  const errors: ErrorRef[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const m = EXCEPTION.exec(line.text);
    if (!m)
      throw new ExtractionError(document, line.n, `an exception "• <Service>.Client.exceptions.<Name>"`, line.text);
    errors.push({ name: m[1]!, source: source(document, line) });
  }
  return errors;
}
