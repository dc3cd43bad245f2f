import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { formatFailureRecord } from "../failure.ts";
import { escapeAttribute, escapeText, renderJunit } from "./render-junit.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { REPORT_FILES, readReport, writeReports } from "./report-files.ts";
import { SAMPLE_FAILURE, sampleReport, withSdkOnlyOperation } from "./sample-report.ts";
import { reportErrors } from "./validate-report.ts";

const report = sampleReport();

describe("the sample report", () => {
  it("is valid against the schema", () => {
    expect(reportErrors(report)).toEqual([]);
  });
  it("is valid with an operation no document states", () => {
    expect(reportErrors(withSdkOnlyOperation(sampleReport()))).toEqual([]);
  });
  it.each([
    ["an unknown format", { ...report, format: "ivs-conformance/0" }, "/format"],
    ["an operation with an unknown basis", withBasis("model"), "/basis"],
    ["no list of SDK-only operations", withoutSdkOnlyList(), "sdkOnly"],
    ["a failure id that is not 10 hex digits", withFailureId("xyz"), "/id"],
    ["a not-run cell without its reason", withCell({ status: "not_run" }), "reason"],
    ["a passing cell carrying a failure", withCell({ status: "pass", failure: SAMPLE_FAILURE }), "failure"],
  ])("is invalid with %s", (_, value, where) => {
    expect(reportErrors(value).join("\n")).toContain(where);
  });
});

function withCell(cell: object): unknown {
  const r = sampleReport() as unknown as { services: { ivs: { operations: { GetChannel: { checks: object } } } } };
  r.services.ivs.operations.GetChannel.checks = { ...r.services.ivs.operations.GetChannel.checks, content_type: cell };
  return r;
}

function withBasis(basis: string): unknown {
  const r = sampleReport() as unknown as { services: { ivs: { operations: { GetChannel: { basis?: string } } } } };
  r.services.ivs.operations.GetChannel.basis = basis;
  return r;
}

function withoutSdkOnlyList(): unknown {
  const { sdkOnly: _, ...spec } = sampleReport().spec;
  return { ...sampleReport(), spec };
}

function withFailureId(id: string): unknown {
  const r = sampleReport();
  r.services.ivs!.operations.GetChannel!.checks.response_schema!.failure!.id = id;
  return r;
}

