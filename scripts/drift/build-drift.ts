// The whole drift report: the four sections, each built by its own module, and the kinds every
// section may produce (what `--fail-on` accepts).

import { buildSdkSection } from "./build-sdk.ts";
import { buildVersionsSection } from "./build-versions.ts";
import type { DriftReport } from "./drift-item.ts";
import { SDK_KINDS } from "./sdk.ts";
import { buildSelfSection, SELF_KINDS } from "./self.ts";
import { buildTargetSection, TARGET_KINDS } from "./target.ts";
import { VERSIONS_KINDS } from "./versions.ts";

export const DRIFT_KINDS: ReadonlySet<string> = new Set([
  ...VERSIONS_KINDS,
  ...SDK_KINDS,
  ...TARGET_KINDS,
  ...SELF_KINDS,
]);

export async function buildDriftReport(options: { sourcesDir: string; reportPath?: string }): Promise<DriftReport> {
  return {
    format: "ivs-drift/1",
    generatedAt: new Date().toISOString(),
    sections: {
      versions: await buildVersionsSection(options.sourcesDir),
      sdk: await buildSdkSection(options.sourcesDir),
      target: buildTargetSection(options.reportPath),
      self: buildSelfSection(),
    },
  };
}
