// Smithy `pattern` semantics: an ECMA-262 regular expression that must match somewhere in the value
// (unanchored), compiled with the `u` flag as ajv compiles JSON Schema patterns.
export interface CompiledPattern {
  source: string;
  regex: RegExp;
  /** The documented source contains `^` or `$` outside a character class. */
  anchored: boolean;
  /** Unanchored and matching the empty string: every string matches, so it constrains nothing. */
  matchesEverything: boolean;
}

const cache = new Map<string, CompiledPattern>();

export function compilePattern(source: string): CompiledPattern {
  let compiled = cache.get(source);
  if (!compiled) {
    const regex = new RegExp(source, "u");
    const outsideClasses = source.replace(/\\./g, "").replace(/\[(?:\\.|[^\]])*\]/g, "");
    const anchored = /[\^$]/.test(outsideClasses);
    compiled = { source, regex, anchored, matchesEverything: !anchored && regex.test("") };
    cache.set(source, compiled);
  }
  return compiled;
}

export const matchesPattern = (pattern: string, value: string) => compilePattern(pattern).regex.test(value);

/** The same language, anchored, so that fast-check generates bare matches without padding. */
export const fullMatchRegex = (pattern: string) => new RegExp(`^(?:${pattern})$`, "u");