describe("renderMarkdown", () => {
  const md = renderMarkdown(report);
  const matrixRow = (operation: string) => md.split("\n").find((l) => l.startsWith(`| ${operation} |`));

  it.each([
    ["the per-service counts", "| ivs | 1 | 1 | 1 | 1 | 1 |"],
    ["the totals", "| **total** | 2 | 2 | 1 | 1 | 1 |"],
    ["the spec versions", "ivs 2020-07-14, ivs-realtime 2020-07-14"],
    ["the failure's heading", "### 1. ivs GetChannel: response_schema"],
    ["the failure's title, escaped", 'The success body of "GetChannel" does not match \\<Channel\\> & more.'],
    ["the failure's id", "Failure `0123456789`:"],
    ["the failure's received", `Received:   ${SAMPLE_FAILURE.received}`],
    ["the failure's request", "Request (raw, signed; secrets redacted):\n  POST http://127.0.0.1:4566/GetChannel"],
    ["the vitest reproduce line", SAMPLE_FAILURE.reproduce.vitest!],
    ["the curl reproduce line", SAMPLE_FAILURE.reproduce.curl!],
    ["a failure outside the harness, with its message", "### 2. ivs-realtime GetStage: status_documented"],
    ["the legend", "Legend: ✓ pass · ✗ fail · – not applicable · ○ not run · ᵒ with observations."],
    [
      "the matrix columns, one per check in report order",
      "| operation | pagination_complete | rejects_invalid_input |",
    ],
    ["the observation", "- ivs GetChannel: rejects_invalid_input (`pattern_reading`): reads pattern"],
    ["a check's legend row", "| response_schema | responses | a 2xx body does not match its schema |"],
  ])("shows %s", (_, want) => {
    expect(md).toContain(want);
  });

  it("puts the reproduce commands in a shell block", () => {
    expect(md).toContain(`\`\`\`sh\n${SAMPLE_FAILURE.reproduce.vitest}\n${SAMPLE_FAILURE.reproduce.curl}\n\`\`\``);
  });

  it.each([
    ["GetChannel", ["–", "✓ᵒ", "✗", "○"]],
    ["GetStage", ["✓", "✗"]],
  ])("gives %s one symbol per cell", (operation, symbols) => {
    expect(matrixRow(operation)).toBe(`| ${operation} | ${symbols.join(" | ")} |`);
  });

  it("counts documented and SDK-only operations apart per service, and marks the SDK-only ones", () => {
    const withSdk = renderMarkdown(withSdkOnlyOperation(sampleReport()));
    expect(withSdk).toContain("| operations | count | pass | fail | not applicable | not run | observations |");
    expect(withSdk).toContain("| ivs-realtime | documented | 1 | 1 | 1 | 0 | 0 | 0 |");
    expect(withSdk).toContain("| ivs-realtime | SDK-only | 1 | 0 | 0 | 1 | 0 | 0 |");
    expect(withSdk).toContain("| DeleteStage (SDK-only) |   |   | – |");
    expect(withSdk).toContain(
      "· (SDK-only) an operation no document states, whose verdicts rest on the SDK's model alone",
    );
    expect(md).toContain("| ivs | documented | 1 | 1 | 1 | 1 | 1 | 1 |");
    expect(md).not.toContain("| SDK-only |");
  });

  it("shows only the first failures in full", () => {
    const short = renderMarkdown(report, { topFailures: 1 });
    expect(short).toContain("### 1. ivs GetChannel: response_schema");
    expect(short).not.toContain("### 2.");
    expect(short).toContain("... and 1 more in conformance.json and junit.xml.");
  });
});

describe("renderJunit", () => {
  const xml = renderJunit(report);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase", "property"].includes(name),
  }).parse(xml) as {
    testsuites: Record<string, string> & {
      testsuite: (Record<string, string> & {
        testcase: (Record<string, string> & {
          failure?: Record<string, string> & { "#text": string };
          skipped?: { message: string };
          "system-out"?: string;
        })[];
      })[];
    };
  };
  const root = parsed.testsuites;
  const suite = (name: string) => root.testsuite.find((s) => s.name === name)!;
  const testcase = (service: string, name: string) => suite(service).testcase.find((t) => t.name === name)!;

  it("is well-formed XML 1.0", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  it.each([
    ["testsuites", () => root, { tests: "6", failures: "2", skipped: "2", errors: "0", time: "10.000" }],
    ["ivs", () => suite("ivs"), { tests: "4", failures: "1", skipped: "2", errors: "0" }],
    ["ivs-realtime", () => suite("ivs-realtime"), { tests: "2", failures: "1", skipped: "0", errors: "0" }],
  ])("counts %s's cells as the report does", (_, element, counts) => {
    expect(element()).toMatchObject(counts);
  });

  it("has one testcase per cell, named `<Operation>: <check>` in the service's class", () => {
    const cells = root.testsuite.flatMap((s) => s.testcase.map((t) => `${t.classname}|${t.name}`));
    expect(cells).toEqual([
      "ivs|GetChannel: pagination_complete",
      "ivs|GetChannel: rejects_invalid_input",
      "ivs|GetChannel: response_schema",
      "ivs|GetChannel: content_type",
      "ivs-realtime|GetStage: response_schema",
      "ivs-realtime|GetStage: status_documented",
    ]);
  });

  it("gives a failure its title as message and its whole failure as body", () => {
    const failure = testcase("ivs", "GetChannel: response_schema").failure!;
    expect(failure.message).toBe(SAMPLE_FAILURE.title);
    expect(failure.type).toBe("response_schema");
    const body = failure["#text"];
    expect(body).toContain("failure id 0123456789\nGetChannel: response_schema");
    expect(body).toContain("Documented: #/components/schemas/GetChannelResponse");
    expect(body).toContain(SAMPLE_FAILURE.reproduce.vitest!);
    expect(body).toContain(SAMPLE_FAILURE.reproduce.curl!);
  });

  it("writes characters XML 1.0 forbids as \\u escapes", () => {
    const body = testcase("ivs", "GetChannel: response_schema").failure!["#text"];
    expect(body).toContain('{"name":"a\\u0007b"}');
    expect(xml).not.toContain("\u0007");
    expect(escapeText("a\u0000b\uFFFEc\uD800")).toBe("a\\u0000b\\uFFFEc\\uD800");
  });

  it("escapes markup in text and attributes, and keeps line breaks in attributes", () => {
    expect(escapeText(`<a href="x">&</a>`)).toBe(`&lt;a href="x"&gt;&amp;&lt;/a&gt;`);
    expect(escapeAttribute(`"it's"\n<&>`)).toBe("&quot;it&apos;s&quot;&#10;&lt;&amp;&gt;");
  });

  it.each([
    ["GetChannel: pagination_complete", "not applicable: GetChannel is not paginated"],
    ["GetChannel: content_type", "not run: throttled (GetChannel, 3 attempts)"],
  ])("skips %s with its reason", (name, message) => {
    expect(testcase("ivs", name).skipped).toEqual({ message });
  });

  it("reports a failure outside the harness with its message, and observations as output", () => {
    expect(testcase("ivs-realtime", "GetStage: status_documented").failure).toMatchObject({
      message: "the test failed outside the harness",
      "#text": "TypeError: boom",
    });
    expect(testcase("ivs", "GetChannel: rejects_invalid_input")["system-out"]).toContain(
      "observation pattern_reading:ivs:GetChannel:arn: reads pattern",
    );
  });
});

