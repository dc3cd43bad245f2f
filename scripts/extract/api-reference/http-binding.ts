// HTTP bindings from the "Request Syntax" and "Response Syntax" code blocks.
//
// Page breaks cut these blocks into several fences (sometimes the HTTP line is left outside any
// fence), so a block is reassembled from every non-debris line between its heading and the next:
// the first line is the HTTP line, then headers, then the JSON body sketch. The JSON is a sketch
// (`"name": boolean`, braces lost at page ends), so it is read for its top-level keys only.

import type { HttpBinding, Location } from "../../model/api-model.ts";
import { ExtractionError, type Line } from "../text/lines.ts";
import { isDebris } from "./debris.ts";

export interface SyntaxBlock {
  /** `POST /CreateChannel HTTP/1.1` or `HTTP/1.1 200`. */
  httpLine: Line;
  headers: Line[];
  json: Line[];
}

export function reassembleSyntax(lines: Line[], document: string, heading: Line): SyntaxBlock {
  const content = lines.filter((l) => !isDebris(l));
  const [httpLine, ...rest] = content;
  if (!httpLine) throw new ExtractionError(document, heading.n, `an HTTP line under "${heading.text}"`);
  const headers: Line[] = [];
  let i = 0;
  while (i < rest.length && /^[A-Za-z][A-Za-z-]*:\s/.test(rest[i]!.text.trim())) headers.push(rest[i++]!);
  return { httpLine, headers, json: rest.slice(i) };
}

interface RequestLine {
  method: HttpBinding["method"];
  /** The path as printed, before labels are restored. */
  path: string;
  /** `?wire=member` pairs of the request line. */
  query: { wire: string; member: string }[];
}

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;

export function parseRequestLine(line: Line, document: string): RequestLine {
  const m = /^([A-Z]+) (\/\S*) HTTP\/1\.1$/.exec(line.text.trim());
  const method = METHODS.find((x) => x === m?.[1]);
  if (!m || !method) {
    throw new ExtractionError(document, line.n, "a request line like `POST /Name HTTP/1.1`", line.text);
  }
  const [path = "", queryText] = (m[2] ?? "").split("?");
  const query = (queryText ?? "")
    .split("&")
    .filter((p) => p !== "")
    .map((pair) => {
      const [wire, member] = pair.split("=");
      if (!wire || !member) {
        throw new ExtractionError(document, line.n, "query parameters written `name=member`", pair);
      }
      return { wire, member };
    });
  return { method, path, query };
}

export function parseStatusLine(line: Line, document: string): number {
  const m = /^HTTP\/1\.1 (\d{3})$/.exec(line.text.trim());
  if (!m) throw new ExtractionError(document, line.n, "a status line like `HTTP/1.1 200`", line.text);
  return Number(m[1]);
}

interface UriBinding {
  /** The documented path with `{label}` for every path parameter. */
  path: string;
  locations: Map<string, { in: Location; name: string }>;
  /** Path segments printed without their braces, restored because they name a URI parameter. */
  restoredLabels: string[];
}

/**
 * Binds the URI request parameters to the request line. The PDF lost the braces of path labels
 * (`/tags/resourceArn`), so a literal segment equal to a URI parameter's name is that label.
 */
export function bindUri(request: RequestLine, uriParams: string[], line: Line, document: string): UriBinding {
  const locations = new Map<string, { in: Location; name: string }>();
  for (const q of request.query) {
    if (!uriParams.includes(q.member)) {
      throw new ExtractionError(document, line.n, `a URI request parameter block for query member "${q.member}"`);
    }
    locations.set(q.member, { in: "query", name: q.wire });
  }
  const restoredLabels: string[] = [];
  const segments = request.path.split("/").map((segment) => {
    const label = /^\{([A-Za-z][A-Za-z0-9]*)\+?\}$/.exec(segment)?.[1];
    const name = label ?? (uriParams.includes(segment) && !locations.has(segment) ? segment : undefined);
    if (name === undefined) return segment;
    if (!uriParams.includes(name)) {
      throw new ExtractionError(document, line.n, `a URI request parameter block for path label "${name}"`);
    }
    if (label === undefined) restoredLabels.push(name);
    locations.set(name, { in: "path", name });
    return `{${name}}`;
  });
  for (const p of uriParams) {
    if (!locations.has(p)) {
      throw new ExtractionError(document, line.n, `URI request parameter "${p}" in the path or query`, line.text);
    }
  }
  return { path: segments.join("/"), locations, restoredLabels };
}

/** The keys of the outermost JSON object of a syntax sketch, with their lines. */
export function topLevelKeys(json: Line[], document: string): { name: string; line: Line }[] {
  const keys: { name: string; line: Line }[] = [];
  let depth = 0;
  for (const line of json) {
    const text = line.text;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        depth--;
        if (depth < 0) throw new ExtractionError(document, line.n, "balanced braces in the syntax block", text);
      } else if (c === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) throw new ExtractionError(document, line.n, "a closing quote", text);
        const word = text.slice(i + 1, end);
        i = end;
        if (depth === 1 && /^\s*:/.test(text.slice(end + 1))) keys.push({ name: word, line });
      }
    }
  }
  return keys;
}
