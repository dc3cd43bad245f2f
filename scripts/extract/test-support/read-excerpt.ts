// For the tests: the excerpts in fixtures/excerpts/ and the documents in spec/sources/, read
// relative to this file so that the tests run from any working directory.

import { readFileSync } from "node:fs";

const root = new URL("../../../", import.meta.url);

/** An excerpt cut from a source document: fixtures/excerpts/<kind>/<name>. */
export function readExcerpt(kind: "boto3-reference" | "changelog" | "cli-overview", name: string): string {
  return readFileSync(new URL(`fixtures/excerpts/${kind}/${name}`, root), "utf8");
}

/** A whole source document: spec/sources/<name>. */
export function readSourceDocument(name: string): string {
  return readFileSync(new URL(`spec/sources/${name}`, root), "utf8");
}
