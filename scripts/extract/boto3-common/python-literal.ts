// boto3's request and response syntax, read as the Python literals they are:
//
//   response = client.create_channel(        { 'channel': {
//       latencyMode='NORMAL'|'LOW',               'tags': { 'string': 'string' },
//       tags={ 'string': 'string' } )             'startTime': datetime(2015, 1, 1) } }
//
// A literal may span many lines (the boto3 reference, the 2026 changelog page) or sit on one (the
// 2025 changelog page), so the tokenizer walks lines and keeps each token's line number. It reads
// lazily and stops where the literal closes: the prose that follows may hold quotes it cannot read.
// What the literals mean (maps, enums) is syntax-tree.ts's business, not this file's.

import { ExtractionError, type Line } from "../text/lines.ts";

export type Literal =
  | { type: "dict"; entries: DictEntry[]; line: number }
  | { type: "list"; items: Literal[]; line: number }
  /** `'string'`, or alternatives `'NORMAL'|'LOW'`: each quoted text, verbatim. */
  | { type: "str"; values: string[]; line: number }
  | { type: "number"; text: string; line: number }
  /** `True|False` */
  | { type: "bool"; line: number }
  /** `datetime(2015, 1, 1)` */
  | { type: "datetime"; line: number }
  /** `b'bytes'` */
  | { type: "bytes"; line: number };

interface DictEntry {
  key: string;
  line: number;
  value: Literal;
}

/** A keyword argument of a call: `latencyMode='NORMAL'|'LOW'`. */
export interface CallArgument {
  name: string;
  line: number;
  value: Literal;
}

interface Call {
  /** The called name without its receiver: `create_channel` in `client.create_channel(`. */
  method: string;
  /** The receiver: `client` or `paginator`. */
  receiver: string;
  arguments: CallArgument[];
  line: number;
}

/** 0-based index into the document's lines, and a column in that line. */
export interface Position {
  index: number;
  col: number;
}

type Token =
  | { kind: "punct"; text: string; line: number }
  | { kind: "str"; text: string; bytes: boolean; line: number }
  | { kind: "number"; text: string; line: number }
  | { kind: "ident"; text: string; line: number };

class Tokenizer {
  private buffered: Token | undefined;

  constructor(
    private readonly document: string,
    private readonly lines: readonly Line[],
    public at: Position,
  ) {}

  private lineNumber(): number {
    return this.lines[this.at.index]?.n ?? this.lines.at(-1)?.n ?? 0;
  }

  fail(expected: string, token?: Token): never {
    const line = token?.line ?? this.lineNumber();
    throw new ExtractionError(this.document, line, expected, token ? token.text : "the end of the document");
  }

  peek(): Token | undefined {
    this.buffered ??= this.read();
    return this.buffered;
  }

  next(expected: string): Token {
    const token = this.peek();
    if (!token) this.fail(expected);
    this.buffered = undefined;
    return token;
  }

  expectPunct(text: string, context: string): Token {
    const token = this.next(`'${text}' ${context}`);
    if (token.kind !== "punct" || token.text !== text) this.fail(`'${text}' ${context}`, token);
    return token;
  }

  isPunct(text: string): boolean {
    const token = this.peek();
    return token?.kind === "punct" && token.text === text;
  }

  /** Where the last consumed token ended (nothing may be buffered). */
  position(): Position {
    if (this.buffered) throw new Error("Tokenizer.position: a token is buffered");
    return { ...this.at };
  }

  private read(): Token | undefined {
    for (;;) {
      const line = this.lines[this.at.index];
      if (!line) return undefined;
      const rest = line.text.slice(this.at.col);
      const space = /^\s*/.exec(rest)![0].length;
      if (space === rest.length) {
        this.at = { index: this.at.index + 1, col: 0 };
        continue;
      }
      const start = this.at.col + space;
      const text = line.text.slice(start);
      const token = this.match(text, line.n);
      this.at = { index: this.at.index, col: start + token.length };
      return token.token;
    }
  }

  private match(text: string, line: number): { token: Token; length: number } {
    const str = /^(b?)'([^']*)'/.exec(text);
    if (str) return { token: { kind: "str", text: str[2]!, bytes: str[1] === "b", line }, length: str[0].length };
    const number = /^-?\d+(?:\.\d+)?/.exec(text);
    if (number) return { token: { kind: "number", text: number[0], line }, length: number[0].length };
    const ident = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text);
    if (ident) return { token: { kind: "ident", text: ident[0], line }, length: ident[0].length };
    if ("{}[](),:=|".includes(text[0]!)) return { token: { kind: "punct", text: text[0]!, line }, length: 1 };
    throw new ExtractionError(
      this.document,
      line,
      "a Python literal (dict, list, quoted string, number, True|False, datetime(...))",
      text,
    );
  }
}

