// Sizes and numbers biased toward the edges of their documented range: the edges themselves and
// the values just inside them are where implementations get off-by-one wrong.
import fc from "fast-check";

/** A length or count in [min, max], half the time one of min, min+1, max-1, max. */
export function boundedSize(min: number, max: number): fc.Arbitrary<number> {
  if (max <= min) return fc.constant(min);
  const edges = [...new Set([min, min + 1, max - 1, max])].filter((n) => n >= min && n <= max);
  return fc.oneof(fc.constantFrom(...edges), fc.integer({ min, max }));
}

/** An integer in [min, max], biased toward both ends. */
export function boundedInteger(min: number, max: number): fc.Arbitrary<number> {
  if (max <= min) return fc.constant(min);
  const edges = [...new Set([min, min + 1, max - 1, max])].filter((n) => n >= min && n <= max);
  return fc.oneof(fc.constantFrom(...edges), fc.integer({ min, max }));
}
