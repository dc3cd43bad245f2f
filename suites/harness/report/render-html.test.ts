// The HTML report as text: every string from the report escaped, wherever it lands (text, attribute,
// id), a failure without structured parts still readable, and the page self-contained. The browser
// test (fixtures/faults/html-report.browser.test.ts) renders a real run in Chromium.
import { describe, expect, it } from "vitest";
import { SERVICES } from "../../../spec/contract/service-name.ts";
import { cellKey, serviceMatrix, specView } from "../matrix.ts";
import { resolveTarget } from "../target.ts";
import { buildReport, type CellResult, type ConformanceReport } from "./build-report.ts";
import { anchor, escapeHtml, failureView, renderHtml } from "./render-html.ts";

const EVIL = `<script>alert(1)</script><img src=x onerror="alert(2)">"'&`;

function report(): ConformanceReport {
  const views = SERVICES.map((s) => specView(s, {}));
  const results = new Map<string, CellResult>([
    [cellKey("ivs", "GetChannel", "response_schema"), { state: "failed", note: `boom ${EVIL}` }],
    [
      cellKey("ivs", "GetChannel", "rejects_invalid_input"),
      {
        state: "passed",
        record: {
          service: "ivs",
          operation: "GetChannel",
          check: "rejects_invalid_input",
          status: "pass",
          cases: 3,
          notes: [`note ${EVIL}`],
          observations: [
            {
              id: `pattern_reading:ivs:GetChannel:${EVIL}`,
              kind: "pattern_reading",
              subject: `arn ${EVIL}`,
              finding: `substring ${EVIL}`,
              observed: `observed ${EVIL}`,
              evidence: [{ request: `POST ${EVIL}`, response: `404 ${EVIL}` }],
              seen: 1,
            },
          ],
        },
      },
    ],
    [cellKey("ivs", "GetChannel", "content_type"), { state: "skipped", note: `not run: ${EVIL}` }],
  ]);
  const built = buildReport({
    specs: views.map((v) => v.spec),
    matrix: views.flatMap(serviceMatrix),
    results,
    sources: [],
    target: resolveTarget({ IVS_ENDPOINT: `http://h:1/${encodeURIComponent(EVIL)}` }),
    seed: 7,
    runs: 3,
    startedAt: new Date(0),
    finishedAt: new Date(1000),
  });
  // A failure with every structured part carrying markup, on an operation whose very name does.
  const ivs = built.services.ivs!;
  ivs.operations[`Get${EVIL}`] = {
    notImplemented: `not implemented ${EVIL}`,
    checks: {
      [`check${EVIL}`]: {
        status: "fail",
        reason: `title ${EVIL}`,
        failure: {
          id: "0123456789",
          signature: `sig ${EVIL}`,
          check: `check${EVIL}`,
          service: "ivs",
          operation: `Get${EVIL}`,
          title: `title ${EVIL}`,
          received: `received ${EVIL}`,
          documented: `documented ${EVIL}`,
          context: `context ${EVIL}`,
          request: { via: "raw", method: "POST", url: `http://h/${EVIL}`, headers: { x: EVIL }, body: EVIL },
          reproduce: { vitest: `vitest ${EVIL}`, curl: `curl ${EVIL}` },
        },
      },
    },
  } as ConformanceReport["services"][string]["operations"][string];
  return built;
}

describe("renderHtml", () => {
  const html = renderHtml(report());

  it("escapes every string from the report: no markup of the target's reaches the page", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('"alert(2)"');
    expect(html.match(/<script>/g)).toHaveLength(1); // the page's own
    for (const part of ["received", "documented", "context", "vitest", "curl", "sig", "title", "note", "observed"])
      expect(html, part).toContain(`${part} ${escapeHtml(EVIL)}`);
    expect(escapeHtml(EVIL)).toBe(
      "&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=&#34;alert(2)&#34;&#62;&#34;&#39;&#38;",
    );
  });

  it("makes ids and fragments of report names that no name can break out of", () => {
    const id = anchor("cell", "ivs", `Get${EVIL}`, "x");
    expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(html).toContain(`id="${id.replace(/x$/, "")}`);
    expect(anchor("cell", "a.b", "c")).not.toBe(anchor("cell", "a", "b.c"));
  });

  it("is self-contained: nothing loaded from elsewhere, and a policy that allows nothing else", () => {
    expect(html).not.toMatch(/<link|@import|url\(|src=["']?https?:/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it("shows one grid cell per report cell, with its status as data, symbol and words", () => {
    const r = report();
    const cells = Object.values(r.services).flatMap((s) =>
      Object.values(s.operations).flatMap((o) => Object.values(o.checks)),
    );
    expect(html.match(/<td [^>]*data-status="(pass|fail|not_applicable|not_run)"/g)).toHaveLength(cells.length);
    expect(html.match(/data-status="fail"/g)).toHaveLength(cells.filter((c) => c.status === "fail").length);
    expect(html).toMatch(/aria-label="GetChannel: content_type: not run: not run: &#60;script/);
  });

  it("reads a failure that left no structured failure from its reason and error", () => {
    const cell = report().services.ivs!.operations.GetChannel!.checks.response_schema!;
    expect(failureView(cell)).toEqual({
      title: "the test failed outside the harness",
      reproduce: [],
      message: `boom ${EVIL}`,
    });
  });

  it("tags the row of every operation no document states, and counts them apart per service", () => {
    const r = report();
    const rows = html.match(/<tr id="row\.[^"]+"><th scope="row">.*?<\/th>/g) ?? [];
    const tagged = rows.filter((row) => row.includes('<span class="tag sdk"'));
    expect(tagged).toHaveLength(r.spec.sdkOnly.ivs!.length + r.spec.sdkOnly["ivs-realtime"]!.length);
    expect(tagged.some((row) => row.includes(">DeleteStage</a>"))).toBe(true);
    expect(rows.find((row) => row.includes(">CreateStage</a>"))).not.toContain("tag sdk");
    expect(html).toContain('<span class="count">13 documented operations:</span>');
    expect(html).toContain('<span class="count">26 SDK-only operations:</span>');
  });

  it("is deterministic", () => {
    expect(renderHtml(report())).toBe(html);
  });
});
