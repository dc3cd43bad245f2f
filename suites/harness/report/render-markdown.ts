// The report as Markdown, for people and CI job summaries: the run (target, spec versions, seed),
// counts per service (and apart, for the documented operations and those no document states), the
// first failures with their reproduce commands, the operation x check matrix of each service (one
// symbol per cell, with a legend; an operation judged by the SDK's model alone marked so), the
// checks and the observations. A pure function of the report.
import { failureFacts, reproduceCommands } from "../failure.ts";
import type { OutcomeStatus } from "../outcome.ts";
import { BASES, type BasisSummary, basisSummaries, reportBasis } from "./basis-summary.ts";
import type { ConformanceReport, ReportCell, Summary } from "./build-report.ts";

export const SYMBOLS: Record<OutcomeStatus, string> = {
  pass: "✓",
  fail: "✗",
  not_applicable: "–",
  not_run: "○",
};
/** Appended to a cell's symbol when observations were made on it. */
export const OBSERVED = "ᵒ";
/** After the name of an operation no document states, in the matrix. */
export const SDK_ONLY_MARK = "(SDK-only)";
/** What a verdict on such an operation rests on, in one sentence. */
export const SDK_ONLY_MEANS =
  "an operation no document states, whose verdicts rest on the SDK's model alone " +
  "(types, required members, enum values, errors, pagination; no constraints)";

const LABELS: Record<OutcomeStatus, string> = {
  pass: "pass",
  fail: "fail",
  not_applicable: "not applicable",
  not_run: "not run",
};

/** Text safe inside a Markdown paragraph or table cell: one line, Markdown punctuation escaped. */
export const inline = (text: string) => text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);

/** A name (operation, check, service): as it is when it is an identifier, else escaped. */
const name = (text: string) => (/^[\w-]+$/.test(text) ? text : inline(text));

/** A fenced block whose fence no run of backticks in the text can close. */
function fenced(text: string, lang = ""): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${lang}`, text, fence];
}

export const cellSymbol = (cell: ReportCell) => `${SYMBOLS[cell.status]}${cell.observations?.length ? OBSERVED : ""}`;

function summaryRow(name: string, s: Summary): string {
  return `| ${name} | ${s.pass} | ${s.fail} | ${s.not_applicable} | ${s.not_run} | ${s.observations} |`;
}

function header(report: ConformanceReport): string[] {
  const versions = Object.entries(report.spec.apiVersions)
    .map(([service, version]) => `${service} ${version}`)
    .join(", ");
  const sources = report.spec.sources.map((s) => `\`${s.file}\``).join(", ");
  const errata = report.errata.length ? report.errata.map((e) => `\`${e.id}\``).join(", ") : "none";
  return [
    "# IVS conformance report",
    "",
    `- Target: ${inline(report.target.description)} (${report.target.kind}, ${report.target.region})`,
    `- Spec: ${versions}; built from ${sources}`,
    `- Seed ${report.seed}, ${report.runs} runs per property; errata applied: ${errata}`,
    `- Started ${report.startedAt}, took ${(report.durationMs / 1000).toFixed(1)} s (format \`${report.format}\`)`,
  ];
}

const BASIS_LABELS = { documents: "documented", sdk: "SDK-only" } as const;

function basisRow(service: string, basis: keyof typeof BASIS_LABELS, s: BasisSummary): string {
  return (
    `| ${name(service)} | ${BASIS_LABELS[basis]} | ${s.operations} | ${s.pass} | ${s.fail} | ` +
    `${s.not_applicable} | ${s.not_run} | ${s.observations} |`
  );
}

function summary(report: ConformanceReport): string[] {
  const byBasis = Object.entries(report.services).flatMap(([service, s]) => {
    const counts = basisSummaries(report.spec.sdkOnly[service] ?? [], s.operations);
    return BASES.filter((b) => counts[b].operations > 0).map((b) => basisRow(service, b, counts[b]));
  });
  return [
    "## Summary",
    "",
    "| service | pass | fail | not applicable | not run | observations |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...Object.entries(report.services).map(([service, s]) => summaryRow(name(service), s.summary)),
    summaryRow("**total**", report.summary),
    "",
    `Documented and SDK-only operations apart (SDK-only: ${SDK_ONLY_MEANS}):`,
    "",
    "| service | operations | count | pass | fail | not applicable | not run | observations |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...byBasis,
  ];
}

