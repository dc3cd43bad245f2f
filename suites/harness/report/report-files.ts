// The report files of a run, in one place: their names under `reports/`, the one writer (every
// rendering of one report), and the reader for tools that take a report back in (baselines,
// replay, merge). The JSON is the report itself (build-report.ts, format REPORT_FORMAT, schema
// conformance.schema.json); the other files are pure renderings of it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ConformanceReport } from "./build-report.ts";
import { renderHtml } from "./render-html.ts";
import { renderJunit } from "./render-junit.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { reportErrors } from "./validate-report.ts";

export { type ConformanceReport, REPORT_FORMAT } from "./build-report.ts";

/** Where a run writes its reports (relative to the working directory). */
export const REPORT_DIR = "reports";

export const REPORT_FILES = {
  json: "conformance.json",
  markdown: "conformance.md",
  junit: "junit.xml",
  html: "conformance.html",
} as const;

/** Every file a run writes, each a pure function of the report. */
const RENDERINGS: readonly { file: string; render: (report: ConformanceReport) => string }[] = [
  { file: REPORT_FILES.json, render: (report) => `${JSON.stringify(report, null, 2)}\n` },
  { file: REPORT_FILES.markdown, render: (report) => renderMarkdown(report) },
  { file: REPORT_FILES.junit, render: renderJunit },
  { file: REPORT_FILES.html, render: renderHtml },
];

/** Writes every rendering of the report into `dir` (created if missing); returns the paths written. */
export function writeReports(report: ConformanceReport, dir: string = REPORT_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return RENDERINGS.map(({ file, render }) => {
    const target = path.join(dir, file);
    writeFileSync(target, render(report));
    return target;
  });
}

/** Reads a report written by writeReports; throws, naming the file and what is wrong, unless it is valid. */
export function readReport(file: string = path.join(REPORT_DIR, REPORT_FILES.json)): ConformanceReport {
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  const errors = reportErrors(value);
  if (errors.length) throw new Error(`${file} is not a valid conformance report:\n  ${errors.join("\n  ")}`);
  return value as ConformanceReport;
}
