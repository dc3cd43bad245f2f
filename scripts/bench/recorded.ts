// The requests a conformance run recorded (CONFORMANCE_RECORD=<file>: one JSON line per request,
// written by suites/harness/clients/transport.ts), read back for the replay. Pure.
import { UNRECORDED } from "../../suites/harness/clients/transport.ts";

export interface RecordedRequest {
  method: string;
  /** Path and query, without the origin: the replay sends it to another emulator. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Parses a recording; a malformed line throws, naming its line number. Blank lines are skipped. */
export function parseRecorded(text: string): RecordedRequest[] {
  const out: RecordedRequest[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const fail = (why: string) => new Error(`recorded request on line ${i + 1}: ${why}`);
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw fail(`not JSON (${(e as Error).message})`);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw fail("not an object");
    const r = raw as Record<string, unknown>;
    if (typeof r.method !== "string" || r.method === "") throw fail("no method");
    if (typeof r.path !== "string" || !r.path.startsWith("/")) throw fail("no path starting with /");
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (typeof r.headers !== "object" || r.headers === null || Array.isArray(r.headers)) {
        throw fail("headers is not an object");
      }
      for (const [k, v] of Object.entries(r.headers)) {
        if (typeof v !== "string") throw fail(`header ${k} is not a string`);
        if (!UNRECORDED.has(k.toLowerCase())) headers[k] = v;
      }
    }
    const request: RecordedRequest = { method: r.method, path: r.path, headers };
    if (typeof r.body === "string") request.body = r.body;
    else if (typeof r.bodyBase64 === "string") request.body = Uint8Array.from(Buffer.from(r.bodyBase64, "base64"));
    else if (r.body !== undefined || r.bodyBase64 !== undefined) throw fail("body is not a string");
    out.push(request);
  }
  return out;
}
