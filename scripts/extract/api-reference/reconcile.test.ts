import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ApiModel, emptyModel } from "../../model/api-model.ts";
import { toLines } from "../text/lines.ts";
import { buildShape } from "./data-types.ts";
import { buildOperation } from "./operations.ts";
import { reconcileRenderings } from "./reconcile.ts";
import { readAction, readDataType } from "./sections.ts";

const excerpt = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/excerpts/api-reference/${name}`, import.meta.url), "utf8");

/** A model from action and data-type excerpts; each fact's `doc` is the excerpt it came from. */
function model(actions: Record<string, string>, dataTypes: Record<string, string>): ApiModel {
  const m = emptyModel("ivs");
  for (const [doc, text] of Object.entries(actions)) {
    const { operation } = buildOperation(readAction(toLines(text), doc), doc);
    m.operations[operation.name] = operation;
  }
  for (const [doc, text] of Object.entries(dataTypes)) {
    const { shape } = buildShape(readDataType(toLines(text), doc), doc);
    m.shapes[shape.name] = shape;
  }
  return m;
}

interface Want {
  /** fact path -> "dropped value @doc:line -> kept value @doc:line" */
  reconciliations: string[];
  /** fact paths whose pattern must read as given after reconciliation */
  patterns: Record<string, string | undefined>;
  reason?: RegExp;
}

const patternAt = (m: ApiModel, path: string): string | undefined => {
  const [kind, owner, ...rest] = path.split(".");
  const members =
    kind === "shapes" ? m.shapes[owner!]!.members : m.operations[owner!]![rest.shift() as "input" | "output"];
  const member = members.find((x) => x.name === rest[0])!;
  return member.type.constraints.pattern?.value;
};

const channelName = excerpt("variant-create-channel-name.txt");
const channel = excerpt("variant-channel-name.txt");

describe("reconcileRenderings (trap 7)", () => {
  const cases: [string, { given: ApiModel; want: Want }][] = [
    [
      "CreateChannel's name lost its `_` to emphasis; the Data Types entry kept it",
      {
        given: model({ "create-channel.txt": channelName }, { "channel.txt": channel }),
        want: {
          reconciliations: [
            'operations.CreateChannel.input.name.pattern: "[a-zA-Z0-9-]*" @create-channel.txt:32 -> ' +
              '"[a-zA-Z0-9-_]*" @channel.txt:15',
          ],
          patterns: {
            "operations.CreateChannel.input.name": "[a-zA-Z0-9-_]*",
            "shapes.Channel.name": "[a-zA-Z0-9-_]*",
          },
          reason: /markdown emphasis eats/,
        },
      },
    ],
    [
      "PlaybackKeyPair's Data Types entry lost the `_` that ImportPlaybackKeyPair printed: the fuller pattern wins",
      {
        given: model(
          { "import.txt": excerpt("import-playback-key-pair.txt") },
          { "key-pair.txt": excerpt("playback-key-pair.txt") },
        ),
        want: {
          reconciliations: [
            'shapes.PlaybackKeyPair.name.pattern: "[a-zA-Z0-9-]*" @key-pair.txt:35 -> "[a-zA-Z0-9-_]*" @import.txt:36',
          ],
          patterns: {
            "shapes.PlaybackKeyPair.name": "[a-zA-Z0-9-_]*",
            "operations.ImportPlaybackKeyPair.input.name": "[a-zA-Z0-9-_]*",
          },
          reason: /markdown emphasis eats/,
        },
      },
    ],
    [
      "a response nextToken without `=` is the request's token: the request's pattern wins",
      {
        given: model({ "list.txt": excerpt("list-playback-key-pairs.txt") }, {}),
        want: {
          reconciliations: [
            'operations.ListPlaybackKeyPairs.output.nextToken.pattern: "[a-zA-Z0-9+/_-]*" @list.txt:89 -> ' +
              '"[a-zA-Z0-9+/_=-]*" @list.txt:45',
          ],
          patterns: { "operations.ListPlaybackKeyPairs.output.nextToken": "[a-zA-Z0-9+/_=-]*" },
          reason: /send back in the request/,
        },
      },
    ],
    [
      "a disagreement that is not an emphasis artifact: the Data Types entry wins",
      {
        given: model(
          { "create-channel.txt": channelName.replace("Pattern: [a-zA-Z0-9-]*", "Pattern: [a-z]*") },
          { "channel.txt": channel.replace("Pattern: [a-zA-Z0-9-_*]", "Pattern: [a-zA-Z]*") },
        ),
        want: {
          reconciliations: [
            'operations.CreateChannel.input.name.pattern: "[a-z]*" @create-channel.txt:32 -> ' +
              '"[a-zA-Z]*" @channel.txt:15',
          ],
          patterns: { "operations.CreateChannel.input.name": "[a-zA-Z]*" },
          reason: /Data Types entry is the shape's own definition/,
        },
      },
    ],
    [
      "a constraint stated in one rendering only is no disagreement, and is not copied",
      {
        given: model(
          { "create-channel.txt": channelName },
          { "channel.txt": channel.replace("Pattern: [a-zA-Z0-9-_*]\n", "") },
        ),
        want: {
          reconciliations: [],
          patterns: { "operations.CreateChannel.input.name": "[a-zA-Z0-9-]*", "shapes.Channel.name": undefined },
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const got = reconcileRenderings(given);
    expect(
      got.map((r) => {
        const d = r.dropped[0]!;
        return (
          `${r.fact}: ${JSON.stringify(d.value)} @${d.source.doc}:${d.source.line} -> ` +
          `${JSON.stringify(r.kept.value)} @${r.kept.source.doc}:${r.kept.source.line}`
        );
      }),
    ).toEqual(want.reconciliations);
    for (const r of got) expect(r.reason).toMatch(want.reason!);
    for (const [path, pattern] of Object.entries(want.patterns)) expect(patternAt(given, path)).toBe(pattern);
  });
});
