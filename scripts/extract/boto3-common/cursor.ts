// A reading position over a bounded run of lines. Blank lines separate paragraphs in the boto3
// reference and carry nothing, so the cursor steps over them.

import { ExtractionError, isBlank, type Line } from "../text/lines.ts";

export class Cursor {
  /**
   * @param lines the whole document
   * @param index 0-based index of the first line to read
   * @param end 0-based index one past the last line this cursor may read
   */
  constructor(
    readonly document: string,
    readonly lines: readonly Line[],
    public index: number,
    readonly end: number,
  ) {}

  private skipBlank(): void {
    while (this.index < this.end && isBlank(this.lines[this.index]!)) this.index++;
  }

  /** The next non-blank line, not consumed; undefined at the end of the run. */
  peek(): Line | undefined {
    this.skipBlank();
    return this.index < this.end ? this.lines[this.index] : undefined;
  }

  /** Consumes the next non-blank line; `expected` says what the caller wanted, for the error. */
  next(expected: string): Line {
    const line = this.peek();
    if (!line) this.fail(expected);
    this.index++;
    return line;
  }

  atEnd(): boolean {
    return this.peek() === undefined;
  }

  /** Throws an ExtractionError at the next line (or the last line of the run when none is left). */
  fail(expected: string, line?: Line): never {
    const at = line ?? this.peek() ?? this.lines[Math.min(this.end, this.lines.length) - 1];
    throw new ExtractionError(
      this.document,
      at?.n ?? 0,
      expected,
      line || this.peek() ? at?.text : "the end of the section",
    );
  }
}
