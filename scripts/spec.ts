// `npm run spec`: rebuilds spec/*.openapi.json, spec/*.history.json and generated/*.ts from
// spec/sources/, and prints a one-screen summary.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSpecs } from "./build/build-specs.ts";
import { formatSummary } from "./build/summary.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const started = performance.now();
const { files, summaries } = await buildSpecs(path.join(root, "spec", "sources"));
for (const [relative, content] of Object.entries(files)) {
  const target = path.join(root, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(formatSummary(summaries));
console.log(`\nwrote ${Object.keys(files).join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
