// Baselines: the nonconformances a target is known to have, so that CI fails only on what changed.
// An entry is a cell (service, operation, check) and the signature of its failure
// (suites/harness/report/failure-id.ts: the check and the title with run-specific values masked).
// Against a baseline, a run fails on a new nonconformance, and on a known one that is no longer
// present (so that the baseline stays honest); known ones still present pass. Only cells that ran
// (pass or fail) are judged: a cell filtered out, not run or not applicable is neither new nor
// gone, and the verdict lists it as not judged.
//
// The file is meant to be committed: one entry per line, keys sorted, entries sorted, and a header
// naming the target and the API versions it was recorded against.
import { ConfigurationError } from "../../suites/harness/configuration-error.ts";
import type { ConformanceReport } from "../../suites/harness/report/build-report.ts";
import { failureSignature } from "../../suites/harness/report/failure-id.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";

export const BASELINE_FORMAT = "ivs-conformance-baseline/1";

export interface BaselineEntry {
  service: string;
  operation: string;
  check: string;
  signature: string;
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  /** What the baseline was recorded against: the target, and the API version of each service's spec. */
  target: string;
  apiVersions: Record<string, string>;
  nonconformances: BaselineEntry[];
}

/** A nonconformance of the report: its entry, and the failure that showed it. */
export interface Finding extends BaselineEntry {
  id?: string;
  title: string;
}

export interface Verdict {
  /** Failures the baseline does not list. */
  new: Finding[];
  /** Baseline entries whose cell ran and did not fail that way. */
  gone: BaselineEntry[];
  /** Baseline entries the run showed again. */
  known: Finding[];
  /** Baseline entries whose cell did not run, with what it did instead. */
  notJudged: (BaselineEntry & { why: string })[];
  exitCode: ExitCode;
}

const keyOf = (e: Pick<BaselineEntry, "service" | "operation" | "check">) => `${e.service} ${e.operation} ${e.check}`;
const entryKey = (e: BaselineEntry) => `${keyOf(e)}\u0000${e.signature}`;
const compare = (a: BaselineEntry, b: BaselineEntry) =>
  a.service.localeCompare(b.service, "en") ||
  a.operation.localeCompare(b.operation, "en") ||
  a.check.localeCompare(b.check, "en") ||
  a.signature.localeCompare(b.signature, "en");

/** The target as a baseline names it: stable across runs (not the embedded emulator's port). */
export function targetLabel(target: ConformanceReport["target"]): string {
  return target.kind === "emulator" ? "the reference emulator, embedded" : target.description;
}

/** The report's nonconformances: every failing cell, with its failure's signature. */
export function findings(report: ConformanceReport): Finding[] {
  return report.failures.map((f) => ({
    service: f.service,
    operation: f.operation,
    check: f.check,
    signature: f.signature ?? failureSignature(f.check, f.title),
    ...(f.id ? { id: f.id } : {}),
    title: f.title,
  }));
}

/** What a cell of the report did, or undefined when the report has no such cell. */
function cellStatus(report: ConformanceReport, e: BaselineEntry): { status: string; reason?: string } | undefined {
  return report.services[e.service]?.operations[e.operation]?.checks[e.check];
}

const ran = (status: string | undefined) => status === "pass" || status === "fail";

/** Whether the baseline lists a nonconformance (the progress output gives known ones one line). */
export function knownIn(baseline: Baseline): (e: BaselineEntry) => boolean {
  const listed = new Set(baseline.nonconformances.map(entryKey));
  return (e) => listed.has(entryKey(e));
}

export function judge(report: ConformanceReport, baseline: Baseline): Verdict {
  const listed = new Set(baseline.nonconformances.map(entryKey));
  const shown = new Map(findings(report).map((f) => [entryKey(f), f]));
  const verdict: Verdict = { new: [], gone: [], known: [], notJudged: [], exitCode: EXIT.pass };
  for (const [key, f] of shown) (listed.has(key) ? verdict.known : verdict.new).push(f);
  for (const e of baseline.nonconformances) {
    if (shown.has(entryKey(e))) continue;
    const cell = cellStatus(report, e);
    if (ran(cell?.status)) verdict.gone.push(e);
    else {
      const why = !cell
        ? "no such cell in this report"
        : cell.status === "not_applicable"
          ? `not applicable: ${cell.reason ?? ""}`
          : (cell.reason ?? cell.status);
      verdict.notJudged.push({ ...e, why });
    }
  }
  verdict.exitCode = verdict.new.length || verdict.gone.length ? EXIT.fail : EXIT.pass;
  return verdict;
}

/**
 * The baseline after this run: for every cell that ran, exactly the nonconformances it showed; for
 * every other cell, what the previous baseline listed (a partial run does not forget them).
 */
