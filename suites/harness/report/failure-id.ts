// A failure's short id and its signature. The id names one reproducible case: the cell and the
// fast-check seed, path and mutation site that replay it (`npm run conformance -- --replay <id>`).
// The signature names the nonconformance across runs, for baselines: the cell and the failure's
// title with the values that change from run to run (ARNs, ids, numbers, quoted values) masked.
import { createHash } from "node:crypto";

export interface FailureCase {
  service: string;
  operation: string;
  check: string;
  seed: number;
  path?: string | undefined;
  site?: string | undefined;
}

/** 10 hex digits of a SHA-256 over the case: short enough to type, stable for the same case. */
export function failureId(c: FailureCase): string {
  const key = [c.service, c.operation, c.check, String(c.seed), c.path ?? "", c.site ?? ""].join("\u0000");
  return createHash("sha256").update(key).digest("hex").slice(0, 10);
}

/** The title with run-specific values masked: `Item <arn> came back twice, on pages <n> and <n>.` */
export function failureSignature(check: string, title: string): string {
  const masked = title
    .replace(/arn:aws:[a-z0-9-]+:[^\s"',)]*/g, "<arn>")
    .replace(/"(?:[^"\\]|\\.)*"/g, "<value>")
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>")
    .replace(/\d+/g, "<n>");
  return `${check}: ${masked}`;
}
