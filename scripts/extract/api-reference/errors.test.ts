import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExtractionError, type Line, toLines } from "../text/lines.ts";
import { parseErrorList } from "./errors.ts";

const DOC = "excerpt.txt";
const excerpt = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/excerpts/api-reference/${name}`, import.meta.url), "utf8");

describe("parseErrorList", () => {
  const cases: [string, { given: Line[]; want: [string, number, number][] }][] = [
    [
      "an operation's list: ThrottlingException is 429 there",
      {
        given: toLines(
          "For information about the errors that are common to all actions, see [Common Errors](#).\n\n" +
            "AccessDeniedException\n\nHTTP Status Code: 403\n\n" +
            "ThrottlingException\n\nHTTP Status Code: 429\n",
        ),
        want: [
          ["AccessDeniedException", 403, 5],
          ["ThrottlingException", 429, 9],
        ],
      },
    ],
    [
      "an operation without specific errors",
      {
        given: toLines("For information about the errors that are common to all actions, see [Common Errors](#).\n"),
        want: [],
      },
    ],
    [
      "Common Errors: descriptions between name and status; ThrottlingException is 400 there",
      {
        // Without the section heading, line numbers as in the excerpt.
        given: toLines(excerpt("common-errors.txt")).slice(1),
        want: [
          ["AccessDeniedException", 400, 9],
          ["IncompleteSignature", 400, 15],
          ["InternalFailure", 500, 21],
          ["InvalidAction", 400, 27],
          ["InvalidClientTokenId", 403, 33],
          ["NotAuthorized", 400, 39],
          ["OptInRequired", 403, 45],
          ["RequestExpired", 400, 51],
          ["ServiceUnavailable", 503, 57],
          ["ThrottlingException", 400, 63],
          ["ValidationError", 400, 69],
        ],
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const got = parseErrorList(given, DOC);
    expect(got.map((e) => [e.ref.name, e.ref.status?.value, e.ref.status?.source.line])).toEqual(want);
  });

  const failures: [string, { given: string; want: RegExp }][] = [
    [
      "an error without a status",
      {
        given: "ConflictException\n\nValidationException\n\nHTTP Status Code: 400\n",
        want: /excerpt.txt:1: expected an "HTTP Status Code:" line for error "ConflictException"/,
      },
    ],
    [
      "an error listed twice",
      { given: "A\n\nHTTP Status Code: 400\n\nA\n\nHTTP Status Code: 400\n", want: /error "A" listed once/ },
    ],
    [
      "prose after the status",
      {
        given: "A\n\nHTTP Status Code: 400\n\nMore prose.\n",
        want: /excerpt.txt:5: expected the next error name line/,
      },
    ],
  ];
  it.each(failures)("refuses %s", (_, { given, want }) => {
    expect(() => parseErrorList(toLines(given), DOC)).toThrow(ExtractionError);
    expect(() => parseErrorList(toLines(given), DOC)).toThrow(want);
  });
});
