// Validates a drift report against its JSON Schema (drift.schema.json, draft 2020-12) with ajv in
// strict mode, as the conformance report is validated.
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ??
  formatsModule) as FormatsPlugin;

export const DRIFT_SCHEMA_FILE = new URL("./drift.schema.json", import.meta.url);

let validate: ValidateFunction | undefined;

/** Why the value is not a valid drift report (`/sections/sdk/items/0/left: must have ...`); empty when valid. */
export function driftReportErrors(value: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(DRIFT_SCHEMA_FILE, "utf8")) as object);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}
