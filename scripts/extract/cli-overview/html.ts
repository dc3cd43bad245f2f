// The few HTML habits of the CLI overview: <p>, <b>, <i>, <ul>/<li>, <a> and <code>, nothing
// nested deeper, no entities in practice (the common ones are decoded all the same).

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** Tags inside a sentence: removing them must not add a space ("<code>arn</code>." is "arn."). */
const INLINE_TAG = /<\/?(?:a|b|i|em|strong|code|span)\b[^>]*>/gi;

/** The text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(INLINE_TAG, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}
