// Part `spec`: the whole spec build (scripts/build/build-specs.ts: every extractor, the merge, the SDK
// fill, both specs rendered and validated, both type files), in this process, timed several times; the
// first run pays module loading, which the median leaves out.
import path from "node:path";
import { buildSpecs } from "../build/build-specs.ts";
import { median } from "./stats.ts";

export interface SpecBuild {
  runs: number[];
  medianMs: number;
  files: number;
}

export async function measureSpecBuild(root: string, repetitions: number): Promise<SpecBuild> {
  const runs: number[] = [];
  let files = 0;
  for (let i = 0; i < repetitions; i++) {
    const started = performance.now();
    const built = await buildSpecs(path.join(root, "spec", "sources"));
    runs.push(performance.now() - started);
    files = Object.keys(built.files).length;
  }
  return { runs, medianMs: median(runs), files };
}
