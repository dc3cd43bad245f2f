// The AWS CLI service overview for IVS (ivs-cli-service-overview.txt) as the API model: the
// resource groups ("Channel Endpoints": CreateChannel, GetChannel, ...), each operation with the
// one-line description the overview gives it (and nothing else: no members, no HTTP binding), and
// the resources that support tagging.
//
// The overview is HTML on one very long line; every fact read from it has that line as its source.
// A group is a bold heading paragraph followed by a list whose every item starts with an
// operation link (`<li> <p> <a>CreateChannel</a> Creates a new channel ...</p> </li>`); headings
// whose lists hold prose ("Allowed Header Values", "Resources") are not groups.

import type { Extraction, Fact, ResourceGroup } from "../../model/api-model.ts";
import { emptyModel } from "../../model/api-model.ts";
import { ExtractionError, type Line, source, toLines } from "../text/lines.ts";
import { htmlText } from "./html.ts";

/** The model, and what the model has no field for: the taggable resources. */
interface CliOverviewExtraction extends Extraction {
  /** The resources the overview says support tagging, as it names them; absent if it does not say. */
  taggable?: Fact<string[]>;
}

const HEADING = /<p>\s*<b>([^<]+)<\/b>\s*<\/p>/g;
const LIST = /<ul>([\s\S]*?)<\/ul>/;
const ITEM = /<li>([\s\S]*?)<\/li>/g;
const OPERATION_ITEM = /^\s*<p>\s*<a>([A-Za-z0-9]+)<\/a>([\s\S]*?)<\/p>\s*$/;
const TAGGABLE = /The following resources support tagging: ([^.]+)\./;

export function extractCliOverview(text: string, document: string): CliOverviewExtraction {
  const lines = toLines(text).filter((l) => l.text.includes("<p>"));
  if (lines.length === 0) throw new ExtractionError(document, 1, "the overview's HTML (a line with <p> paragraphs)");

  const model = emptyModel("ivs");
  let taggable: Fact<string[]> | undefined;
  for (const line of lines) {
    for (const group of readGroups(document, line)) {
      model.groups.push(group.group);
      for (const op of group.operations) {
        if (model.operations[op.name])
          throw new ExtractionError(document, line.n, `each operation in one group only`, op.name);
        model.operations[op.name] = {
          name: op.name,
          documentation: { value: op.description, source: source(document, line) },
          input: [],
          output: [],
          // The overview names no errors: `errors` stays absent (not stated).
          source: source(document, line),
        };
      }
    }
    const tagging = TAGGABLE.exec(htmlText(line.text));
    if (tagging) {
      if (taggable) throw new ExtractionError(document, line.n, "one sentence on the resources that support tagging");
      taggable = { value: splitSeries(tagging[1]!), source: source(document, line) };
    }
  }
  if (model.groups.length === 0)
    throw new ExtractionError(document, lines[0]!.n, "at least one heading followed by a list of operations");
  return { document, models: [model], ...(taggable ? { taggable } : {}) };
}

interface GroupRead {
  group: ResourceGroup;
  operations: { name: string; description: string }[];
}

function readGroups(document: string, line: Line): GroupRead[] {
  const headings = [...line.text.matchAll(HEADING)];
  const groups: GroupRead[] = [];
  headings.forEach((heading, k) => {
    const from = heading.index + heading[0].length;
    const to = headings[k + 1]?.index ?? line.text.length;
    const list = LIST.exec(line.text.slice(from, to));
    if (!list) return;
    const items = [...list[1]!.matchAll(ITEM)].map((item) => OPERATION_ITEM.exec(item[1]!));
    if (items.length === 0 || items.some((item) => !item)) return;
    const name = htmlText(heading[1]!);
    const operations = items.map((item) => ({ name: item![1]!, description: htmlText(item![2]!) }));
    for (const op of operations) {
      if (!op.description)
        throw new ExtractionError(document, line.n, `a description after the link to ${op.name} under "${name}"`);
    }
    groups.push({
      group: { name, operations: operations.map((o) => o.name), source: source(document, line) },
      operations,
    });
  });
  return groups;
}

/** "Channels, Stream Keys, Playback Key Pairs, and Recording Configurations" -> the four names. */
function splitSeries(series: string): string[] {
  return series
    .split(/,\s*|\s+and\s+/)
    .map((part) => part.replace(/^and\s+/, "").trim())
    .filter(Boolean);
}
