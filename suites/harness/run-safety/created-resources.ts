// The in-run registry of what the target said it created: every ARN a creating operation's 2xx
// answer carries (CreateChannel's channel and its stream key), whatever the input was, so that a
// resource made by an input the target should have rejected is removed too, tag or not. One JSON
// line per ARN, appended by whichever process sent the request (each line one write, so lines of
// concurrent workers never interleave). Kept only where the run's owner opened the run's directory
// (the global setup, for a target the run cleans up): a harness run programmatically keeps none.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import { type Exchange, parseJsonBody } from "../clients/exchange.ts";
import { runDirectory } from "./run-directory.ts";

export interface CreatedResource {
  service: ServiceName;
  arn: string;
}

const FILE = "created.jsonl";

/** The ARNs of the resources a successful answer names: the `arn` of each top-level object member. */
export function arnsInAnswer(exchange: Exchange): string[] {
  const r = exchange.response;
  if (!r || r.status < 200 || r.status >= 300) return [];
  const parsed = parseJsonBody(r.body);
  if (!parsed.ok || !parsed.value || typeof parsed.value !== "object") return [];
  const arns: string[] = [];
  for (const v of Object.values(parsed.value as Record<string, unknown>)) {
    const arn = v && typeof v === "object" ? (v as { arn?: unknown }).arn : undefined;
    if (typeof arn === "string" && arn !== "") arns.push(arn);
  }
  return arns;
}

export function recordCreated(runId: string, created: readonly CreatedResource[]): void {
  if (created.length === 0 || !existsSync(runDirectory(runId))) return;
  try {
    appendFileSync(path.join(runDirectory(runId), FILE), created.map((c) => `${JSON.stringify(c)}\n`).join(""));
  } catch (e) {
    // The run's cleanup removed the directory meanwhile: what this answer named carries the run tag.
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}

export function readCreated(runId: string): CreatedResource[] {
  const file = path.join(runDirectory(runId), FILE);
  if (!existsSync(file)) return [];
  const created: CreatedResource[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    // A worker stopped in the middle of a write leaves its last line cut: what it named carries the run tag.
    try {
      if (line !== "") created.push(JSON.parse(line) as CreatedResource);
    } catch {}
  }
  return created;
}
