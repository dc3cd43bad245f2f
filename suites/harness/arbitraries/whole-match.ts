// Whole-value matches of a documented pattern, of an exact length. A value a target must accept
// under every reading of an unanchored pattern (Smithy's "matches somewhere", a service's "matches
// as a whole") is a whole-value match; reaching the documented length bounds with one needs a
// generator that can aim at a length, which fast-check's stringMatching cannot. The pattern is
// parsed into a small tree (the ECMA-262 subset documented patterns use: literals, classes,
// escapes, groups, alternation, quantifiers, `^` and `$`), the lengths each node can take are
// computed up to a cap, and a value of a chosen length is built top-down. Anything else
// (backreferences, lookarounds, property escapes) is unsupported: `compileWholeMatch` throws and
// the caller falls back to fast-check's generator.
import fc from "fast-check";

type Node =
  | { kind: "chars"; set: CharSet }
  | { kind: "literal"; text: string }
  | { kind: "empty" }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; options: Node[] }
  | { kind: "repeat"; node: Node; min: number; max: number };

/** A set of code points: a membership test and the code points generation draws from. */
interface CharSet {
  has(cp: number): boolean;
  sample: readonly number[];
}

/** What negated classes and `.` draw from: printable ASCII and a few wider code points. */
const POOL = [
  ...Array.from({ length: 95 }, (_, i) => 32 + i),
  ...["é", "ß", "中", "😀", "𝄞"].map((c) => c.codePointAt(0)!),
];
/** A range wider than this is sampled, not enumerated. */
const MAX_ENUMERATED = 256;

function rangeSet(ranges: readonly [number, number][]): CharSet {
  const sample: number[] = [];
  for (const [lo, hi] of ranges) {
    const size = hi - lo + 1;
    const step = size > MAX_ENUMERATED ? Math.ceil(size / MAX_ENUMERATED) : 1;
    for (let cp = lo; cp <= hi; cp += step) if (cp < 0xd800 || cp > 0xdfff) sample.push(cp);
  }
  return { has: (cp) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi), sample: [...new Set(sample)] };
}

function unionSet(sets: readonly CharSet[]): CharSet {
  return { has: (cp) => sets.some((s) => s.has(cp)), sample: [...new Set(sets.flatMap((s) => s.sample))] };
}

function negateSet(set: CharSet): CharSet {
  const has = (cp: number) => !set.has(cp);
  return { has, sample: POOL.filter(has) };
}

