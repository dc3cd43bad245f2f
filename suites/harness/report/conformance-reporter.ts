// A vitest reporter that writes the run's machine-readable report (build-report.ts) to
// `reports/conformance-<time>.json` and `reports/conformance-latest.json`, and says where.
// `npm run conformance` adds it; the suites themselves do not depend on it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import type { CellRecord } from "../cell-record.ts";
import { buildReport, type TestResultLike } from "./build-report.ts";

function targetDescription(env: NodeJS.ProcessEnv): { kind: string; description: string } {
  if (env.IVS_TARGET === "aws") return { kind: "aws", description: `AWS ${env.AWS_REGION ?? "(AWS_REGION unset)"}` };
  if (env.IVS_ENDPOINT || env.IVS_REALTIME_ENDPOINT)
    return {
      kind: "url",
      description: `${env.IVS_ENDPOINT ?? "-"} (ivs), ${env.IVS_REALTIME_ENDPOINT ?? env.IVS_ENDPOINT} (ivs-realtime)`,
    };
  return { kind: "emulator", description: "the reference emulator, embedded (fixtures/emulator)" };
}

export default class ConformanceReporter implements Reporter {
  private readonly startedAt = new Date();
  constructor(private readonly options: { dir?: string } = {}) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const results: TestResultLike[] = [];
    for (const module of modules) {
      const service = path.basename(module.moduleId).replace(/\.test\.ts$/, "") as ServiceName;
      for (const test of module.children.allTests()) {
        const result = test.result();
        const record = (test.meta() as { conformance?: CellRecord }).conformance;
        results.push({
          service,
          title: test.name,
          state: result.state,
          ...(result.state === "skipped" && result.note ? { note: result.note } : {}),
          ...(result.state === "failed" ? { error: result.errors?.map((e) => e.message).join("\n") } : {}),
          ...(record ? { record } : {}),
        });
      }
    }
    const report = buildReport(results, {
      startedAt: this.startedAt,
      finishedAt: new Date(),
      target: targetDescription(process.env),
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
      `  ${s.pass} pass, ${s.fail} fail, ${s.not_applicable} not applicable, ${s.not_run} not run; target: ${report.target.description}; seed ${report.seed}, ${report.runs} runs per property`,
    );
  }
}
