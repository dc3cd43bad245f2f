import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Member, TypeRef } from "../../model/api-model.ts";
import { ExtractionError, toLines } from "../text/lines.ts";
import { buildOperation } from "./operations.ts";
import { readAction } from "./sections.ts";

const DOC = "excerpt.txt";
const excerpt = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/excerpts/api-reference/${name}`, import.meta.url), "utf8");

const type = (t: TypeRef): string => {
  const c = Object.entries(t.constraints)
    .map(([k, f]) => `${k}=${JSON.stringify(f.value)}`)
    .join(",");
  const base =
    t.kind === "list"
      ? `list<${type(t.items!)}>`
      : t.kind === "map"
        ? `map<${type(t.key!)},${type(t.value!)}>`
        : t.kind + (t.shape ? `:${t.shape}` : "");
  return c ? `${base}{${c}}` : base;
};
/** `name!` required, `name` stated optional, `name?` the document does not say. */
const member = (m: Member): string =>
  `${m.name}${m.required === undefined ? "?" : m.required.value ? "!" : ""}` +
  `${m.location ? ` ${m.location.value.in}:${m.location.value.name}` : ""} ${type(m.type)}`;

interface Want {
  http: string;
  input: string[];
  output: string[];
  errors: string[] | undefined;
  documentation: string;
  repairs: string[];
}

function summarize(text: string): Want {
  const { operation: op, repairs, restoredLabels } = buildOperation(readAction(toLines(text), DOC), DOC);
  const h = op.http!;
  expect(op.pagination).toBeUndefined();
  return {
    http: `${h.value.method} ${h.value.path} ${h.value.status} @${h.source.line}`,
    input: op.input.map(member),
    output: op.output.map(member),
    errors: op.errors?.map((e) => `${e.name}=${e.status?.value}@${e.status?.source.line}`),
    documentation: `${op.documentation?.value} @${op.documentation?.source.line}`,
    repairs: [
      ...repairs.map((r) => `${r.path} ${r.rendered.value} -> ${r.repaired.value} @${r.repaired.source.line}`),
      ...(restoredLabels ? [`http.path ${restoredLabels.rendered.value} -> ${restoredLabels.restored.value}`] : []),
    ],
  };
}

describe("buildOperation", () => {
  const cases: [string, { given: string; want: Want }][] = [
    [
      "CreatePlaybackRestrictionPolicy: split fences, item lengths, a displaced * repaired",
      {
        given: excerpt("create-playback-restriction-policy.txt"),
        want: {
          http: "POST /CreatePlaybackRestrictionPolicy 200 @8",
          input: [
            'allowedCountries list<string{length={"min":2,"max":2}}>',
            'allowedOrigins list<string{length={"min":0,"max":128}}>',
            "enableStrictOriginEnforcement boolean",
            'name string{length={"min":0,"max":128},pattern="[a-zA-Z0-9-_]*"}',
            'tags map<string{length={"min":1,"max":128}},string{length={"min":0,"max":256}}>{size={"min":0,"max":50}}',
          ],
          output: ["playbackRestrictionPolicy? structure:PlaybackRestrictionPolicy"],
          errors: [
            "AccessDeniedException=403@125",
            "PendingVerification=403@129",
            "ServiceQuotaExceededException=402@133",
            "ThrottlingException=429@137",
            "ValidationException=400@141",
          ],
          documentation:
            "Creates a new playback restriction policy, for constraining playback by countries and/or origins. @3",
          repairs: ["input.name.pattern [a-zA-Z0-9-_*] -> [a-zA-Z0-9-_]* @68"],
        },
      },
    ],
    [
      "UntagResource: DELETE, a path label without braces, tagKeys in the query, untyped URI parameters",
      {
        given: excerpt("untag-resource.txt"),
        want: {
          http: "DELETE /tags/{resourceArn} 200 @8",
          input: [
            'resourceArn! path:resourceArn string{length={"min":1,"max":128},' +
              'pattern="arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+"}',
            'tagKeys! query:tagKeys list<string{length={"min":1,"max":128}}>{size={"min":0,"max":50}}',
          ],
          output: [],
          errors: ["InternalServerError=500@55", "ResourceNotFoundException=404@59", "ValidationException=400@63"],
          documentation: "Removes tags from the resource with the specified ARN. @3",
          repairs: ["http.path /tags/resourceArn -> /tags/{resourceArn}"],
        },
      },
    ],
    [
      "ListTagsForResource: GET with a path label; a response map states no Required",
      {
        given: excerpt("list-tags-for-resource.txt"),
        want: {
          http: "GET /tags/{resourceArn} 200 @8",
          input: [
            'resourceArn! path:resourceArn string{length={"min":1,"max":128},' +
              'pattern="arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+"}',
          ],
          output: [
            'tags? map<string{length={"min":1,"max":128}},string{length={"min":0,"max":256}}>{size={"min":0,"max":50}}',
          ],
          errors: [
            "InternalServerErrorException=500@66",
            "ResourceNotFoundException=404@70",
            "ValidationException=400@74",
          ],
          documentation: "Gets information about AWS tags for the specified ARN. @3",
          repairs: ["http.path /tags/resourceArn -> /tags/{resourceArn}"],
        },
      },
    ],
    [
      "PutMetadata: 204, link-wrapped member names, a minimum length alone",
      {
        given: excerpt("put-metadata.txt"),
        want: {
          http: "POST /PutMetadata 204 @8",
          input: [
            'channelArn! string{length={"min":1,"max":128},' +
              'pattern="arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+"}',
            'metadata! string{length={"min":1}}',
          ],
          output: [],
          errors: [
            "AccessDeniedException=403@63",
            "ChannelNotBroadcasting=404@67",
            "ResourceNotFoundException=404@71",
            "ThrottlingException=429@75",
            "ValidationException=400@79",
          ],
          documentation: expect.stringMatching(/^Inserts metadata into the active stream .* @3$/) as unknown as string,
          repairs: [],
        },
      },
    ],
    [
      "ImportPlaybackKeyPair: a displaced * inside a code span, and its copy after it",
      {
        given: excerpt("import-playback-key-pair.txt"),
        want: {
          http: "POST /ImportPlaybackKeyPair 200 @8",
          input: [
            'name string{length={"min":0,"max":128},pattern="[a-zA-Z0-9-_]*"}',
            "publicKeyMaterial! string",
            'tags map<string{length={"min":1,"max":128}},string{length={"min":0,"max":256}}>{size={"min":0,"max":50}}',
          ],
          output: ["keyPair? structure:PlaybackKeyPair"],
          errors: [
            "AccessDeniedException=403@96",
            "ConflictException=409@100",
            "PendingVerification=403@104",
            "ServiceQuotaExceededException=402@108",
            "ValidationException=400@112",
          ],
          documentation: expect.stringMatching(/^Imports the public portion .* @3$/) as unknown as string,
          repairs: ["input.name.pattern `[a-zA-Z0-9-_*]`* -> [a-zA-Z0-9-_]* @36"],
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(summarize(given)).toEqual(want);
  });
});

describe("buildOperation checks the syntax sketches against the member blocks", () => {
  const action = (requestJson: string, body: string): string =>
    [
      "GetThing",
      "",
      "Gets a thing.",
      "",
      "Request Syntax",
      "",
      "```",
      "POST /GetThing HTTP/1.1",
      "Content-type: application/json",
      "",
      requestJson,
      "```",
      "",
      "URI Request Parameters",
      "",
      "The request does not use any URI parameters.",
      "",
      "Request Body",
      "",
      "The request accepts the following data in JSON format.",
      "",
      body,
      "",
      "Response Syntax",
      "",
      "```",
      "HTTP/1.1 200",
      "```",
      "",
      "Response Elements",
      "",
      "If the action is successful, the service sends back an HTTP 200 response with an empty HTTP body.",
      "",
      "Errors",
      "",
      "See Also",
    ].join("\n");
  const cases: [string, { given: string; want: RegExp }][] = [
    [
      "a member named in the Request Syntax without a block",
      {
        given: action('{\n  "arn": "string",\n  "extra": "string"\n}', "arn\n\nType: String\n\nRequired: Yes"),
        want: /excerpt.txt:13: expected a member block for "extra" under "Request Body"/,
      },
    ],
    [
      "a block the Request Syntax does not name",
      {
        given: action(
          '{\n  "arn": "string"\n}',
          "arn\n\nType: String\n\nRequired: Yes\n\nother\n\nType: String\n\nRequired: No",
        ),
        want: /expected "other" in the syntax block at line 8/,
      },
    ],
    [
      "a status sentence that contradicts the Response Syntax",
      {
        given: action('{\n  "arn": "string"\n}', "arn\n\nType: String\n\nRequired: Yes").replace(
          "HTTP 200 response with",
          "HTTP 204 response with",
        ),
        want: /expected the status of the Response Syntax/,
      },
    ],
  ];
  it.each(cases)("refuses %s", (_, { given, want }) => {
    const run = () => buildOperation(readAction(toLines(given), DOC), DOC);
    expect(run).toThrow(ExtractionError);
    expect(run).toThrow(want);
  });

  it("accepts the well-formed variant", () => {
    const given = action('{\n  "arn": "string"\n}', "arn\n\nType: String\n\nRequired: Yes");
    const { operation } = buildOperation(readAction(toLines(given), DOC), DOC);
    expect(operation.http?.value).toEqual({ method: "POST", path: "/GetThing", status: 200 });
    expect(operation.input.map((m) => m.name)).toEqual(["arn"]);
  });

  it("an Errors part with no entries of its own leaves the error list unstated, not empty", () => {
    const given = action('{\n  "arn": "string"\n}', "arn\n\nType: String\n\nRequired: Yes").replace(
      "Errors\n",
      "Errors\n\nFor information about the errors that are common to all actions, see [Common Errors](#).\n",
    );
    const { operation } = buildOperation(readAction(toLines(given), DOC), DOC);
    expect(operation.errors).toBeUndefined();
  });
});
