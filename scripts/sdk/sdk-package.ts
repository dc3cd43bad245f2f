// Locates an official SDK package and loads its Smithy schemas and command typings.
//
// The SDK packages are the only source besides spec/sources/ the build may read: they carry HTTP
// bindings, member locations and per-operation error lists the documents do not state (see
// ARCHITECTURE.md, rule 5). They carry no constraints.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export type SdkPackage = "@aws-sdk/client-ivs" | "@aws-sdk/client-ivs-realtime";

export interface LoadedSdk {
  name: SdkPackage;
  version: string;
  dir: string;
  /** Every export of dist-es/schemas/schemas_0.js: `<Name>$` schemas, operations and errors. */
  schemas: Record<string, unknown>;
}

function packageDir(name: SdkPackage): string {
  const main = require.resolve(name);
  const cut = main.lastIndexOf(`${path.sep}dist-cjs`);
  if (cut < 0) throw new Error(`SDK package ${name}: expected its main entry under dist-cjs/, got ${main}`);
  return main.slice(0, cut);
}

export async function loadSdk(name: SdkPackage): Promise<LoadedSdk> {
  const dir = packageDir(name);
  const schemaFile = path.join(dir, "dist-es", "schemas", "schemas_0.js");
  const schemas = (await import(pathToFileURL(schemaFile).href)) as Record<string, unknown>;
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
  return { name, version, dir, schemas };
}

/** The text of one of the package's files, for facts only its typings or config state. */
export function readPackageFile(sdk: LoadedSdk, relative: string): string {
  return readFileSync(path.join(sdk.dir, relative), "utf8");
}
