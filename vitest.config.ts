import { defineConfig } from "vitest/config";
import { SDK_NODE_NOTICE_SWITCH } from "./suites/harness/clients/node-notice.ts";

// Named projects: `unit` tests the project's own code (extractors, model, emulator, harness);
// `conformance` runs the suites against a target (the embedded emulator unless IVS_ENDPOINT is set).
// Reporters are root-level: the conformance reporter writes reports/ (conformance.json, .md,
// junit.xml) whenever a conformance test module ran, and nothing on a `--project unit` run.
export default defineConfig({
  test: {
    passWithNoTests: true,
    // The AWS SDK's Node version notice is off in every worker (unless the user set its switch); the
    // conformance global setup prints the project's one line instead, once per run (node-notice.ts).
    env: { [SDK_NODE_NOTICE_SWITCH]: process.env[SDK_NODE_NOTICE_SWITCH] ?? "true" },
    reporters: ["default", "./suites/harness/report/conformance-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "spec/contract/**/*.test.ts",
            "scripts/**/*.test.ts",
            "fixtures/**/*.test.ts",
            "suites/harness/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "conformance",
          include: ["suites/*.test.ts"],
          globalSetup: ["suites/global-setup.ts"],
          // The two service files at once, one worker each (vitest's default is cores minus one: one
          // worker on a 2-core machine). They share the target but no resource kind, so neither sees
          // the other's resources in a list; the embedded emulator runs on a thread of its own.
          maxWorkers: 2,
          // vitest runs projects with different worker counts one after the other: `unit` first.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
