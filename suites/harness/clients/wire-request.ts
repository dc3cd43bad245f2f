// An operation's input -> the HTTP request restJson1 puts on the wire, from the spec's binding:
// path labels URL-encoded into the path, query members (lists repeated), the rest as a JSON body.

import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";

export interface WireRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** JSON text, or deliberately malformed text; absent where the operation has no body. */
  body?: string;
}

export function wireRequest(op: OperationSpec, input: Input, rawBody?: string): WireRequest {
  let path = op.path;
  const query: Record<string, string | string[]> = {};
  const body: Record<string, unknown> = {};
  for (const member of op.input) {
    const value = input[member.name];
    if (member.in === "path") {
      path = path.replace(`{${member.wireName}}`, encodeURIComponent(value === undefined ? "" : String(value)));
    } else if (member.in === "query") {
      if (value === undefined) continue;
      query[member.wireName] = Array.isArray(value) ? value.map(String) : String(value);
    } else if (member.in === "header") {
      // No documented operation has header members; sending one unplaced would misstate the request.
      if (value !== undefined) throw new Error(`${op.name}: ${member.name} travels in a header, which is not sent yet`);
    } else if (value !== undefined) {
      body[member.wireName] = value;
    }
  }
  const hasBody = op.input.some((m) => m.in === "body") || op.method === "POST";
  return {
    method: op.method,
    path,
    query,
    ...(rawBody !== undefined ? { body: rawBody } : hasBody ? { body: JSON.stringify(body) } : {}),
  };
}

export function queryString(query: Record<string, string | string[]>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query))
    for (const item of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(item)}`);
  return parts.length ? `?${parts.join("&")}` : "";
}