function parseValue(t: Tokenizer): Literal {
  const token = t.next("a value");
  if (token.kind === "punct" && token.text === "{") return parseDict(t, token.line);
  if (token.kind === "punct" && token.text === "[") return parseList(t, token.line);
  if (token.kind === "str") {
    if (token.bytes) return { type: "bytes", line: token.line };
    const values = [token.text];
    while (t.isPunct("|")) {
      t.next("'|'");
      const alternative = t.next("a quoted alternative after '|'");
      if (alternative.kind !== "str") t.fail("a quoted alternative after '|'", alternative);
      values.push(alternative.text);
    }
    return { type: "str", values, line: token.line };
  }
  if (token.kind === "number") return { type: "number", text: token.text, line: token.line };
  if (token.kind === "ident" && (token.text === "True" || token.text === "False")) {
    // Always written `True|False`; read either half alone too.
    if (t.isPunct("|")) {
      t.next("'|'");
      const other = t.next("True or False after '|'");
      if (other.kind !== "ident" || !["True", "False"].includes(other.text)) t.fail("True or False after '|'", other);
    }
    return { type: "bool", line: token.line };
  }
  if (token.kind === "ident" && token.text === "datetime") {
    t.expectPunct("(", "after datetime");
    while (!t.isPunct(")")) t.next("the arguments of datetime(...)");
    t.next("')'");
    return { type: "datetime", line: token.line };
  }
  return t.fail("a value (dict, list, quoted string, number, True|False, datetime(...))", token);
}

function parseDict(t: Tokenizer, line: number): Literal {
  const entries: DictEntry[] = [];
  for (;;) {
    if (t.isPunct("}")) {
      t.next("'}'");
      return { type: "dict", entries, line };
    }
    const key = t.next("a quoted key or '}'");
    if (key.kind !== "str") t.fail("a quoted key or '}'", key);
    t.expectPunct(":", `after the key '${key.text}'`);
    entries.push({ key: key.text, line: key.line, value: parseValue(t) });
    if (t.isPunct(",")) t.next("','");
    else if (!t.isPunct("}")) t.fail(`',' or '}' after the value of '${key.text}'`, t.peek());
  }
}

function parseList(t: Tokenizer, line: number): Literal {
  const items: Literal[] = [];
  for (;;) {
    if (t.isPunct("]")) {
      t.next("']'");
      return { type: "list", items, line };
    }
    items.push(parseValue(t));
    if (t.isPunct(",")) t.next("','");
    else if (!t.isPunct("]")) t.fail("',' or ']' after a list item", t.peek());
  }
}

/**
 * Reads one literal starting at `at` (which must be where it begins, e.g. at its `{`), and where
 * it ended, so that the caller can read what follows on the same line.
 */
export function parseLiteral(
  document: string,
  lines: readonly Line[],
  at: Position,
): { value: Literal; end: Position } {
  const t: Tokenizer = new Tokenizer(document, lines, at);
  const value = parseValue(t);
  return { value, end: t.position() };
}

/**
 * Reads a call `[response =] receiver.method( name=value, ... )` starting at line `index`,
 * and the index of the line that holds its closing parenthesis.
 */
export function parseCall(document: string, lines: readonly Line[], index: number): { call: Call; endIndex: number } {
  const t: Tokenizer = new Tokenizer(document, lines, { index, col: 0 });
  let callee = t.next("a call such as client.get_channel(");
  if (callee.kind === "ident" && t.isPunct("=")) {
    t.next("'='");
    callee = t.next("a call after '='");
  }
  const dotted = callee.kind === "ident" ? /^([A-Za-z_]\w*)\.([a-z_][a-z0-9_]*)$/.exec(callee.text) : null;
  if (!dotted) t.fail("a call such as client.get_channel(", callee);
  t.expectPunct("(", `after ${callee.text}`);
  const args: CallArgument[] = [];
  for (;;) {
    if (t.isPunct(")")) {
      t.next("')'");
      break;
    }
    const name = t.next("an argument name or ')'");
    if (name.kind !== "ident" || name.text.includes(".")) t.fail("an argument name or ')'", name);
    t.expectPunct("=", `after the argument name ${name.text}`);
    args.push({ name: name.text, line: name.line, value: parseValue(t) });
    if (t.isPunct(",")) t.next("','");
    else if (!t.isPunct(")")) t.fail(`',' or ')' after the argument ${name.text}`, t.peek());
  }
  // The tokenizer stays on the line of the last token it consumed: `)`.
  const end = t.position();
  return {
    call: { receiver: dotted[1]!, method: dotted[2]!, arguments: args, line: callee.line },
    endIndex: end.index,
  };
}
