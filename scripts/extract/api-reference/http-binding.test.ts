import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExtractionError, toLines } from "../text/lines.ts";
import { bindUri, parseRequestLine, parseStatusLine, reassembleSyntax, topLevelKeys } from "./http-binding.ts";

const DOC = "excerpt.txt";
const excerpt = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/excerpts/api-reference/${name}`, import.meta.url), "utf8");

/** The block under a syntax heading (the excerpt's first line). */
function block(text: string) {
  const [heading, ...rest] = toLines(text);
  return reassembleSyntax(rest, DOC, heading!);
}

describe("reassembleSyntax and topLevelKeys", () => {
  const cases: [
    string,
    { given: string; want: { http: string; httpLine: number; headers: string[]; keys: [string, number][] } },
  ][] = [
    [
      "trap 1: CreateChannel's response cut into two fences by a page break",
      {
        given: excerpt("create-channel-response-syntax.txt"),
        want: {
          http: "HTTP/1.1 200",
          httpLine: 4,
          headers: ["Content-type: application/json"],
          keys: [
            ["channel", 8],
            ["streamKey", 38],
          ],
        },
      },
    ],
    [
      "trap 1: the request line alone in the first fence, the JSON in the next",
      {
        given:
          "Request Syntax\n\n" +
          "```\nPOST /CreatePlaybackRestrictionPolicy HTTP/1.1\nContent-type: application/json\n```\n\n" +
          '```\n{\n  "allowedCountries": [ "string" ],\n  "name": "string"\n}\n```\n',
        want: {
          http: "POST /CreatePlaybackRestrictionPolicy HTTP/1.1",
          httpLine: 4,
          headers: ["Content-type: application/json"],
          keys: [
            ["allowedCountries", 10],
            ["name", 11],
          ],
        },
      },
    ],
    [
      "trap 1: the status line left outside any fence (GetStreamSession)",
      {
        given:
          "Response Syntax\n\nHTTP/1.1 200\n\nContent-type: application/json\n\n" +
          '```\n{\n  "streamSession": {\n    "streamId": "string"\n  }\n}\n```\n',
        want: {
          http: "HTTP/1.1 200",
          httpLine: 3,
          headers: ["Content-type: application/json"],
          keys: [["streamSession", 9]],
        },
      },
    ],
    [
      "a fence that lost its indentation and its closing brace (BatchGetStreamKey, GetChannel)",
      {
        given:
          "Response Syntax\n\n```\nHTTP/1.1 200\n```\n\n```\n{\n```\n\n" +
          '```\n"errors": [  \n  {  \n    "arn": "string"  \n  }  \n],  \n"streamKeys": [ ]\n```\n',
        want: {
          http: "HTTP/1.1 200",
          httpLine: 4,
          headers: [],
          keys: [
            ["errors", 12],
            ["streamKeys", 17],
          ],
        },
      },
    ],
    [
      "an empty 204 response",
      {
        given: "Response Syntax\n\n```\nHTTP/1.1 204\n```\n",
        want: { http: "HTTP/1.1 204", httpLine: 4, headers: [], keys: [] },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const b = block(given);
    expect(b.httpLine.text).toBe(want.http);
    expect(b.httpLine.n).toBe(want.httpLine);
    expect(b.headers.map((h) => h.text)).toEqual(want.headers);
    expect(topLevelKeys(b.json, DOC).map((k) => [k.name, k.line.n])).toEqual(want.keys);
  });
});

describe("parseRequestLine and bindUri", () => {
  const cases: [
    string,
    {
      given: [string, string[]];
      want: { method: string; path: string; locations: [string, string, string][]; restored: string[] };
    },
  ][] = [
    [
      "an RPC-style action",
      {
        given: ["POST /CreateChannel HTTP/1.1", []],
        want: { method: "POST", path: "/CreateChannel", locations: [], restored: [] },
      },
    ],
    [
      "a path label printed without its braces",
      {
        given: ["GET /tags/resourceArn HTTP/1.1", ["resourceArn"]],
        want: {
          method: "GET",
          path: "/tags/{resourceArn}",
          locations: [["resourceArn", "path", "resourceArn"]],
          restored: ["resourceArn"],
        },
      },
    ],
    [
      "a path label with braces",
      {
        given: ["GET /tags/{resourceArn} HTTP/1.1", ["resourceArn"]],
        want: {
          method: "GET",
          path: "/tags/{resourceArn}",
          locations: [["resourceArn", "path", "resourceArn"]],
          restored: [],
        },
      },
    ],
    [
      "UntagResource: tagKeys in the query, not part of the path",
      {
        given: ["DELETE /tags/resourceArn?tagKeys=tagKeys HTTP/1.1", ["resourceArn", "tagKeys"]],
        want: {
          method: "DELETE",
          path: "/tags/{resourceArn}",
          locations: [
            ["tagKeys", "query", "tagKeys"],
            ["resourceArn", "path", "resourceArn"],
          ],
          restored: ["resourceArn"],
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given: [text, params], want }) => {
    const [line] = toLines(text);
    const request = parseRequestLine(line!, DOC);
    const binding = bindUri(request, params, line!, DOC);
    expect(request.method).toBe(want.method);
    expect(binding.path).toBe(want.path);
    expect([...binding.locations].map(([m, l]) => [m, l.in, l.name])).toEqual(want.locations);
    expect(binding.restoredLabels).toEqual(want.restored);
  });

  const failures: [string, { given: () => unknown; want: RegExp }][] = [
    [
      "a request line without HTTP version",
      { given: () => parseRequestLine(toLines("POST /X")[0]!, DOC), want: /a request line like/ },
    ],
    [
      "a status line that is not one",
      { given: () => parseStatusLine(toLines("Content-type: application/json")[0]!, DOC), want: /a status line like/ },
    ],
    [
      "a URI parameter the request line does not carry",
      {
        given: () => {
          const [l] = toLines("GET /tags HTTP/1.1");
          return bindUri(parseRequestLine(l!, DOC), ["resourceArn"], l!, DOC);
        },
        want: /URI request parameter "resourceArn" in the path or query/,
      },
    ],
    [
      "a query member without a URI parameter block",
      {
        given: () => {
          const [l] = toLines("DELETE /tags/{resourceArn}?tagKeys=tagKeys HTTP/1.1");
          return bindUri(parseRequestLine(l!, DOC), ["resourceArn"], l!, DOC);
        },
        want: /a URI request parameter block for query member "tagKeys"/,
      },
    ],
  ];
  it.each(failures)("refuses %s", (_, { given, want }) => {
    expect(given).toThrow(ExtractionError);
    expect(given).toThrow(want);
  });

  it.each([
    ["HTTP/1.1 200", 200],
    ["HTTP/1.1 204", 204],
  ] as const)("%s is status %i", (text, want) => {
    expect(parseStatusLine(toLines(text)[0]!, DOC)).toBe(want);
  });
});
