// Valid values for a JSON Schema node (the subset in ../json-schema.ts), biased toward the
// documented boundaries: lengths in code points, inclusive ranges; a string with a pattern is a
// whole-value match, valid under every reading of the pattern (see wholeMatchArbitrary).
import fc from "fast-check";
import { codePointLength, isMapSchema, type JsonSchema } from "../../../spec/contract/json-schema.ts";
import { getOrCreate } from "../get-or-create.ts";
import { boundedInteger, boundedSize } from "./boundaries.ts";
import { fullMatchRegex } from "./pattern.ts";
import { ITEM, MAP_KEY, MAP_VALUE, type ValuePath } from "./value-path.ts";
import { compileWholeMatch, type WholeMatch } from "./whole-match.ts";

export interface ValueOptions {
  /** Replaces generation at a path (resource references, semantic formats); undefined keeps it. */
  override?: (path: ValuePath, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;
  /** A path that must exist in every generated value (so a mutation below optional members lands). */
  force?: ValuePath;
  /** Optional members are left out, lists and maps kept at their minimum size (producers' inputs). */
  minimal?: boolean;
}

/** Unbounded lengths and sizes are kept small: nothing documented lies beyond them. */
const OPEN_LENGTH = 24;
const OPEN_SIZE = 3;
const INT32: [number, number] = [-(2 ** 31), 2 ** 31 - 1];
const SAFE: [number, number] = [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];

/** Mostly ASCII, sometimes outside the BMP: a length counted in UTF-16 units would be wrong. */
const textChar = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom("é", "ß", "中", "😀", "𝄞") },
);

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const WIDE = ["é", "ß", "中", "😀", "𝄞"];

/** Long text is built from one generated seed: fast-check's per-character generation costs too much for 50 x 256. */
function seededText(length: number, seed: number): string {
  let state = seed | 0;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    const r = (state >>> 0) % 1300;
    out += r < 1200 ? ASCII[r % ASCII.length] : WIDE[r % WIDE.length];
  }
  return out;
}

export const textOfLength = (length: number): fc.Arbitrary<string> =>
  length <= 8
    ? fc.string({ unit: textChar, minLength: length, maxLength: length })
    : fc.integer().map((seed) => seededText(length, seed));

export function stringArbitrary(schema: JsonSchema, minimal = false): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === "date-time") {
    return fc
      .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.contentEncoding === "base64")
    return fc.uint8Array({ maxLength: 32 }).map((b) => Buffer.from(b).toString("base64"));
  const min = schema.minLength ?? 0;
  if (schema.pattern) return wholeMatchArbitrary(schema.pattern, min, schema.maxLength, minimal);
  const max = schema.maxLength ?? min + OPEN_LENGTH;
  const size = minimal ? fc.constant(Math.max(min, Math.min(max, 1))) : boundedSize(min, max);
  return size.chain(textOfLength);
}

/** How far past the shortest match a pattern without a documented maximum is generated. */
const OPEN_CAP = 256;

/**
 * The lengths in [min, max] that whole-value matches of `pattern` reach (max undefined: from the
 * shortest one at or above `min`, OPEN_LENGTH further); undefined when the pattern is outside the
 * subset the length-aware generator parses (whole-match.ts).
 */
export function wholeMatchLengths(pattern: string, min: number, max: number | undefined): number[] | undefined {
  let matcher: WholeMatch;
  try {
    matcher = compileWholeMatch(pattern, max ?? min + OPEN_CAP);
  } catch {
    return undefined;
  }
  if (max !== undefined) return matcher.lengths(min, max);
  const first = matcher.lengths(min, min + OPEN_CAP)[0];
  return first === undefined ? [] : matcher.lengths(first, first + OPEN_LENGTH);
}

/**
 * Values that match `pattern` as a whole (valid under every reading: "matches somewhere" and
 * "matches the whole value"), biased toward the shortest and longest lengths such a match reaches
 * within the documented bounds. Throws, naming the pattern and the bounds, when no whole-value
 * match fits them: then no value is valid under every reading, and none is generated.
 */
export function wholeMatchArbitrary(
  pattern: string,
  min: number,
  max: number | undefined,
  minimal = false,
): fc.Arbitrary<string> {
  const lengths = wholeMatchLengths(pattern, min, max);
  if (lengths === undefined) {
    // Outside the parsed subset: fast-check's own generator, kept to the documented bounds.
    return bareMatch(pattern).filter((v) => {
      const n = codePointLength(v);
      return n >= min && n <= (max ?? Infinity);
    });
  }
  if (lengths.length === 0) {
    throw new Error(
      `pattern ${JSON.stringify(pattern)}: no whole-value match is ${min} to ${max ?? "any"} code points long ` +
        "(the documented bounds), so no value is valid under every reading of the pattern",
    );
  }
  const matcher = compileWholeMatch(pattern, max ?? lengths.at(-1)!);
  if (minimal) return matcher.ofLength(lengths.find((n) => n >= 1) ?? lengths[0]!);
  const edges = [...new Set([lengths[0]!, lengths[1], lengths.at(-2), lengths.at(-1)!])].filter(
    (n): n is number => n !== undefined,
  );
  return fc.oneof(fc.constantFrom(...edges), fc.constantFrom(...lengths)).chain((n) => matcher.ofLength(n));
}

