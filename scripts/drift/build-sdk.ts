// Section 2 on the repository: each service's documents (before the SDK fill) against its SDK
// package as installed, named with its version. Items are dated only where the package carries a
// CHANGELOG.md that names the operation or member; the installed packages may carry none, and then
// every item says "undated".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { documentedModel, SERVICES, serviceSdkModel } from "../build/build-specs.ts";
import { reconcileErrorNames } from "../merge/error-names.ts";
import { loadSdk } from "../sdk/sdk-package.ts";
import type { DriftItem, DriftSectionReport } from "./drift-item.ts";
import { compareWithSdk } from "./sdk.ts";

/**
 * The first release of a conventional changelog (`## [3.700.0](...) (2024-12-12)`, then
 * `* **client-ivs:** ... <name> ...`) whose entry names `term`, read oldest first.
 */
export function changelogDater(text: string): (operation: string, member?: string) => string | undefined {
  const releases: { heading: string; body: string }[] = [];
  for (const part of text.split(/^#{1,3} (?=\[?\d+\.\d+\.\d+)/m).slice(1)) {
    const [heading = "", ...rest] = part.split("\n");
    releases.push({ heading: heading.trim(), body: rest.join("\n") });
  }
  releases.reverse();
  const find = (term: string) => {
    const word = new RegExp(`\\b${term.replace(/[^\w]/g, "")}\\b`);
    const hit = releases.find((r) => word.test(r.body));
    if (!hit) return undefined;
    const version = /\d+\.\d+\.\d+/.exec(hit.heading)?.[0];
    const date = /\d{4}-\d{2}-\d{2}/.exec(hit.heading)?.[0];
    return [version, date].filter(Boolean).join(", ");
  };
  return (operation, member) => (member ? find(member.split(".").at(-1)!) : undefined) ?? find(operation);
}

export async function buildSdkSection(sourcesDir: string): Promise<DriftSectionReport> {
  const items: DriftItem[] = [];
  const parts: string[] = [];
  for (const plan of SERVICES) {
    const { model: documents, documents: perDocument } = documentedModel(sourcesDir, plan.service);
    const complete = perDocument
      .filter((d) => d.document.scope === "complete")
      .sort((a, b) => a.document.precedence - b.document.precedence)
      .at(-1)?.document.file;
    const loaded = await loadSdk(plan.sdk);
    const sdk = await serviceSdkModel(plan);
    reconcileErrorNames(documents, sdk);
    const changelog = path.join(loaded.dir, "CHANGELOG.md");
    const hasChangelog = existsSync(changelog);
    const found = compareWithSdk(plan.service, documents, sdk, {
      package: `${loaded.name}@${loaded.version}`,
      ...(complete ? { completeDocument: complete } : {}),
      ...(hasChangelog ? { dated: changelogDater(readFileSync(changelog, "utf8")) } : {}),
    });
    const sdkOnly = found.filter((i) => i.kind.startsWith("sdk-only-")).length;
    const dated = found.filter((i) => i.dated).length;
    parts.push(
      `${plan.service} vs ${loaded.name}@${loaded.version}: ${found.length} items, ` +
        `${sdkOnly} where the SDK knows more` +
        (complete ? "" : " (operations not compared: no document lists the whole service)") +
        (hasChangelog ? `, ${dated} dated` : ", undated (the package has no CHANGELOG.md)"),
    );
    items.push(...found);
  }
  return { headline: parts.join("; "), items };
}
