// A vitest reporter that writes the run's machine-readable report (build-report.ts) to
// `reports/conformance-<time>.json` and `reports/conformance-latest.json`, and says where.
// `npm run conformance` adds it; the suites themselves do not depend on it. The target is the one
// the global setup resolved and provided (suites/global-setup.ts); tests are placed in the matrix
// by the cell key each carries from its registration (define-service-suite.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestModule, Vitest } from "vitest/node";
import { SERVICES } from "../../../spec/contract/service-name.ts";
import type { CellRecord } from "../cell-record.ts";
import { runConfig } from "../config.ts";
import { serviceMatrix, specView } from "../matrix.ts";
import { buildReport, type CellResult } from "./build-report.ts";

export default class ConformanceReporter implements Reporter {
  private readonly startedAt = new Date();
  private vitest: Vitest | undefined;
  constructor(private readonly options: { dir?: string; project?: string } = {}) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const project = this.vitest?.getProjectByName(this.options.project ?? "conformance");
    const target = project?.getProvidedContext().target;
    if (!target) {
      console.error("\nConformance report not written: the run resolved no target (did the conformance project run?)");
      return;
    }
    const results = new Map<string, CellResult>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const meta = test.meta() as { cell?: string; conformance?: CellRecord };
        if (!meta.cell) continue;
        const result = test.result();
        const note =
          result.state === "failed"
            ? result.errors?.map((e) => e.message).join("\n")
            : result.state === "skipped"
              ? result.note
              : undefined;
        results.set(meta.cell, {
          state: result.state,
          ...(note ? { note } : {}),
          ...(meta.conformance ? { record: meta.conformance } : {}),
        });
      }
    }
    const views = SERVICES.map((s) => specView(s));
    const config = runConfig(process.env, target);
    const report = buildReport({
      matrix: views.flatMap(serviceMatrix),
      results,
      errata: views.flatMap((v) => v.spec.errata),
      target,
      seed: config.seed,
      runs: config.runs,
      startedAt: this.startedAt,
      finishedAt: new Date(),
    });
    const dir = path.resolve(this.options.dir ?? "reports");
    mkdirSync(dir, { recursive: true });
    const stamp = report.finishedAt.replace(/[:.]/g, "-");
    const file = path.join(dir, `conformance-${stamp}.json`);
    const text = `${JSON.stringify(report, null, 2)}\n`;
    writeFileSync(file, text);
    writeFileSync(path.join(dir, "conformance-latest.json"), text);
    const s = report.summary;
    console.log(`\nConformance report: ${path.relative(process.cwd(), file)} (also reports/conformance-latest.json)`);
    console.log(
      `  ${s.pass} pass, ${s.fail} fail, ${s.not_applicable} not applicable, ${s.not_run} not run, ` +
        `${report.observations.length} observations; ` +
        `target: ${report.target.description}; seed ${report.seed}, ${report.runs} runs per property`,
    );
  }
}