const bareMatches = new Map<string, fc.Arbitrary<string>>();
function bareMatch(source: string): fc.Arbitrary<string> {
  return getOrCreate(bareMatches, source, () => fc.stringMatching(fullMatchRegex(source)));
}

function integerBounds(schema: JsonSchema): [number, number] {
  const [lo, hi] = schema.format === "int32" ? INT32 : SAFE;
  return [Math.max(lo, schema.minimum ?? lo), Math.min(hi, schema.maximum ?? hi)];
}

export function valueArbitrary(
  schema: JsonSchema,
  options: ValueOptions = {},
  path: ValuePath = [],
): fc.Arbitrary<unknown> {
  const replaced = options.override?.(path, schema);
  if (replaced) return replaced;
  const force = options.force;
  const minimal = options.minimal === true;
  const childOptions = (segment: string, forced: boolean): ValueOptions => {
    const { force: _, ...rest } = options;
    return forced && force && force[0] === segment && force.length > 1 ? { ...rest, force: force.slice(1) } : rest;
  };
  if (schema.anyOf?.[0]) return valueArbitrary(schema.anyOf[0], options, path);
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema, minimal);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const [min, max] = integerBounds(schema);
      if (minimal) return fc.constant(min <= 1 && max >= 1 ? 1 : min);
      if (schema.minimum === undefined && schema.maximum === undefined) return fc.integer({ min: -1000, max: 1000 });
      return boundedInteger(min, max);
    }
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "array": {
      const item = schema.items ?? {};
      const min = Math.max(schema.minItems ?? 0, force?.[0] === ITEM ? 1 : 0);
      const max = Math.max(min, schema.maxItems ?? OPEN_SIZE);
      const size = minimal ? fc.constant(min) : boundedSize(min, Math.min(max, min + 50));
      const first = valueArbitrary(item, childOptions(ITEM, true), [...path, ITEM]);
      const rest = valueArbitrary(item, childOptions(ITEM, false), [...path, ITEM]);
      return size.chain(
        (n): fc.Arbitrary<unknown[]> =>
          n === 0
            ? fc.constant([] as unknown[])
            : fc.tuple(first, fc.array(rest, { minLength: n - 1, maxLength: n - 1 })).map(([a, b]) => [a, ...b]),
      );
    }
    case "object":
      if (isMapSchema(schema)) return mapArbitrary(schema, options, path, childOptions);
      return structureArbitrary(schema, options, path, childOptions);
    default:
      if (schema.properties) return structureArbitrary(schema, options, path, childOptions);
      return fc.constant(null);
  }
}

type ChildOptions = (segment: string, forced: boolean) => ValueOptions;

function structureArbitrary(
  schema: JsonSchema,
  options: ValueOptions,
  path: ValuePath,
  childOptions: ChildOptions,
): fc.Arbitrary<unknown> {
  const required = new Set(schema.required ?? []);
  if (options.force?.[0] !== undefined) required.add(options.force[0]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, member] of Object.entries(schema.properties ?? {})) {
    if (options.minimal && !required.has(name)) continue;
    model[name] = valueArbitrary(member, childOptions(name, true), [...path, name]);
  }
  return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) }).map((r) => ({ ...r }));
}

function mapArbitrary(
  schema: JsonSchema & { additionalProperties: JsonSchema },
  options: ValueOptions,
  path: ValuePath,
  childOptions: ChildOptions,
): fc.Arbitrary<unknown> {
  const forcing = options.force?.[0] === MAP_VALUE || options.force?.[0] === MAP_KEY;
  const min = Math.max(schema.minProperties ?? 0, forcing ? 1 : 0);
  const max = Math.max(min, schema.maxProperties ?? OPEN_SIZE);
  const keySchema: JsonSchema = schema.propertyNames ?? { type: "string", minLength: 1 };
  const key = valueArbitrary(keySchema, childOptions(MAP_KEY, false), [...path, MAP_KEY]) as fc.Arbitrary<string>;
  const size = options.minimal ? fc.constant(min) : boundedSize(min, max);
  const firstValue = valueArbitrary(schema.additionalProperties, childOptions(MAP_VALUE, true), [...path, MAP_VALUE]);
  const value = valueArbitrary(schema.additionalProperties, childOptions(MAP_VALUE, false), [...path, MAP_VALUE]);
  return size.chain((n) =>
    fc
      .tuple(
        fc.uniqueArray(key, { minLength: n, maxLength: n }),
        firstValue,
        fc.array(value, { minLength: n, maxLength: n }),
      )
      .map(([keys, first, values]) => Object.fromEntries(keys.map((k, i) => [k, i === 0 ? first : values[i]]))),
  );
}