describe("renderJunit, for an operation no document states", () => {
  const xml = renderJunit(withSdkOnlyOperation(sampleReport()));
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase", "property"].includes(name),
  }).parse(xml) as {
    testsuites: {
      testsuite: (Record<string, string> & {
        properties: { property: { name: string; value: string }[] };
        testcase: (Record<string, string> & {
          properties?: { property: { name: string; value: string }[] };
          skipped?: { message: string };
          "system-out"?: string;
        })[];
      })[];
    };
  };
  const realtime = parsed.testsuites.testsuite.find((s) => s.name === "ivs-realtime")!;
  const testcase = (name: string) => realtime.testcase.find((t) => t.name === name)!;

  it("gives its cells the property basis=sdk and says so in their output", () => {
    const cell = testcase("DeleteStage: accepts_valid_input");
    expect(cell.properties?.property).toEqual([{ name: "basis", value: "sdk" }]);
    expect(cell["system-out"]).toMatch(/^basis: SDK-only, an operation no document states, whose verdicts rest/);
    expect(cell.skipped?.message).toMatch(/^not applicable: DeleteStage is not in the documents; /);
    expect(testcase("GetStage: response_schema").properties).toBeUndefined();
  });

  it("counts the suite's documented and SDK-only operations apart", () => {
    const properties = Object.fromEntries(realtime.properties.property.map((p) => [p.name, p.value]));
    expect(properties).toMatchObject({ "operations.documented": "1", "operations.sdkOnly": "1" });
  });
});

describe("writeReports", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "conformance-reports-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every rendering, and the JSON reads back as the report", () => {
    const written = writeReports(report, dir);
    expect(written.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining([REPORT_FILES.json, REPORT_FILES.markdown, REPORT_FILES.junit]),
    );
    expect(readReport(path.join(dir, REPORT_FILES.json))).toEqual(report);
    expect(readFileSync(path.join(dir, REPORT_FILES.junit), "utf8")).toBe(renderJunit(report));
  });
});

describe("the failure message and the failure as data", () => {
  it("come from one record", () => {
    const message = formatFailureRecord(SAMPLE_FAILURE);
    expect(message.split("\n").slice(0, 2)).toEqual(["GetChannel: response_schema", `  ${SAMPLE_FAILURE.title}`]);
    expect(message).toContain(`  Reproduce with:\n    ${SAMPLE_FAILURE.reproduce.vitest}`);
  });
});
