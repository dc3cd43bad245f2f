// The benchmark's table: one row per figure, columns padded to the widest cell. Pure.

export interface TableRow {
  part: string;
  figure: string;
  value: string;
  /** The goal, as printed ("<= 8 s"), and whether the figure meets it. */
  goal?: string;
  met?: boolean;
  note?: string;
}

const HEADER = ["part", "figure", "value", "goal", "met", "note"] as const;

export function formatTable(rows: readonly TableRow[]): string {
  const cells = rows.map((r) => [
    r.part,
    r.figure,
    r.value,
    r.goal ?? "",
    r.met === undefined ? "" : r.met ? "pass" : "MISS",
    r.note ?? "",
  ]);
  const all = [[...HEADER], ...cells];
  const widths = HEADER.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  // Numbers read best right-aligned; the rest left-aligned.
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line([...HEADER]), rule, ...cells.map(line)].join("\n");
}
