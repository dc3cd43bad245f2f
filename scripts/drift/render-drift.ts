// The drift report's renderings: the Markdown (a section per comparison, its headline and a table
// of items) and the one-screen summary the entry prints. Both are made from the one report.
import type { DriftItem, DriftReport, DriftSection, DriftSide } from "./drift-item.ts";

export const SECTION_TITLES: Record<DriftSection, string> = {
  versions: "1. Between documentation versions",
  sdk: "2. Documentation against the installed SDK packages",
  target: "3. Documentation against a target (conformance run)",
  self: "4. The documentation against itself",
};

export const SECTION_ORDER: readonly DriftSection[] = ["versions", "sdk", "target", "self"];

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const at = (s: DriftSide) => (s.line !== undefined ? `${s.source}:${s.line}` : s.source);
const subject = (i: DriftItem) => i.member ?? i.operation ?? "";

/** Kind -> count, in first-seen order. */
export function kindCounts(items: readonly DriftItem[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  return [...counts];
}

export function renderDriftMarkdown(report: DriftReport): string {
  const out = [`# Drift report`, "", `Format \`${report.format}\`, generated ${report.generatedAt}.`, ""];
  for (const section of SECTION_ORDER) {
    const { headline, items } = report.sections[section];
    out.push(`## ${SECTION_TITLES[section]}`, "", headline, "");
    if (!items.length) {
      out.push("No items.", "");
      continue;
    }
    out.push(
      "| kind | service | operation / member | summary | left | right |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const i of items) {
      const dated = i.dated ? ` (dated: ${i.dated})` : "";
      const replay = i.replay ? ` (replay: \`${i.replay}\`)` : "";
      out.push(
        `| ${[i.kind, i.service, subject(i), `${i.summary}${dated}${replay}`, at(i.left), at(i.right)]
          .map(cell)
          .join(" | ")} |`,
      );
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

/** One screen: per section its title, headline and counts by kind. */
export function driftSummary(report: DriftReport): string {
  const lines: string[] = [];
  for (const section of SECTION_ORDER) {
    const { headline, items } = report.sections[section];
    const counts = kindCounts(items)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    lines.push(`${SECTION_TITLES[section]}: ${items.length} items`, `  ${headline}`);
    if (counts) lines.push(`  ${counts}`);
  }
  return lines.join("\n");
}

/** The items whose kind is one of `kinds`. */
export const failingItems = (report: DriftReport, kinds: readonly string[]) =>
  SECTION_ORDER.flatMap((s) => report.sections[s].items).filter((i) => kinds.includes(i.kind));
