// The report as JUnit XML, for CI test reporters (GitHub Actions' dorny/test-reporter and
// mikepenz/action-junit-report, GitLab's unit test reports): a <testsuite> per service, a
// <testcase> per cell (classname = service, name = `<Operation>: <check>`); a failing cell has a
// <failure> (message: its title; body: received, documented, request, reproduce), a cell not
// applicable or not run is <skipped> with its reason, observations go to <system-out>. A cell of an
// operation no document states carries the property `basis` = `sdk` and says so in <system-out>;
// each suite's properties count the documented and SDK-only operations apart. Counts on every
// element agree with the cells under it. A pure function of the report.
import { formatFailureRecord } from "../failure.ts";
import type { Basis } from "../sdk-only.ts";
import { basisSummaries, reportBasis } from "./basis-summary.ts";
import type { ConformanceReport, ReportCell } from "./build-report.ts";
import { SDK_ONLY_MEANS } from "./render-markdown.ts";

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, newline and carriage return; lone
 * surrogates; U+FFFE, U+FFFF) are written as `\uXXXX` text, so the document always parses.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlSafe = (text: string) =>
  text.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

export const escapeText = (text: string) => xmlSafe(text).replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]!);
export const escapeAttribute = (text: string) => xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join("");

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

function cellBody(cell: ReportCell): string {
  if (cell.failure) return formatFailureRecord(cell.failure);
  return cell.message ?? cell.reason ?? "";
}

const SKIP_PREFIX: Partial<Record<ReportCell["status"], string>> = {
  not_applicable: "not applicable",
  not_run: "not run",
};

function testcase(service: string, operation: string, check: string, cell: ReportCell, basis: Basis): string[] {
  const name = `${operation}: ${check}`;
  const open = `    <testcase${attributes({ classname: service, name, time: seconds(cell.ms) })}`;
  const inner: string[] = [];
  if (basis === "sdk") {
    inner.push("      <properties>", `        <property${attributes({ name: "basis", value: basis })}/>`);
    inner.push("      </properties>");
  }
  if (cell.status === "fail") {
    const message = cell.failure?.title ?? cell.reason ?? "failed";
    const id = cell.failure ? `failure id ${cell.failure.id}\n` : "";
    inner.push(
      `      <failure${attributes({ message, type: check })}>${escapeText(`${id}${cellBody(cell)}`)}</failure>`,
    );
  }
  const skip = SKIP_PREFIX[cell.status];
  if (skip) inner.push(`      <skipped${attributes({ message: `${skip}: ${cell.reason ?? ""}` })}/>`);
  const out = [
    ...(basis === "sdk" ? [`basis: SDK-only, ${SDK_ONLY_MEANS}`] : []),
    ...(cell.notes ?? []).map((n) => `note: ${n}`),
    ...(cell.observations ?? []).map((o) => `observation ${o.id}: ${o.observed}`),
  ];
  if (out.length) inner.push(`      <system-out>${escapeText(out.join("\n"))}</system-out>`);
  return inner.length ? [`${open}>`, ...inner, "    </testcase>"] : [`${open}/>`];
}

export function renderJunit(report: ConformanceReport): string {
  const lines: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites: string[][] = [];
  for (const [service, { operations }] of Object.entries(report.services)) {
    const cases: string[] = [];
    const counts = { tests: 0, failures: 0, skipped: 0, ms: 0 };
    const sdkOnly = report.spec.sdkOnly[service] ?? [];
    for (const [operation, o] of Object.entries(operations)) {
      const basis = reportBasis(operation, o, sdkOnly);
      for (const [check, cell] of Object.entries(o.checks)) {
        counts.tests++;
        if (cell.status === "fail") counts.failures++;
        if (SKIP_PREFIX[cell.status]) counts.skipped++;
        counts.ms += cell.ms ?? 0;
        cases.push(...testcase(service, operation, check, cell, basis));
      }
    }
    const byBasis = basisSummaries(sdkOnly, operations);
    tests += counts.tests;
    failures += counts.failures;
    skipped += counts.skipped;
    const suite = attributes({
      name: service,
      tests: counts.tests,
      failures: counts.failures,
      errors: 0,
      skipped: counts.skipped,
      time: seconds(counts.ms),
      // JUnit's timestamp: ISO 8601 without a zone (UTC here).
      timestamp: report.startedAt.slice(0, 19),
    });
    const properties = [
      ["target", report.target.description],
      ["seed", String(report.seed)],
      ["runs", String(report.runs)],
      ["apiVersion", report.spec.apiVersions[service] ?? ""],
      ["format", report.format],
      ["operations.documented", String(byBasis.documents.operations)],
      ["operations.sdkOnly", String(byBasis.sdk.operations)],
    ].map(([name, value]) => `      <property${attributes({ name: name!, value: value! })}/>`);
    suites.push([`  <testsuite${suite}>`, "    <properties>", ...properties, "    </properties>", ...cases]);
    suites.at(-1)!.push("  </testsuite>");
  }
  const root = attributes({
    name: "ivs-conformance",
    tests,
    failures,
    errors: 0,
    skipped,
    time: seconds(report.durationMs),
  });
  lines.push('<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${root}>`, ...suites.flat(), "</testsuites>");
  return `${lines.join("\n")}\n`;
}
