// Validates a report against its JSON Schema (conformance.schema.json, draft 2020-12) with ajv in
// strict mode: the schema itself must be free of unknown keywords and loose types, and a report
// must match it. Used by the report's tests and by readReport (report-files.ts).
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ??
  formatsModule) as FormatsPlugin;

export const REPORT_SCHEMA_FILE = new URL("./conformance.schema.json", import.meta.url);

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_FILE, "utf8")) as object);
  }
  return validate;
}

/** Why the value is not a valid report (`/seed: must be integer`, one per error); empty when it is valid. */
export function reportErrors(value: unknown): string[] {
  const check = validator();
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}
