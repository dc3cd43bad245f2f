// Markdown the PDF conversion left around names and values.
//
// Cross-references became links to `#` (the targets were PDF page anchors), so `[streamKey](#)` is
// the name `streamKey`; real URLs are kept, they are part of the documentation.

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const LINKED_IDENTIFIER = /^\[([A-Za-z][A-Za-z0-9_]*)\]\(#\)$/;

/** The identifier a heading or member-name line holds, bare or link-wrapped; undefined otherwise. */
export function identifierOf(text: string): string | undefined {
  const t = text.trim();
  if (IDENTIFIER.test(t)) return t;
  return LINKED_IDENTIFIER.exec(t)?.[1];
}

/** Dead links (`[text](#)`) become their text. */
export function unlink(text: string): string {
  return text.replace(/\[([^\]]*)\]\(#\)/g, "$1");
}

/**
 * Splits a value that may be a code span: "`x`" -> { code: "x", after: "" }, and "`x`*" keeps the
 * text after the closing backtick, because emphasis markers land there (see patterns.ts).
 */
export function codeSpan(text: string): { code: string; after: string; quoted: boolean } {
  const t = text.trim();
  const m = /^`([^`]*)`(.*)$/.exec(t);
  if (m) return { code: m[1] ?? "", after: m[2] ?? "", quoted: true };
  return { code: t, after: "", quoted: false };
}

/** A value list item with its optional code-span backticks removed: "`NORMAL`" and "NORMAL" alike. */
export function unquote(text: string): string {
  const t = text.trim();
  const m = /^`([^`]*)`$/.exec(t);
  return m ? (m[1] ?? "") : t;
}
