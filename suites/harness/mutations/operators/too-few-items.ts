// too_few_items: a list or map one entry under its documented minimum.

import { isMapSchema } from "../../../../spec/contract/json-schema.ts";
import { valueArbitrary } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const tooFewItems: MutationOperator = {
  name: "too_few_items",
  constraint: ({ schema }) => {
    if (isMapSchema(schema)) return (schema.minProperties ?? 0) > 0 ? "minProperties" : undefined;
    return schema.type === "array" && (schema.minItems ?? 0) > 0 ? "minItems" : undefined;
  },
  candidates({ schema }) {
    if (isMapSchema(schema)) {
      const n = schema.minProperties! - 1;
      return valueArbitrary({ ...schema, minProperties: n, maxProperties: n });
    }
    const n = schema.minItems! - 1;
    return valueArbitrary({ ...schema, minItems: n, maxItems: n });
  },
};
