// Every mutation operator, in one table; the names are stable (test notes, replay sites, reports).
import type { MutationOperator, OperatorName } from "./mutation.ts";
import { aboveMaximum } from "./operators/above-maximum.ts";
import { belowMinimum } from "./operators/below-minimum.ts";
import { enumOutside } from "./operators/enum-outside.ts";
import { missingRequired } from "./operators/missing-required.ts";
import { patternMismatch } from "./operators/pattern-mismatch.ts";
import { tooFewItems } from "./operators/too-few-items.ts";
import { tooLong } from "./operators/too-long.ts";
import { tooManyItems } from "./operators/too-many-items.ts";
import { tooShort } from "./operators/too-short.ts";
import { wrongType } from "./operators/wrong-type.ts";

export const OPERATORS: Record<OperatorName, MutationOperator> = {
  too_long: tooLong,
  too_short: tooShort,
  pattern_mismatch: patternMismatch,
  enum_outside: enumOutside,
  below_minimum: belowMinimum,
  above_maximum: aboveMaximum,
  too_many_items: tooManyItems,
  too_few_items: tooFewItems,
  missing_required: missingRequired,
  wrong_type: wrongType,
};