function failures(report: ConformanceReport, top: number): string[] {
  if (!report.failures.length) return [];
  const lines = [`## Failures (${report.failures.length})`];
  for (const [index, ref] of report.failures.slice(0, top).entries()) {
    const cell = report.services[ref.service]!.operations[ref.operation]!.checks[ref.check]!;
    const f = cell.failure;
    lines.push("", `### ${index + 1}. ${name(ref.service)} ${name(ref.operation)}: ${name(ref.check)}`, "");
    lines.push(inline(ref.title));
    if (!f) {
      lines.push("", ...fenced(cell.message ?? cell.reason ?? "", "text"));
      continue;
    }
    lines.push("", `Failure \`${f.id}\`:`, "", ...fenced(failureFacts(f).join("\n"), "text"));
    const commands = reproduceCommands(f);
    if (commands.length) lines.push("", "Reproduce with:", "", ...fenced(commands.join("\n"), "sh"));
  }
  const rest = report.failures.length - top;
  if (rest > 0) lines.push("", `... and ${rest} more in conformance.json and junit.xml.`);
  return lines;
}

function matrix(report: ConformanceReport): string[] {
  const legend = [
    ...Object.entries(SYMBOLS).map(([status, symbol]) => `${symbol} ${LABELS[status as OutcomeStatus]}`),
    `${OBSERVED} with observations`,
    ...(Object.values(report.spec.sdkOnly).some((ops) => ops.length) ? [`${SDK_ONLY_MARK} ${SDK_ONLY_MEANS}`] : []),
  ].join(" · ");
  const lines = ["## Matrix", "", `Legend: ${legend}.`];
  for (const [service, { operations }] of Object.entries(report.services)) {
    const checks: string[] = [];
    for (const { checks: cells } of Object.values(operations))
      for (const check of Object.keys(cells)) if (!checks.includes(check)) checks.push(check);
    lines.push("", `### ${service}`, "");
    lines.push(`| operation | ${checks.map(name).join(" | ")} |`, `| --- |${" :-: |".repeat(checks.length)}`);
    const sdkOnly = report.spec.sdkOnly[service] ?? [];
    for (const [operation, o] of Object.entries(operations)) {
      const symbols = checks.map((c) => (o.checks[c] ? cellSymbol(o.checks[c]) : " "));
      const mark = reportBasis(operation, o, sdkOnly) === "sdk" ? ` ${SDK_ONLY_MARK}` : "";
      lines.push(`| ${name(operation)}${mark} | ${symbols.join(" | ")} |`);
    }
    const missing = Object.entries(operations).filter(([, o]) => o.notImplemented);
    if (missing.length) {
      lines.push("", "Not implemented by the target:", "");
      for (const [operation, o] of missing) lines.push(`- ${name(operation)}: ${inline(o.notImplemented!)}`);
    }
  }
  return lines;
}

function checkLegend(report: ConformanceReport): string[] {
  return [
    "## Checks",
    "",
    "| check | family | fails when |",
    "| --- | --- | --- |",
    ...Object.entries(report.checks).map(([check, c]) => `| ${name(check)} | ${c.family} | ${inline(c.failsWhen)} |`),
  ];
}

function observations(report: ConformanceReport): string[] {
  if (!report.observations.length) return [];
  return [
    `## Observations (${report.observations.length})`,
    "",
    "What the target did where the documents leave the answer open; never a failure.",
    "",
    ...report.observations.map(
      (o) => `- ${name(o.service)} ${name(o.operation)}: ${name(o.check)} (\`${o.kind}\`): ${inline(o.observed)}`,
    ),
  ];
}

export interface MarkdownOptions {
  /** How many failures are shown in full, with their reproduce commands (10). */
  topFailures?: number;
}

export function renderMarkdown(report: ConformanceReport, options: MarkdownOptions = {}): string {
  const sections = [
    header(report),
    summary(report),
    failures(report, options.topFailures ?? 10),
    matrix(report),
    checkLegend(report),
    observations(report),
  ].filter((s) => s.length);
  return `${sections.map((s) => s.join("\n")).join("\n\n")}\n`;
}
