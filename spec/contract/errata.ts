// The documentation errata (errata.json) and how the contract applies them to a copy of a spec
// document: each erratum replaces one documented keyword value with the intended one wherever the
// document carries it, and reports the JSON pointers it changed.
import { readFileSync } from "node:fs";
import type { ServiceName } from "./service-name.ts";

export interface Erratum {
  id: string;
  service: ServiceName;
  /** The source document (spec/sources/) and the lines that print the defect. */
  document: string;
  lines: number[];
  /** The members the defect affects, in words. */
  where: string;
  /** The JSON Schema keyword corrected (`pattern`). */
  keyword: string;
  documented: string;
  applied: string;
  why: string;
}

export interface AppliedErratum {
  erratum: Erratum;
  /** JSON pointers into the spec document where the documented value was replaced. */
  pointers: string[];
}

const ERRATA_FILE = new URL("./errata.json", import.meta.url);

function readErrata(): Erratum[] {
  const data = JSON.parse(readFileSync(ERRATA_FILE, "utf8")) as { errata?: unknown };
  if (!Array.isArray(data.errata)) throw new Error(`${ERRATA_FILE.pathname}: expected an "errata" array`);
  return data.errata.map((e: Record<string, unknown>, i) => {
    for (const key of ["id", "service", "document", "where", "keyword", "documented", "applied", "why"]) {
      if (typeof e[key] !== "string" || e[key] === "") {
        throw new Error(`${ERRATA_FILE.pathname}: erratum ${i} (${String(e.id)}) needs a non-empty string "${key}"`);
      }
    }
    if (!Array.isArray(e.lines) || e.lines.length === 0 || !e.lines.every(Number.isInteger)) {
      throw new Error(
        `${ERRATA_FILE.pathname}: erratum ${e.id} needs "lines", the document lines that print the defect`,
      );
    }
    return e as unknown as Erratum;
  });
}

/** Every erratum, as committed. */
export const ERRATA: readonly Erratum[] = readErrata();

const escapePointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

function replaceKeyword(node: unknown, erratum: Erratum, pointer: string, changed: string[]): void {
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  if (o[erratum.keyword] === erratum.documented) {
    o[erratum.keyword] = erratum.applied;
    changed.push(pointer);
  }
  for (const [k, v] of Object.entries(o)) replaceKeyword(v, erratum, `${pointer}/${escapePointer(k)}`, changed);
}

/** Corrects `document` in place; returns the errata that found something to correct, with where. */
export function applyErrata(service: ServiceName, document: Record<string, unknown>): AppliedErratum[] {
  const applied: AppliedErratum[] = [];
  for (const erratum of ERRATA) {
    if (erratum.service !== service) continue;
    const pointers: string[] = [];
    replaceKeyword(document, erratum, "#", pointers);
    if (pointers.length > 0) applied.push({ erratum, pointers });
  }
  return applied;
}
