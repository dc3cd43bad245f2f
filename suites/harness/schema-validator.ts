// ajv over the spec's own components (JSON Schema 2020-12, code-point lengths, unanchored
// patterns with the `u` flag, formats such as date-time and int32), compiled once per schema.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { judgedSpec } from "./judged-spec.ts";

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ??
  formatsModule) as FormatsPlugin;

const instances = new Map<ServiceName, Ajv2020>();
const compiled = new Map<string, ValidateFunction>();
const specId = (service: ServiceName) => `urn:conformance:${service}`;

function ajvFor(service: ServiceName): Ajv2020 {
  let ajv = instances.get(service);
  if (!ajv) {
    // strict: false, since the spec carries `x-amzn-*` annotations; allErrors for full reports.
    ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: true });
    addFormats(ajv);
    ajv.addSchema({ $id: specId(service), components: (judgedSpec(service).document.components ?? {}) as object });
    instances.set(service, ajv);
  }
  return ajv;
}

/** A validator for `#/components/schemas/<name>` (or a `$ref` to it). */
export function componentValidator(service: ServiceName, nameOrRef: string): ValidateFunction {
  const name = nameOrRef.replace("#/components/schemas/", "");
  const key = `${service}:${name}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajvFor(service).compile({ $ref: `${specId(service)}#/components/schemas/${name}` });
    compiled.set(key, validate);
  }
  return validate;
}

type EnumParams = { allowedValues?: unknown };

export function validationErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => {
      const allowed = e.keyword === "enum" ? ` ${JSON.stringify((e.params as EnumParams).allowedValues)}` : "";
      return `${e.instancePath || "(body)"} ${e.message ?? e.keyword}${allowed}`;
    })
    .join("; ");
}
