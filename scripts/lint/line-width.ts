// `npm run lint` part two: Biome formats code to 120 columns but leaves long strings, comments and
// template literals as they are; this lists every line of the project's TypeScript over the width
// (generated/ is openapi-typescript's output, not ours). Exit 1 when there is one.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const LINE_WIDTH = 120;

export function longLines(text: string, width = LINE_WIDTH): { line: number; length: number }[] {
  return text
    .split("\n")
    .map((l, i) => ({ line: i + 1, length: [...l].length }))
    .filter((l) => l.length > width);
}

function trackedTypeScript(): string[] {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts"], {
    encoding: "utf8",
  });
  return files.split("\n").filter((f) => f !== "" && !f.startsWith("generated/"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const over = trackedTypeScript().flatMap((file) =>
    longLines(readFileSync(file, "utf8")).map((l) => `${file}:${l.line}: ${l.length} columns`),
  );
  for (const line of over) console.error(line);
  if (over.length > 0) {
    console.error(`${over.length} lines over ${LINE_WIDTH} columns`);
    process.exit(1);
  }
}
