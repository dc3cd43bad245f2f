// A vitest reporter that writes the run's reports (report-files.ts: conformance.json, conformance.md,
// junit.xml) to `reports/` and says where. vitest.config.ts declares it (reporters are root-level),
// so `npx vitest run --project conformance` and `npm run conformance` write the same reports; a run
// in which no conformance test module ran (`--project unit`) writes nothing. The target is the one
// the global setup resolved and provided (suites/global-setup.ts); tests are placed in the matrix
// by the cell key each carries from its registration (define-service-suite.ts).
import path from "node:path";
import type { Reporter, TestModule, Vitest } from "vitest/node";
import { SERVICES } from "../../../spec/contract/service-name.ts";
import type { CellRecord } from "../cell-record.ts";
import { runConfig } from "../config.ts";
import { serviceMatrix, specView } from "../matrix.ts";
import type { BasisSummary } from "./basis-summary.ts";
import { buildReport, type CellResult } from "./build-report.ts";
import { REPORT_DIR, writeReports } from "./report-files.ts";
import { readSources } from "./sources.ts";

const CONFORMANCE_PROJECT = "conformance";

export default class ConformanceReporter implements Reporter {
  private readonly startedAt = new Date();
  private vitest: Vitest | undefined;
  constructor(private readonly options: { dir?: string } = {}) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const ran = modules.filter((m) => m.project.name === CONFORMANCE_PROJECT);
    if (!ran.length) return;
    const target = this.vitest?.getProjectByName(CONFORMANCE_PROJECT)?.getProvidedContext().target;
    if (!target) {
      console.error("\nConformance report not written: the conformance project resolved no target");
      return;
    }
    const results = new Map<string, CellResult>();
    for (const module of ran) {
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
      specs: views.map((v) => v.spec),
      matrix: views.flatMap(serviceMatrix),
      results,
      sources: readSources(),
      target,
      seed: config.seed,
      runs: config.runs,
      startedAt: this.startedAt,
      finishedAt: new Date(),
    });
    const root = this.vitest?.config.root ?? process.cwd();
    const written = writeReports(report, path.resolve(root, this.options.dir ?? REPORT_DIR));
    const s = report.summary;
    console.log(`\nConformance reports: ${written.map((f) => path.relative(process.cwd(), f)).join(", ")}`);
    console.log(
      `  ${s.pass} pass, ${s.fail} fail, ${s.not_applicable} not applicable, ${s.not_run} not run, ` +
        `${s.observations} observations; ` +
        `target: ${report.target.description}; seed ${report.seed}, ${report.runs} runs per property`,
    );
    for (const [service, { byBasis }] of Object.entries(report.services)) {
      if (!byBasis) continue;
      const counts = (b: BasisSummary) =>
        `${b.pass} pass, ${b.fail} fail, ${b.not_applicable} not applicable, ${b.not_run} not run`;
      console.log(
        `  ${service}: ${byBasis.documents.operations} documented operations (${counts(byBasis.documents)}), ` +
          `${byBasis.sdk.operations} SDK-only (${counts(byBasis.sdk)})`,
      );
    }
  }
}
