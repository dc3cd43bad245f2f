// Rendered patterns back to the regular expressions they were.
//
// The PDF was produced from markdown, and the patterns went through it unprotected (or half
// protected by backticks). Three artifacts occur, each repaired by one rule below and named in
// `repairs` so that the emitter can say what was changed:
//   - backticks around the whole pattern (a code span): markup, removed, not reported;
//   - `\$` for `$`: markdown's escape for a dollar sign, which as a regex would be a literal `$`;
//   - emphasis that moved a trailing `*` quantifier into the character class before it:
//     `[a-zA-Z0-9-_*]` and `` `[a-zA-Z0-9-_*]`* `` are both renderings of `[a-zA-Z0-9-_]*`.
// Anchors are never added or removed: a pattern keeps whatever `^`/`$` the document shows.

import { codeSpan } from "./markup.ts";

interface RepairedPattern {
  /** The pattern as printed, markup included. */
  rendered: string;
  /** The ECMA-262 source. */
  pattern: string;
  /** One sentence per repair applied; empty when the text only lost its backticks (or nothing). */
  repairs: string[];
}

export function repairPattern(rendered: string): RepairedPattern {
  const span = codeSpan(rendered);
  let pattern = span.code + span.after;
  const repairs: string[] = [];

  if (pattern.includes("\\$")) {
    pattern = pattern.replaceAll("\\$", "$");
    repairs.push("`\\$` is markdown's escape for `$` (end anchor), unescaped");
  }

  // A class that ends in an unescaped `*`, optionally followed by a `*` that emphasis pushed out of
  // the code span: the class never contained `*`, it was the quantifier after `]`.
  const displaced = /\[((?:[^\]\\]|\\.)+?)(?<!\\)\*\](\*?)/g;
  let duplicated = false;
  let moved = false;
  pattern = pattern.replace(displaced, (_all, body: string, after: string) => {
    moved = true;
    duplicated ||= after === "*";
    return `[${body}]*`;
  });
  if (moved) {
    repairs.push(
      duplicated
        ? "markdown emphasis moved the `*` quantifier into the character class and left a copy after it " +
            "(`[...*]*` -> `[...]*`)"
        : "markdown emphasis moved the `*` quantifier into the character class (`[...*]` -> `[...]*`)",
    );
  }

  return { rendered, pattern, repairs };
}

/** The error message if `pattern` does not compile as ajv compiles it (ECMA-262, `u` flag). */
export function patternError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Whether `shorter` is `longer` with some `_` or `*` removed: the trace emphasis leaves when it eats
 * its markers. Used to tell a lossy rendering of a pattern from a genuinely different one.
 */
export function lostEmphasisMarkers(shorter: string, longer: string): boolean {
  if (shorter.length >= longer.length) return false;
  let i = 0;
  for (const c of longer) {
    if (i < shorter.length && shorter[i] === c) i++;
    else if (c !== "_" && c !== "*") return false;
  }
  return i === shorter.length;
}