export function updatedBaseline(report: ConformanceReport, previous?: Baseline): { baseline: Baseline; kept: number } {
  const kept = (previous?.nonconformances ?? []).filter((e) => !ran(cellStatus(report, e)?.status));
  const entries = new Map<string, BaselineEntry>();
  for (const e of [...kept, ...findings(report)]) {
    const { service, operation, check, signature } = e;
    entries.set(entryKey(e), { service, operation, check, signature });
  }
  return {
    baseline: {
      format: BASELINE_FORMAT,
      target: targetLabel(report.target),
      apiVersions: { ...report.spec.apiVersions },
      nonconformances: [...entries.values()].sort(compare),
    },
    kept: kept.length,
  };
}

/** Keys sorted, one JSON object per line: `JSON.stringify` of a sorted copy. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function formatBaseline(b: Baseline): string {
  const entries = [...b.nonconformances].sort(compare).map((e) => `    ${sortedJson(e)}`);
  return [
    "{",
    `  "format": ${JSON.stringify(b.format)},`,
    `  "target": ${JSON.stringify(b.target)},`,
    `  "apiVersions": ${sortedJson(b.apiVersions)},`,
    `  "nonconformances": [${entries.length ? `\n${entries.join(",\n")}\n  ` : ""}]`,
    "}",
    "",
  ].join("\n");
}

const isEntry = (v: unknown): v is BaselineEntry =>
  !!v &&
  typeof v === "object" &&
  ["service", "operation", "check", "signature"].every((k) => typeof (v as Record<string, unknown>)[k] === "string");

export function parseBaseline(text: string, file: string): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      `the baseline ${file} is not JSON (${(e as Error).message}); rewrite it with --update-baseline`,
    );
  }
  const b = parsed as Partial<Baseline>;
  if (b?.format !== BASELINE_FORMAT) {
    throw new ConfigurationError(
      `the baseline ${file} is not an ${BASELINE_FORMAT} baseline (its format is ${JSON.stringify(b?.format)}); ` +
        "rewrite it with --update-baseline",
    );
  }
  const bad = Array.isArray(b.nonconformances) ? b.nonconformances.findIndex((e) => !isEntry(e)) : 0;
  if (bad !== -1) {
    throw new ConfigurationError(
      `the baseline ${file}: nonconformances[${bad}] is not { service, operation, check, signature }; ` +
        "rewrite it with --update-baseline",
    );
  }
  return {
    format: BASELINE_FORMAT,
    target: String(b.target ?? ""),
    apiVersions: { ...(b.apiVersions ?? {}) },
    nonconformances: b.nonconformances as BaselineEntry[],
  };
}

/** Entries not judged are listed up to this many (a run filtered to a few cells leaves most unjudged). */
const SHOWN_NOT_JUDGED = 10;

const cell = (e: BaselineEntry) => `${e.service} ${e.operation}: ${e.check}`;
/** The signature without the check it starts with (the cell already names it). */
const masked = (e: BaselineEntry) =>
  e.signature.startsWith(`${e.check}: `) ? e.signature.slice(e.check.length + 2) : e.signature;

/** What the verdict says, line by line: what fails the gate first, then what passes it. */
export function describeVerdict(v: Verdict, file: string, report: ConformanceReport, baseline: Baseline): string[] {
  const lines: string[] = [];
  const versions = (r: Record<string, string>) =>
    Object.entries(r)
      .map(([s, version]) => `${s} ${version}`)
      .join(", ");
  if (
    baseline.target !== targetLabel(report.target) ||
    versions(baseline.apiVersions) !== versions(report.spec.apiVersions)
  ) {
    lines.push(
      `note: ${file} was recorded against ${baseline.target} (${versions(baseline.apiVersions)}); ` +
        `this run is against ${targetLabel(report.target)} (${versions(report.spec.apiVersions)})`,
    );
  }
  for (const f of v.new) lines.push(`new nonconformance: ${cell(f)}${f.id ? ` (failure ${f.id})` : ""}: ${f.title}`);
  for (const e of v.gone) {
    lines.push(
      `known nonconformance no longer present: ${cell(e)}: ${masked(e)} (remove it from ${file}, or rewrite ` +
        "it with --update-baseline)",
    );
  }
  const judged = v.new.length + v.known.length + v.gone.length;
  lines.push(
    `baseline ${file}: ${v.new.length} new, ${v.gone.length} no longer present, ${v.known.length} known and still ` +
      `present, ${v.notJudged.length} not judged (their cells did not run)` +
      (judged || v.notJudged.length ? "" : "; the baseline lists nothing and the run found nothing"),
  );
  for (const e of v.notJudged.slice(0, SHOWN_NOT_JUDGED)) lines.push(`  not judged: ${cell(e)}: ${e.why}`);
  if (v.notJudged.length > SHOWN_NOT_JUDGED)
    lines.push(`  and ${v.notJudged.length - SHOWN_NOT_JUDGED} more not judged`);
  return lines;
}
