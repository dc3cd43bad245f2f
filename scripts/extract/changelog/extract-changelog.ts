// A boto3 changelog page for IVS RealTime (ivs-realtime-changelog-*.txt) as the API model: the
// operations the release added or changed, each with its description, every request and response
// member at every depth, [REQUIRED] and the enums of the syntax. The pages state no lengths,
// patterns, ranges, HTTP bindings or errors, so the model has none; members that are HTTP headers in
// reality (StopParticipantReplication's `accessControlAllowOrigin`) are members here, as the page
// gives them.
//
// Page layout: a two-line header, then per operation an optional change summary, its description,
// "See also: AWS API Documentation", and its syntax and listings. Nothing marks where one
// operation's response structure ends and the next operation's description begins; every
// description the page does delimit (after the header or a change summary) is one line, so an
// undelimited one is taken to be the one line before "See also".

import type { Extraction, Fact, Reconciliation } from "../../model/api-model.ts";
import { emptyModel } from "../../model/api-model.ts";
import { ExtractionError, findLine, nextNonBlank, source, toLines } from "../text/lines.ts";
import {
  attachChangeSummary,
  type ChangeSummary,
  type RawChangeSummary,
  readChangeSummary,
  startsChangeSummary,
} from "./change-summary.ts";
import { readOperation } from "./operation.ts";
import { HEADER_LINES, type Release, readRelease } from "./page.ts";

/** The model, and what the model has no field for: the release and its per-operation change summaries. */
interface ChangelogExtraction extends Extraction {
  release: Release;
  changes: ChangeSummary[];
}

const SEE_ALSO = "See also: AWS API Documentation";
const SERVICE_TITLE = "Amazon Interactive Video Service RealTime";

export function extractChangelog(text: string, document: string): ChangelogExtraction {
  const lines = toLines(text);
  const release = readRelease(document, lines);
  if (release.service.value !== SERVICE_TITLE) {
    throw new ExtractionError(
      document,
      1,
      `a page for "${SERVICE_TITLE}" (service ivs-realtime)`,
      release.service.value,
    );
  }

  const seeAlsos: number[] = [];
  for (let i = findLine(lines, 0, lines.length, SEE_ALSO); i >= 0; i = findLine(lines, i + 1, lines.length, SEE_ALSO))
    seeAlsos.push(i);

  const model = emptyModel("ivs-realtime");
  const changes: ChangeSummary[] = [];
  const reconciliations: Reconciliation[] = [];
  let preamble = HEADER_LINES;
  seeAlsos.forEach((seeAlso, k) => {
    const first = nextNonBlank(lines, preamble, seeAlso);
    if (first < 0)
      throw new ExtractionError(document, lines[seeAlso]!.n, `an operation's description before "${SEE_ALSO}"`);
    let raw: RawChangeSummary | undefined;
    let describedFrom = first;
    if (startsChangeSummary(lines[first]!.text.trim())) {
      const read = readChangeSummary(document, lines, first, seeAlso);
      raw = read.summary;
      describedFrom = read.next;
    }
    const described = lines.slice(describedFrom, seeAlso).filter((l) => l.text.trim() !== "");
    if (described.length === 0)
      throw new ExtractionError(document, lines[seeAlso]!.n, `an operation's description before "${SEE_ALSO}"`);
    const documentation: Fact<string> = {
      value: described.map((l) => l.text.trim()).join("\n"),
      source: source(document, described[0]!),
    };

    const next = seeAlsos[k + 1];
    const { operation, next: after } = readOperation(
      document,
      lines,
      seeAlso,
      documentation,
      next === undefined ? lines.length : next - 1,
    );
    if (model.operations[operation.name]) {
      throw new ExtractionError(
        document,
        operation.source.line ?? 0,
        `each operation once on the page`,
        operation.name,
      );
    }
    model.operations[operation.name] = operation;
    if (raw) {
      const attached = attachChangeSummary(document, raw, operation);
      changes.push(attached.summary);
      reconciliations.push(...attached.reconciliations);
    }
    preamble = after;
  });

  const trailing = nextNonBlank(lines, preamble, lines.length);
  if (trailing >= 0)
    throw new ExtractionError(
      document,
      lines[trailing]!.n,
      "the end of the page after the last response structure",
      lines[trailing]!.text,
    );
  const count = Object.keys(model.operations).length;
  if (count !== release.newOperations + release.updatedOperations) {
    throw new ExtractionError(
      document,
      1,
      `${release.newOperations + release.updatedOperations} operations, as the title counts`,
      `${count} operations`,
    );
  }
  model.reconciliations = reconciliations;
  return { document, models: [model], release, changes };
}