const DIGIT = rangeSet([[48, 57]]);
const WORD = rangeSet([
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]);
const SPACE = rangeSet([
  [9, 13],
  [32, 32],
  [160, 160],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS = rangeSet([
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
]);
const DOT = negateSet(LINE_TERMINATORS);

class Parser {
  private i = 0;
  private readonly cps: number[];
  constructor(private readonly source: string) {
    this.cps = [...source].map((c) => c.codePointAt(0)!);
  }

  private unsupported(what: string): never {
    throw new Error(`pattern ${JSON.stringify(this.source)}: ${what} is not supported by the whole-match generator`);
  }
  private peek(offset = 0): string | undefined {
    const cp = this.cps[this.i + offset];
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }
  private next(): string {
    const c = this.peek();
    if (c === undefined) this.unsupported("an unexpected end");
    this.i++;
    return c;
  }

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.cps.length) this.unsupported(`"${this.peek()}" at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.cps.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return mergeLiterals(items);
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{" && /^\{\d+(,\d*)?\}/.test(this.rest())) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.rest())!;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += [...m[0]].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === "?") this.i++; // lazy: the same language
    if (atom.kind === "empty") return atom;
    return { kind: "repeat", node: atom, min, max };
  }

  private rest(): string {
    return String.fromCodePoint(...this.cps.slice(this.i));
  }

  private atom(): Node {
    const c = this.next();
    switch (c) {
      case "^":
      case "$":
        // Zero-width: a whole-value match starts and ends the value anyway; a candidate in which
        // an anchor would sit elsewhere is caught by the final whole-value test.
        return { kind: "empty" };
      case ".":
        return { kind: "chars", set: DOT };
      case "[":
        return { kind: "chars", set: this.charClass() };
      case "(":
        return this.group();
      case "\\":
        return this.escapeAtom();
      case "*":
      case "+":
      case "?":
        return this.unsupported(`a quantifier "${c}" with nothing to repeat`);
      default:
        return { kind: "literal", text: c };
    }
  }

  private group(): Node {
    if (this.peek() === "?") {
      const rest = this.rest();
      if (rest.startsWith("?:")) this.i += 2;
      else if (/^\?<[A-Za-z_$][\w$]*>/.test(rest)) this.i += /^\?<[^>]+>/.exec(rest)![0].length;
      else this.unsupported("a lookaround");
    }
    const inner = this.alternation();
    if (this.next() !== ")") this.unsupported("an unclosed group");
    return inner;
  }

  private escapeAtom(): Node {
    const c = this.peek();
    if (c === "b" || c === "B") this.unsupported("a word boundary");
    if (c !== undefined && /[1-9]/.test(c)) this.unsupported("a backreference");
    const escaped = this.classEscape();
    return typeof escaped === "number" ? { kind: "literal", text: String.fromCodePoint(escaped) } : escaped;
  }

  /** After a backslash: a code point, or a set (\d, \w, \s and their negations). */
  private classEscape(): number | { kind: "chars"; set: CharSet } {
    const c = this.next();
    switch (c) {
      case "d":
        return { kind: "chars", set: DIGIT };
      case "D":
        return { kind: "chars", set: negateSet(DIGIT) };
      case "w":
        return { kind: "chars", set: WORD };
      case "W":
        return { kind: "chars", set: negateSet(WORD) };
      case "s":
        return { kind: "chars", set: SPACE };
      case "S":
        return { kind: "chars", set: negateSet(SPACE) };
      case "t":
        return 9;
      case "n":
        return 10;
      case "v":
        return 11;
      case "f":
        return 12;
      case "r":
        return 13;
      case "0":
        return 0;
      case "x": {
        const m = /^[0-9a-fA-F]{2}/.exec(this.rest()) ?? this.unsupported("a malformed \\x escape");
        this.i += 2;
        return Number.parseInt(m[0], 16);
      }
      case "u": {
        const m = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(this.rest()) ?? this.unsupported("a \\u escape");
        this.i += m[0].length;
        return Number.parseInt(m[1] ?? m[2]!, 16);
      }
      case "p":
      case "P":
      case "c":
      case "k":
        return this.unsupported(`the escape \\${c}`);
      default:
        return c.codePointAt(0)!;
    }
  }

  private charClass(): CharSet {
    const negated = this.peek() === "^";
    if (negated) this.i++;
    const ranges: [number, number][] = [];
    const sets: CharSet[] = [];
    const atom = (): number | CharSet => {
      const c = this.next();
      if (c !== "\\") return c.codePointAt(0)!;
      if (this.peek() === "b") {
        this.i++;
        return 8;
      }
      if (this.peek() === "-") {
        this.i++;
        return 45;
      }
      const e = this.classEscape();
      return typeof e === "number" ? e : e.set;
    };
    while (this.peek() !== "]") {
      if (this.peek() === undefined) this.unsupported("an unclosed class");
      const lo = atom();
      if (typeof lo !== "number") {
        sets.push(lo);
        continue;
      }
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
        this.i++;
        const hi = atom();
        if (typeof hi !== "number") this.unsupported("a range ending in a class escape");
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    this.i++;
    const set = unionSet([rangeSet(ranges), ...sets]);
    return negated ? negateSet(set) : set;
  }
}

function mergeLiterals(items: Node[]): Node {
  const out: Node[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.kind === "empty") continue;
    if (item.kind === "literal" && last?.kind === "literal")
      out[out.length - 1] = { kind: "literal", text: last.text + item.text };
    else out.push(item);
  }
  if (out.length === 0) return { kind: "empty" };
  return out.length === 1 ? out[0]! : { kind: "seq", items: out };
}

/** Which lengths (0..cap) a node can take, as a bitmap. */
type Lengths = Uint8Array<ArrayBuffer>;

const codePoints = (text: string) => [...text].length;

/** A whole-value matcher compiled for lengths up to `cap`. */
export interface WholeMatch {
  source: string;
  cap: number;
  /** The lengths in [min, max] (max at most cap) some whole-value match has, ascending. */
  lengths(min: number, max: number): number[];
  /** Whole-value matches of exactly `length` code points; `length` must be one `lengths` gives. */
  ofLength(length: number): fc.Arbitrary<string>;
}

class Compiled implements WholeMatch {
  private readonly sets = new Map<Node, Lengths>();
  private readonly counts = new Map<Node, Lengths[]>();
  private readonly full: RegExp;
  constructor(
    readonly source: string,
    private readonly root: Node,
    readonly cap: number,
  ) {
    this.full = new RegExp(`^(?:${source})$`, "u");
  }

  lengths(min: number, max: number): number[] {
    const set = this.set(this.root);
    const out: number[] = [];
    for (let n = Math.max(0, min); n <= Math.min(max, this.cap); n++) if (set[n]) out.push(n);
    return out;
  }

  ofLength(length: number): fc.Arbitrary<string> {
    if (length > this.cap || !this.set(this.root)[length])
      throw new Error(`pattern ${JSON.stringify(this.source)}: no whole-value match is ${length} code points long`);
    // The tree over-approximates where an anchor sits mid-pattern: the final test keeps the language exact.
    return this.gen(this.root, length).filter((v) => this.full.test(v));
  }

  private set(node: Node): Lengths {
    const known = this.sets.get(node);
    if (known) return known;
    const cap = this.cap;
    let out: Lengths = new Uint8Array(cap + 1);
    switch (node.kind) {
      case "chars":
        if (cap >= 1 && node.set.sample.length) out[1] = 1;
        break;
      case "literal": {
        const n = codePoints(node.text);
        if (n <= cap) out[n] = 1;
        break;
      }
      case "empty":
        out[0] = 1;
        break;
      case "seq":
        out = this.suffixes(node.items)[0]!;
        break;
      case "alt":
        for (const option of node.options) {
          const s = this.set(option);
          for (let n = 0; n <= cap; n++) if (s[n]) out[n] = 1;
        }
        break;
      case "repeat":
        for (const [k, s] of this.repeatCounts(node).entries()) {
          if (k < node.min) continue;
          for (let n = 0; n <= cap; n++) if (s[n]) out[n] = 1;
        }
        break;
    }
    this.sets.set(node, out);
    return out;
  }

  /** suffixes[i]: the lengths items[i..] can take together. */
  private readonly suffixCache = new Map<readonly Node[], Lengths[]>();
  private suffixes(items: readonly Node[]): Lengths[] {
    const known = this.suffixCache.get(items);
    if (known) return known;
    const out: Lengths[] = new Array(items.length + 1);
    const end = new Uint8Array(this.cap + 1);
    end[0] = 1;
    out[items.length] = end;
    for (let i = items.length - 1; i >= 0; i--) out[i] = sum(this.set(items[i]!), out[i + 1]!, this.cap);
    this.suffixCache.set(items, out);
    return out;
  }

  /**
   * counts[k]: the lengths k copies can take, for k up to the largest count that can matter (the
   * quantifier's maximum, or the cap past its minimum: a copy of length 0 adds nothing new).
   */
  private repeatCounts(node: Extract<Node, { kind: "repeat" }>): Lengths[] {
    const known = this.counts.get(node);
    if (known) return known;
    const one = this.set(node.node);
    const limit = Math.min(node.max, node.min + this.cap);
    const zero = new Uint8Array(this.cap + 1);
    zero[0] = 1;
    const out: Lengths[] = [zero];
    for (let k = 1; k <= limit; k++) out.push(sum(out[k - 1]!, one, this.cap));
    this.counts.set(node, out);
    return out;
  }

  private gen(node: Node, length: number): fc.Arbitrary<string> {
    switch (node.kind) {
      case "chars":
        return fc.constantFrom(...node.set.sample).map((cp) => String.fromCodePoint(cp));
      case "literal":
        return fc.constant(node.text);
      case "empty":
        return fc.constant("");
      case "seq":
        return this.genSeq(node.items, this.suffixes(node.items), 0, length);
      case "alt":
        return fc.oneof(...node.options.filter((o) => this.set(o)[length]).map((o) => this.gen(o, length)));
      case "repeat": {
        const counts = this.repeatCounts(node);
        const ks = counts.flatMap((s, k) => (k >= node.min && s[length] ? [k] : []));
        // One character per copy: the copies are drawn directly (long values cost one draw).
        if (node.node.kind === "chars") return drawChars(node.node.set.sample, length);
        return fc.constantFrom(...ks).chain((k) => this.genCopies(node.node, counts, k, length));
      }
    }
  }

  private genSeq(items: readonly Node[], suffixes: Lengths[], i: number, length: number): fc.Arbitrary<string> {
    if (i === items.length) return fc.constant("");
    const item = items[i]!;
    const own = this.set(item);
    const rest = suffixes[i + 1]!;
    const choices: number[] = [];
    for (let n = 0; n <= length; n++) if (own[n] && rest[length - n]) choices.push(n);
    const tail = (n: number) =>
      fc.tuple(this.gen(item, n), this.genSeq(items, suffixes, i + 1, length - n)).map(([a, b]) => a + b);
    return choices.length === 1 ? tail(choices[0]!) : fc.constantFrom(...choices).chain(tail);
  }

  /** k copies of `node` together `length` long; counts[j] holds the lengths j copies can take. */
  private genCopies(node: Node, counts: Lengths[], k: number, length: number): fc.Arbitrary<string> {
    if (k === 0) return fc.constant("");
    const own = this.set(node);
    const choices: number[] = [];
    for (let n = 0; n <= length; n++) if (own[n] && counts[k - 1]![length - n]) choices.push(n);
    return fc
      .constantFrom(...choices)
      .chain((n) =>
        fc.tuple(this.gen(node, n), this.genCopies(node, counts, k - 1, length - n)).map(([a, b]) => a + b),
      );
  }
}

function sum(a: Lengths, b: Lengths, cap: number): Lengths {
  const out = new Uint8Array(cap + 1);
  const as: number[] = [];
  for (let n = 0; n <= cap; n++) if (a[n]) as.push(n);
  for (let m = 0; m <= cap; m++) {
    if (!b[m]) continue;
    for (const n of as) {
      if (n + m > cap) break;
      out[n + m] = 1;
    }
  }
  return out;
}

/** `length` code points drawn from `sample`: per character when short, from one seed when long. */
function drawChars(sample: readonly number[], length: number): fc.Arbitrary<string> {
  const chars = sample.map((cp) => String.fromCodePoint(cp));
  if (length <= 8)
    return fc.array(fc.constantFrom(...chars), { minLength: length, maxLength: length }).map((a) => a.join(""));
  return fc.integer().map((seed) => {
    let state = seed | 0;
    let out = "";
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      out += chars[(state >>> 0) % chars.length];
    }
    return out;
  });
}

const compiled = new Map<string, WholeMatch>();

/**
 * The whole-value matcher of `source` for lengths up to `cap`; throws (naming the construct) for a
 * pattern outside the supported subset.
 */
export function compileWholeMatch(source: string, cap: number): WholeMatch {
  const key = `${cap}|${source}`;
  let m = compiled.get(key);
  if (!m) {
    m = new Compiled(source, new Parser(source).parse(), cap);
    compiled.set(key, m);
  }
  return m;
}
