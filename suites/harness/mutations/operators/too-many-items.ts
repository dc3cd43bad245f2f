// too_many_items: a list or map one entry (or two) over its documented maximum.

import { isMapSchema } from "../../../../spec/contract/json-schema.ts";
import { valueArbitrary } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const tooManyItems: MutationOperator = {
  name: "too_many_items",
  constraint: ({ schema }) => {
    if (isMapSchema(schema)) return schema.maxProperties !== undefined ? "maxProperties" : undefined;
    return schema.type === "array" && schema.maxItems !== undefined ? "maxItems" : undefined;
  },
  candidates({ schema }) {
    if (isMapSchema(schema)) {
      const { maxProperties, ...open } = schema;
      const n = maxProperties! + 1;
      return valueArbitrary({ ...open, minProperties: n, maxProperties: n + 1 });
    }
    const { maxItems, ...open } = schema;
    return valueArbitrary({ ...open, minItems: maxItems! + 1, maxItems: maxItems! + 2 });
  },
};
