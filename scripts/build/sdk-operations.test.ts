// The spec holds every operation the installed SDK packages know: a new SDK release that adds an
// operation fails here until `npm run spec` takes it in. Operations no document states carry only
// what the SDK's model states, all of it with provenance `sdk`.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SERVICES } from "./build-specs.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;

function sdkCommands(pkg: string): string[] {
  const main = require.resolve(pkg);
  const dir = path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist-cjs`)), "dist-types", "commands");
  return readdirSync(dir)
    .filter((f) => f.endsWith("Command.d.ts"))
    .map((f) => f.slice(0, -"Command.d.ts".length))
    .sort();
}

function specOperations(service: string): Json[] {
  const spec = JSON.parse(readFileSync(path.join(root, "spec", `${service}.openapi.json`), "utf8")) as {
    paths: Record<string, Record<string, Json>>;
  };
  return Object.values(spec.paths).flatMap((p) => Object.values(p));
}

/** Every `x-amzn-source` and constraint keyword under a schema or operation, recursively. */
function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) for (const v of node) walk(v, visit);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      visit(k, v);
      walk(v, visit);
    }
}

describe.each(SERVICES)("$service", ({ service, sdk }) => {
  const ops = specOperations(service);

  it("has exactly the operations the installed SDK package knows", () => {
    expect(ops.map((o) => o.operationId).sort()).toEqual(sdkCommands(sdk));
  });

  it("marks operations no document states, and every fact of theirs comes from the SDK", () => {
    const sdkOnly = ops.filter((o) => o["x-amzn-documented"] === false);
    for (const op of sdkOnly) {
      const docs: string[] = [];
      walk(op, (k, v) => {
        if (k === "x-amzn-source" || k === "x-amzn-binding-source") docs.push((v as { doc: string }).doc);
      });
      expect(new Set(docs), String(op.operationId)).toEqual(new Set(["sdk"]));
    }
    for (const op of ops.filter((o) => o["x-amzn-documented"] === undefined))
      expect((op["x-amzn-source"] as { doc: string }).doc, String(op.operationId)).not.toBe("sdk");
  });
});

describe("SDK-only operations", () => {
  it("are the ones the documents leave out, 6 of IVS and 26 of IVS RealTime", () => {
    const count = (s: string) => specOperations(s).filter((o) => o["x-amzn-documented"] === false).length;
    expect([count("ivs"), count("ivs-realtime")]).toEqual([6, 26]);
  });

  it("carry no constraint the SDK does not state: only types, required flags and enums", () => {
    const spec = JSON.parse(readFileSync(path.join(root, "spec", "ivs-realtime.openapi.json"), "utf8")) as {
      components: { schemas: Record<string, Json> };
    };
    const keywords = new Set<string>();
    for (const [name, schema] of Object.entries(spec.components.schemas)) {
      if ((schema["x-amzn-source"] as { doc?: string } | undefined)?.doc !== "sdk") continue;
      walk(schema, (k) => {
        if (/^(min|max|pattern|exclusive|multipleOf|uniqueItems)/.test(k)) keywords.add(`${name}.${k}`);
      });
    }
    expect([...keywords]).toEqual([]);
  });
});
