import { describe, expect, it } from "vitest";
import { readExcerpt } from "../test-support/read-excerpt.ts";
import { renderMembers } from "../test-support/render-members.ts";
import { toLines } from "../text/lines.ts";
import { readOperation } from "./operation.ts";

const SEE_ALSO = "See also: AWS API Documentation";

/** Reads the excerpt's first operation; its response may run up to the line before the next "See also". */
function read(file: string) {
  const lines = toLines(readExcerpt("changelog", file));
  const seeAlsos = lines.flatMap((l, i) => (l.text === SEE_ALSO ? [i] : []));
  const end = seeAlsos[1] === undefined ? lines.length : seeAlsos[1] - 1;
  const { operation, next } = readOperation(file, lines, seeAlsos[0]!, undefined, end);
  return { operation, next: lines[next]?.n };
}

describe("readOperation", () => {
  const cases: [
    string,
    { given: string; want: { name: string; source: number; input: string[]; output: string[]; next?: number } },
  ][] = [
    [
      "2025: a one-line call whose arguments are zipped with the type entries; a one-line response syntax",
      {
        given: "2025-list-participant-replicas.txt",
        want: {
          name: "ListParticipantReplicas",
          source: 4,
          input: [
            "sourceStageArn string @4 type@5 required@6 doc@7",
            "participantId string @4 type@8 required@9 doc@10",
            "nextToken string @4 type@11 doc@12",
            "maxResults integer @4 type@13 doc@14",
          ],
          output: [
            "replicas list<structure> @20 doc@21",
            "replicas.sourceStageArn string @24 doc@25",
            "replicas.participantId string @26 doc@27",
            "replicas.sourceSessionId string @28 doc@29",
            "replicas.destinationStageArn string @30 doc@31",
            "replicas.destinationSessionId string @32 doc@33",
            "replicas.replicationState string enum(ACTIVE|STOPPED)@17 @34 doc@35",
            "nextToken string @36 doc@37",
          ],
        },
      },
    ],
    [
      "2025: header members without descriptions; the next operation's description is not taken for one",
      {
        given: "2025-stop-participant-replication.txt",
        want: {
          name: "StopParticipantReplication",
          source: 4,
          input: [
            "sourceStageArn string @4 type@5 required@6 doc@7",
            "destinationStageArn string @4 type@8 required@9 doc@10",
            "participantId string @4 type@11 required@12 doc@13",
          ],
          output: [
            "accessControlAllowOrigin string @19",
            "accessControlExposeHeaders string @20",
            "cacheControl string @21",
            "contentSecurityPolicy string @22",
            "strictTransportSecurity string @23",
            "xContentTypeOptions string @24",
            "xFrameOptions string @25",
          ],
          next: 26,
        },
      },
    ],
    [
      "2026: a multi-line call and a multi-line response syntax",
      {
        given: "2026-update-ingest-configuration.txt",
        want: {
          name: "UpdateIngestConfiguration",
          source: 8,
          input: [
            "arn string @9 type@13 required@14 doc@15",
            "stageArn string @10 type@16 doc@17",
            "redundantIngest boolean @11 type@18 doc@19",
          ],
          output: [
            "ingestConfiguration structure @49 doc@50",
            "ingestConfiguration.name string @51 doc@52",
            "ingestConfiguration.arn string @53 doc@54",
            "ingestConfiguration.ingestProtocol string enum(RTMP|RTMPS)@26 @55 doc@56",
            "ingestConfiguration.streamKey string @57 doc@58",
            "ingestConfiguration.stageArn string @59 doc@60",
            "ingestConfiguration.participantId string @61 doc@62",
            "ingestConfiguration.state string enum(ACTIVE|INACTIVE)@30 @63 doc@64",
            "ingestConfiguration.userId string @65 doc@66",
            "ingestConfiguration.redundantIngest boolean @67 doc@68",
            "ingestConfiguration.redundantIngestCredentials list<structure> @69 doc@70",
            "ingestConfiguration.redundantIngestCredentials.participantId string @73 doc@74",
            "ingestConfiguration.redundantIngestCredentials.streamKey string @75 doc@76",
            "ingestConfiguration.attributes map<string, string> @77 doc@78",
            "ingestConfiguration.tags map<string, string> @81 doc@82",
          ],
        },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const { operation, next } = read(given);
    expect({
      name: operation.name,
      source: operation.source.line,
      input: renderMembers(operation.input),
      output: renderMembers(operation.output),
      ...(want.next ? { next } : {}),
    }).toEqual(want);
    expect(operation.errors).toBeUndefined();
    expect(operation.http).toBeUndefined();
  });
});
