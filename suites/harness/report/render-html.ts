// The run's report (build-report.ts) as one self-contained HTML page, `reports/conformance.html`: per
// service, a coloured grid (rows: operations, columns: checks) where every status has a colour AND a
// symbol, a legend, and every cell one click away from its reason, or for a failure its title,
// received, documented, request and reproduction. Inline CSS and one small inline script only (no
// fonts, scripts or styles from elsewhere), and readable without the script: cells are links into
// closed <details> entries, which the browser opens when it navigates into them (Chromium does); the
// script only opens and centres them in the browsers that do not. Every string from the report is
// escaped (it carries what the target answered), and a Content-Security-Policy allows nothing but
// this page's own style and script.
//
// An operation no document states is tagged "SDK-only" in its grid row and its entry, and each
// service's counts are also given apart for the documented and the SDK-only operations.
//
// A pure function of the report; fields a report leaves out are left out here, never invented.
import { createHash } from "node:crypto";
import type { CellFailure } from "../cell-record.ts";
import type { OutcomeStatus } from "../outcome.ts";
import { basisSummaries, reportBasis } from "./basis-summary.ts";
import {
  type ConformanceReport,
  type ReportCell,
  type ReportObservation,
  STATUSES,
  type Summary,
} from "./build-report.ts";
import { SDK_ONLY_MEANS } from "./render-markdown.ts";

/** Colour is never the only cue: each status has its symbol and its words. */
export const STATUS_LOOK: Record<OutcomeStatus, { label: string; symbol: string }> = {
  pass: { label: "pass", symbol: "✓" },
  fail: { label: "fail", symbol: "✗" },
  not_applicable: { label: "not applicable", symbol: "–" },
  not_run: { label: "not run", symbol: "○" },
};

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An id (and URL fragment) from report names: only [A-Za-z0-9_-] kept, the rest hex-coded. */
export function anchor(kind: string, ...parts: string[]): string {
  const safe = (p: string) =>
    [...p].map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `:${c.codePointAt(0)!.toString(16)}:`)).join("");
  return [kind, ...parts.map(safe)].join(".");
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// A failure as a reader needs it: the cell's structured failure, or (a test that failed outside the
// harness) its reason and error message.

interface Command {
  label: string;
  command: string;
}

export interface FailureView {
  id?: string;
  signature?: string;
  title: string;
  received?: string;
  documented?: string;
  mutation?: string;
  context?: string;
  request?: string;
  replay?: string;
  reproduce: Command[];
  /** The error of a test that failed outside the harness. */
  message?: string;
}

function requestText(r: NonNullable<CellFailure["request"]>): string {
  const how = r.via === "sdk" ? "official SDK" : "raw, signed";
  const lines = [`${r.method} ${r.url}`, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`)];
  if (r.body !== undefined && r.body !== "") lines.push("", r.body);
  return `(${how}; secrets redacted)\n${lines.join("\n")}`;
}

export function failureView(cell: ReportCell): FailureView {
  const f = cell.failure;
  if (!f)
    return { title: cell.reason ?? "(no title)", reproduce: [], ...(cell.message ? { message: cell.message } : {}) };
  const m = f.mutation;
  const replay = f.replay;
  return {
    id: f.id,
    signature: f.signature,
    title: f.title,
    received: f.received,
    documented: f.documented,
    ...(m ? { mutation: `${m.operator} at ${m.pointer} (breaks ${m.constraint}): ${m.original} -> ${m.mutated}` } : {}),
    ...(f.context ? { context: f.context } : {}),
    ...(f.request ? { request: requestText(f.request) } : {}),
    ...(replay
      ? {
          replay:
            `seed ${replay.seed}${replay.path ? `, path ${replay.path}` : ""}` +
            `${replay.site ? `, site ${replay.site}` : ""} (${replay.testTitle})`,
        }
      : {}),
    reproduce: [
      ...(f.reproduce.vitest ? [{ label: "vitest (replays the case)", command: f.reproduce.vitest }] : []),
      ...(f.reproduce.curl ? [{ label: "curl (resends the request)", command: f.reproduce.curl }] : []),
    ],
    ...(cell.message ? { message: cell.message } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The page.

type Operations = ConformanceReport["services"][string]["operations"];

/** The checks, grouped by family (in the order families first appear), catalogue order within one. */
function columns(report: ConformanceReport): string[] {
  const names = Object.keys(report.checks);
  for (const service of Object.values(report.services))
    for (const op of Object.values(service.operations))
      for (const check of Object.keys(op.checks)) if (!names.includes(check)) names.push(check);
  const families = [...new Set(names.map((c) => familyOf(report, c)))];
  return families.flatMap((f) => names.filter((c) => familyOf(report, c) === f));
}

const familyOf = (report: ConformanceReport, check: string) => report.checks[check]?.family ?? "other";

function count(operations: Operations): Summary {
  const n = { pass: 0, fail: 0, not_applicable: 0, not_run: 0, observations: 0 };
  for (const op of Object.values(operations))
    for (const cell of Object.values(op.checks)) {
      n[cell.status]++;
      n.observations += cell.observations?.length ?? 0;
    }
  return n;
}

function summaryLine(n: Summary): string {
  const parts = STATUSES.map(
    (s) =>
      `<span class="tally s-${s}${n[s] === 0 ? " zero" : ""}">` +
      `<span class="sym" aria-hidden="true">${STATUS_LOOK[s].symbol}</span> ${n[s]} ${STATUS_LOOK[s].label}</span>`,
  );
  parts.push(
    `<span class="tally obs${n.observations === 0 ? " zero" : ""}"><span class="sym" aria-hidden="true">●</span> ` +
      `${plural(n.observations, "observation")}</span>`,
  );
  return parts.join(" ");
}

/** The tag after the name of an operation no document states (none for a documented one). */
function sdkTag(report: ConformanceReport, service: string, name: string, op: Operations[string]): string {
  if (reportBasis(name, op, report.spec?.sdkOnly?.[service] ?? []) !== "sdk") return "";
  return ` <span class="tag sdk" title="${escapeHtml(SDK_ONLY_MEANS)}">SDK-only</span>`;
}

/** The service's counts apart: documented operations, then SDK-only ones (when it has any). */
function basisLines(report: ConformanceReport, service: string, operations: Operations): string {
  const counts = basisSummaries(report.spec?.sdkOnly?.[service] ?? [], operations);
  if (counts.sdk.operations === 0) return "";
  const line = (label: string, n: Summary & { operations: number }) =>
    `<p class="summary basis"><span class="count">${plural(n.operations, `${label} operation`)}:</span> ` +
    `${summaryLine(n)}</p>`;
  return line("documented", counts.documents) + line("SDK-only", counts.sdk);
}

function cellLabel(operation: string, check: string, cell: ReportCell): string {
  const look = STATUS_LOOK[cell.status];
  const obs = cell.observations?.length ? `, ${plural(cell.observations.length, "observation")}` : "";
  const why = cell.status === "fail" ? failureView(cell).title : cell.reason;
  return `${operation}: ${check}: ${look.label}${obs}${why ? `: ${why}` : ""}`;
}

function gridCell(service: string, operation: string, check: string, cell: ReportCell | undefined): string {
  if (!cell) return `<td class="s-none" data-status="none"><span class="sr">${escapeHtml(check)}: no cell</span></td>`;
  const obs = cell.observations?.length ?? 0;
  const label = cellLabel(operation, check, cell);
  return (
    `<td class="s-${cell.status}${obs ? " has-obs" : ""}" data-status="${cell.status}">` +
    `<a href="#${anchor("cell", service, operation, check)}" aria-label="${escapeHtml(label)}" ` +
    `title="${escapeHtml(clip(label, 400))}">${STATUS_LOOK[cell.status].symbol}` +
    `${obs ? '<span class="obs-mark" aria-hidden="true">●</span>' : ""}</a></td>`
  );
}

function familyRow(report: ConformanceReport, checks: string[]): string {
  const groups: { family: string; span: number }[] = [];
  for (const check of checks) {
    const family = familyOf(report, check);
    const last = groups.at(-1);
    if (last?.family === family) last.span++;
    else groups.push({ family, span: 1 });
  }
  return (
    `<tr class="families"><td></td>` +
    groups
      .map(
        (g) => `<th scope="colgroup" colspan="${g.span}" title="${escapeHtml(g.family)}">${escapeHtml(g.family)}</th>`,
      )
      .join("") +
    "</tr>"
  );
}

function grid(report: ConformanceReport, service: string, operations: Operations, checks: string[]): string {
  const tag = (name: string, op: Operations[string]) => sdkTag(report, service, name, op);
  const head =
    `<tr class="checks"><th scope="col" class="corner">operation \\ check</th>` +
    checks
      .map((c) => {
        const fails = report.checks[c]?.failsWhen;
        return (
          `<th scope="col" class="check">` +
          `<a href="#${anchor("check", c)}"${fails ? ` title="${escapeHtml(fails)}"` : ""}>` +
          `<span>${escapeHtml(c)}</span></a></th>`
        );
      })
      .join("") +
    "</tr>";
  const rows = Object.entries(operations).map(([name, op]) => {
    const missing = op.notImplemented
      ? ` <span class="tag" title="${escapeHtml(op.notImplemented)}">not implemented</span>`
      : "";
    return (
      `<tr id="${anchor("row", service, name)}">` +
      `<th scope="row"><a href="#${anchor("op", service, name)}">${escapeHtml(name)}</a>` +
      `${tag(name, op)}${missing}</th>` +
      checks.map((c) => gridCell(service, name, c, op.checks[c])).join("") +
      "</tr>"
    );
  });
  return (
    `<table class="grid" aria-label="${escapeHtml(service)}: operations by checks">` +
    `<colgroup><col class="op">${'<col class="check">'.repeat(checks.length)}</colgroup>` +
    `<thead>${familyRow(report, checks)}${head}</thead><tbody>${rows.join("")}</tbody></table>`
  );
}

const field = (name: string, value: string | undefined, pre = true) =>
  value === undefined
    ? ""
    : `<dt>${escapeHtml(name)}</dt><dd>${pre ? `<pre>${escapeHtml(value)}</pre>` : escapeHtml(value)}</dd>`;

function observationLinks(service: string, cell: ReportCell): string {
  if (!cell.observations?.length) return "";
  const items = cell.observations.map(
    (o) =>
      `<li><a href="#${anchor("obs", service, o.id)}">${escapeHtml(o.kind)} ${escapeHtml(o.subject)}</a>` +
      `${o.finding ? ` (${escapeHtml(o.finding)})` : ""}: ${escapeHtml(o.observed)}</li>`,
  );
  return `<p class="label">Observations</p><ul class="obs-list">${items.join("")}</ul>`;
}

function notesList(cell: ReportCell): string {
  if (!cell.notes?.length) return "";
  return `<p class="label">Notes</p><ul>${cell.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`;
}

function numbers(cell: ReportCell): string {
  const parts = [
    cell.cases !== undefined ? plural(cell.cases, "case") : "",
    cell.requests !== undefined ? plural(cell.requests, "request") : "",
    cell.ms !== undefined ? `${Math.round(cell.ms)} ms` : "",
  ].filter(Boolean);
  return parts.length ? `<p class="meta">${escapeHtml(parts.join(", "))}</p>` : "";
}

function failureEntry(service: string, operation: string, check: string, cell: ReportCell): string {
  const f = failureView(cell);
  const reproduce = f.reproduce.length
    ? `<dt>Reproduce</dt><dd>${f.reproduce
        .map((c) => `<span class="cmd-label">${escapeHtml(c.label)}</span><pre>${escapeHtml(c.command)}</pre>`)
        .join("")}</dd>`
    : "";
  return (
    `<details class="entry failure">` +
    `<summary><span class="badge s-fail"><span aria-hidden="true">${STATUS_LOOK.fail.symbol}</span> fail</span> ` +
    `<code>${escapeHtml(operation)}: ${escapeHtml(check)}</code>` +
    `${f.id ? ` <span class="fid">${escapeHtml(f.id)}</span>` : ""}` +
    ` <span class="summary-title">${escapeHtml(clip(f.title, 160))}</span></summary>` +
    `<div class="body" id="${anchor("cell", service, operation, check)}">` +
    `<h4 class="failure-title">${escapeHtml(f.title)}</h4><dl>` +
    field("Received", f.received) +
    field("Documented", f.documented) +
    field("Mutation", f.mutation) +
    field("Context", f.context, false) +
    field("Request", f.request) +
    reproduce +
    field("Replay", f.replay, false) +
    field("Failure id", f.id, false) +
    field("Signature", f.signature, false) +
    field("Error", f.message) +
    `</dl>${numbers(cell)}${notesList(cell)}${observationLinks(service, cell)}` +
    `<p class="back"><a href="#${anchor("row", service, operation)}">↑ grid</a></p></div></details>`
  );
}

function cellEntry(service: string, operation: string, check: string, cell: ReportCell): string {
  const look = STATUS_LOOK[cell.status];
  const head =
    `<span class="badge s-${cell.status}"><span aria-hidden="true">${look.symbol}</span> ${look.label}</span> ` +
    `<code>${escapeHtml(check)}</code>`;
  if (cell.status === "fail")
    return (
      `<li class="cell-entry">${head} <a href="#${anchor("cell", service, operation, check)}">` +
      `${escapeHtml(failureView(cell).title)}</a></li>`
    );
  return (
    `<li class="cell-entry" id="${anchor("cell", service, operation, check)}">${head}` +
    `${cell.reason ? ` <span class="reason">${escapeHtml(cell.reason)}</span>` : ""}` +
    `${numbers(cell)}${notesList(cell)}${observationLinks(service, cell)}</li>`
  );
}

function operationEntry(
  report: ConformanceReport,
  service: string,
  name: string,
  op: Operations[string],
  checks: string[],
): string {
  const n = count({ [name]: op });
  const tally = STATUSES.filter((s) => n[s] > 0)
    .map((s) => `${n[s]} ${STATUS_LOOK[s].label}`)
    .join(", ");
  const listed = [...checks.filter((c) => op.checks[c]), ...Object.keys(op.checks).filter((c) => !checks.includes(c))];
  return (
    `<details class="entry op"><summary><code>${escapeHtml(name)}</code> ` +
    `<span class="meta">${escapeHtml(tally)}` +
    `${n.observations ? `, ${plural(n.observations, "observation")}` : ""}</span>${sdkTag(report, service, name, op)}` +
    `${op.notImplemented ? ` <span class="tag">${escapeHtml(op.notImplemented)}</span>` : ""}</summary>` +
    `<ul class="cells" id="${anchor("op", service, name)}">` +
    `${listed.map((c) => cellEntry(service, name, c, op.checks[c]!)).join("")}</ul>` +
    `<p class="back"><a href="#${anchor("row", service, name)}">↑ grid</a></p></details>`
  );
}

function observationEntry(o: ReportObservation): string {
  const evidence = o.evidence
    .map((e) => `<li><pre>${escapeHtml(e.request)}</pre><pre>${escapeHtml(e.response)}</pre></li>`)
    .join("");
  return (
    `<details class="entry observation"><summary>` +
    `<span class="badge obs"><span aria-hidden="true">●</span> ${escapeHtml(o.kind)}</span> ` +
    `<code>${escapeHtml(o.operation)}: ${escapeHtml(o.check)}</code> ${escapeHtml(o.subject)}` +
    `${o.finding ? ` <strong>${escapeHtml(o.finding)}</strong>` : ""}</summary>` +
    `<div class="body" id="${anchor("obs", o.service, o.id)}">` +
    `<p>${escapeHtml(o.observed)}</p><p class="meta">id ${escapeHtml(o.id)}; seen ${escapeHtml(o.seen)} times</p>` +
    `${evidence ? `<p class="label">Evidence (request, answer)</p><ol class="evidence">${evidence}</ol>` : ""}` +
    `</div></details>`
  );
}

function serviceSection(report: ConformanceReport, service: string, checks: string[]): string {
  const operations = report.services[service]!.operations;
  const n = count(operations);
  const failures = Object.entries(operations).flatMap(([op, o]) =>
    Object.entries(o.checks)
      .filter(([, cell]) => cell.status === "fail")
      .map(([check, cell]) => failureEntry(service, op, check, cell)),
  );
  const observations = report.observations.filter((o) => o.service === service);
  return (
    `<section class="service" id="${anchor("service", service)}" aria-labelledby="${anchor("h", service)}">` +
    `<h2 id="${anchor("h", service)}">${escapeHtml(service)}</h2>` +
    `<p class="summary"><span class="count">${plural(Object.keys(operations).length, "operation")} × ` +
    `${plural(checks.length, "check")}:</span> ${summaryLine(n)}</p>` +
    basisLines(report, service, operations) +
    grid(report, service, operations, checks) +
    `<h3>Failures (${failures.length})</h3>` +
    (failures.length ? failures.join("") : `<p class="none">No cell failed.</p>`) +
    `<h3>Observations (${observations.length})</h3>` +
    (observations.length
      ? observations.map(observationEntry).join("")
      : `<p class="none">Nothing was observed where the documents leave the answer open.</p>`) +
    `<h3>Every cell, by operation</h3>` +
    Object.entries(operations)
      .map(([name, op]) => operationEntry(report, service, name, op, checks))
      .join("") +
    `</section>`
  );
}

function legend(): string {
  const items = STATUSES.map(
    (s) =>
      `<li><span class="swatch s-${s}" aria-hidden="true">${STATUS_LOOK[s].symbol}</span> ` +
      `<strong>${STATUS_LOOK[s].label}</strong>: ${escapeHtml(MEANING[s])}</li>`,
  );
  items.push(
    `<li><span class="swatch s-pass has-obs" aria-hidden="true">✓<span class="obs-mark">●</span></span> ` +
      `<strong>observation</strong>: the target was observed where the documents leave the answer open ` +
      `(never a failure)</li>`,
    `<li><span class="tag sdk">SDK-only</span> after an operation's name: ${escapeHtml(SDK_ONLY_MEANS)}</li>`,
  );
  return (
    `<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2><ul>${items.join("")}</ul>` +
    `<p>Click a cell for its reason (a failure: its title, what was received and documented, the request and how ` +
    `to reproduce it); click a check's name for what makes it fail.</p></section>`
  );
}

const MEANING: Record<OutcomeStatus, string> = {
  pass: "every case the cell judged conforms to the documents",
  fail: "the target did something the documents rule out under every reading",
  not_applicable: "the documents give the check nothing to judge here",
  not_run: "the cell applies but was not judged (not implemented, throttled, filtered out, or the harness could not)",
};

function checksTable(report: ConformanceReport, checks: string[]): string {
  const rows = checks.map(
    (c) =>
      `<tr id="${anchor("check", c)}"><th scope="row"><code>${escapeHtml(c)}</code></th>` +
      `<td>${escapeHtml(report.checks[c]?.family ?? "")}</td>` +
      `<td>${escapeHtml(report.checks[c]?.failsWhen ?? "")}</td></tr>`,
  );
  return (
    `<section aria-labelledby="checks-h"><h2 id="checks-h">Checks</h2><table class="plain">` +
    `<thead><tr><th scope="col">check</th><th scope="col">family</th><th scope="col">fails when</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></section>`
  );
}

function errataSection(report: ConformanceReport): string {
  const errata = report.errata.map(
    (e) =>
      `<li><code>${escapeHtml(e.service)}: ${escapeHtml(e.id)}</code> (${escapeHtml(e.document)}, ` +
      `line${e.lines.length === 1 ? "" : "s"} ${escapeHtml(e.lines.join(", "))}): ` +
      `${e.keyword ? `${escapeHtml(e.keyword)} ` : ""}${e.where ? `of ${escapeHtml(e.where)} ` : ""}documented ` +
      `<q>${escapeHtml(e.documented)}</q>, applied <q>${escapeHtml(e.applied)}</q>. ${escapeHtml(e.why)}</li>`,
  );
  const rules = report.documentedRules.map(
    (r) =>
      `<li><code>${escapeHtml(r.service)}: ${escapeHtml(r.id)}</code> (${escapeHtml(r.operations.join(", "))}): ` +
      `${escapeHtml(r.documented)}</li>`,
  );
  return (
    `<section aria-labelledby="sources-h"><h2 id="sources-h">What the run judged by</h2>` +
    `<details class="entry"><summary>Documentation errata applied (${errata.length})</summary>` +
    `<ul>${errata.join("")}</ul></details>` +
    `<details class="entry"><summary>Documented rules (${rules.length})</summary><ul>${rules.join("")}</ul>` +
    `</details></section>`
  );
}

function header(report: ConformanceReport): string {
  const versions = Object.entries(report.spec?.apiVersions ?? {}).map(([s, v]) => `${s} ${v}`);
  const sources = (report.spec?.sources ?? []).map((d) => d.file);
  const facts = [
    ["target", `${report.target.description} (${report.target.kind}, ${report.target.region})`],
    ...(versions.length ? [["API versions", versions.join(", ")]] : []),
    ["seed", `${report.seed}, ${report.runs} runs per property`],
    ["started", report.startedAt],
    ["duration", `${(report.durationMs / 1000).toFixed(1)} s`],
    ...(report.format ? [["format", report.format]] : []),
    ...(sources.length ? [["documents", sources.join(", ")]] : []),
  ];
  const services = Object.keys(report.services).map(
    (s) =>
      `<li><a href="#${anchor("service", s)}">${escapeHtml(s)}</a>: ` +
      `${summaryLine(count(report.services[s]!.operations))}</li>`,
  );
  const total = { ...report.summary, observations: report.observations.length };
  return (
    `<header><h1>IVS conformance report</h1><dl class="facts">` +
    facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join("") +
    `</dl><p class="summary total"><span class="count">All cells:</span> ${summaryLine(total)}</p>` +
    `<ul class="services">${services.join("")}</ul></header>`
  );
}

const STYLE = `
:root { color-scheme: light; --pass: #d3ecd6; --pass-fg: #1d5e26; --fail: #c0262d; --fail-fg: #fff;
  --na: #eceef1; --na-fg: #767d87; --nr: #f8dd97; --nr-fg: #6b4a00; --obs: #6a3fb5; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0 24px 48px;
  color: #1f2328; background: #fff; }
h1 { font-size: 22px; margin: 20px 0 8px; } h2 { font-size: 18px; margin: 28px 0 6px; }
h3 { font-size: 15px; margin: 20px 0 6px; } code, pre { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; border: 1px solid var(--line);
  padding: 6px 8px; margin: 2px 0 6px; border-radius: 4px; }
a { color: #0a56b8; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 0 0 8px; } .facts div { display: flex; gap: 6px; }
.facts dt { color: #59636e; } .facts dd { margin: 0; }
.summary { margin: 6px 0; } .summary .count { font-weight: 600; margin-right: 4px; }
.services { margin: 4px 0; padding-left: 20px; } .services li { margin: 2px 0; }
.tally { display: inline-block; padding: 1px 7px; border-radius: 10px; margin: 1px 2px; font-size: 13px;
  border: 1px solid transparent; }
.tally.zero { opacity: .55; } .tally.s-fail:not(.zero) { font-weight: 700; }
.s-pass { background: var(--pass); color: var(--pass-fg); } .s-fail { background: var(--fail); color: var(--fail-fg); }
.s-not_applicable { background: var(--na); color: var(--na-fg); }
.s-not_run { background: var(--nr); color: var(--nr-fg); }
.s-none { background: #fff; }
.obs { background: #ece4f7; color: var(--obs); }
.legend ul { list-style: none; padding: 0; margin: 4px 0; display: grid; gap: 4px; }
.swatch { display: inline-flex; align-items: center; justify-content: center; width: 26px; height: 22px;
  border-radius: 3px; font-weight: 700; position: relative; vertical-align: middle; }
table.grid { border-collapse: separate; border-spacing: 0; margin: 8px 0 4px; table-layout: fixed; width: 1px; }
col.op { width: 270px; } col.check { width: 30px; }
table.grid th, table.grid td { border-right: 1px solid #fff; border-bottom: 1px solid #fff; }
table.grid thead tr.checks th { position: sticky; top: 0; background: #fff; z-index: 2;
  box-shadow: inset 0 -1px 0 var(--line); }
tr.families th { font-size: 11px; font-weight: 600; color: #59636e;
  border-bottom: 2px solid var(--line); border-left: 3px solid #fff; padding: 2px 3px; text-align: left;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
th.check { vertical-align: bottom; padding: 4px 0; width: 30px; }
th.check a { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500;
  font-size: 12px; color: #1f2328; text-decoration: none; display: inline-block; padding: 2px 0; }
th.check a:hover { text-decoration: underline; }
th.corner { text-align: left; vertical-align: bottom; font-size: 11px; color: #59636e; font-weight: 500; padding: 4px; }
tbody th { text-align: left; font-weight: 500; padding: 0 10px 0 4px; white-space: nowrap; font-size: 13px;
  overflow: hidden; text-overflow: ellipsis; }
table.grid tbody tr:nth-child(even) th { background: #f6f8fa; }
tbody th a { color: #1f2328; text-decoration: none; } tbody th a:hover { text-decoration: underline; }
table.grid tbody tr:hover th { background: #e3edff; }
table.grid td { width: 30px; height: 24px; text-align: center; padding: 0; position: relative; }
table.grid td a { display: block; line-height: 24px; color: inherit; text-decoration: none; font-weight: 700; }
table.grid td a:hover, table.grid td a:focus { outline: 2px solid #0a56b8; outline-offset: -2px; }
.obs-mark { position: absolute; top: 0; right: 2px; font-size: 8px; line-height: 10px; color: var(--obs); }
.s-fail .obs-mark { color: #fff; }
.tag { font-size: 11px; background: var(--nr); color: var(--nr-fg); border-radius: 3px; padding: 0 4px; }
.tag.sdk { background: #dbe7fb; color: #17407a; }
table.grid tbody tr { scroll-margin-top: 200px; }
.entry { border: 1px solid var(--line); border-radius: 4px; margin: 4px 0; }
.entry > summary { cursor: pointer; padding: 4px 8px; }
.entry[open] > summary { border-bottom: 1px solid var(--line); background: #f6f8fa; }
.entry .body, .entry > ul, .entry > .back { padding: 4px 12px; margin: 0; }
.entry:has(.body:target), .cell-entry:target { outline: 3px solid #0a56b8; outline-offset: 1px; }
.failure { border-left: 4px solid var(--fail); } .failure-title { margin: 4px 0 8px; font-size: 15px; }
.summary-title { color: #59636e; } .fid { font: 11px ui-monospace, monospace; color: #59636e; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 600; }
dl { margin: 0; } .body dt { font-weight: 600; margin-top: 6px; } .body dd { margin: 0 0 0 12px; }
.cmd-label { font-size: 12px; color: #59636e; }
.meta { color: #59636e; font-size: 12px; margin: 2px 0; } .label { font-weight: 600; margin: 6px 0 2px; }
.cells { list-style: none; } .cell-entry { padding: 3px 0; border-bottom: 1px solid #f0f1f3; }
.cell-entry .meta { display: inline; margin-left: 6px; } .cell-entry ul { margin: 2px 0; font-size: 13px; }
.cell-entry .label { font-size: 12px; color: #59636e; margin: 2px 0 0; }
.reason { color: #3d444d; } .none { color: #59636e; }
.evidence pre { margin: 2px 0; }
table.plain { border-collapse: collapse; } table.plain th, table.plain td { border: 1px solid var(--line);
  padding: 3px 8px; text-align: left; vertical-align: top; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.back { font-size: 12px; }
@media print { table.grid thead tr.checks th { position: static; } details { break-inside: avoid; } }
`;

// Opens the <details> a link points to (and those around it) and centres it: Chromium does the
// opening itself on fragment navigation; this is for the browsers that do not.
const SCRIPT = `
(function () {
  function reveal(hash) {
    if (!hash || hash.length < 2) return;
    var el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    for (var e = el; e; e = e.parentElement) if (e.tagName === "DETAILS") e.open = true;
    el.scrollIntoView({ block: "center" });
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target instanceof Element ? ev.target.closest('a[href^="#"]') : null;
    if (a) setTimeout(function () { reveal(a.getAttribute("href")); }, 0);
  });
  reveal(location.hash);
})();
`;

const sha256 = (s: string) => createHash("sha256").update(s).digest("base64");

/** The whole page. Deterministic: the same report gives the same bytes. */
export function renderHtml(report: ConformanceReport): string {
  const checks = columns(report);
  const csp =
    `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; ` +
    "img-src 'none'; base-uri 'none'; form-action 'none'";
  const total = report.summary;
  return (
    "<!doctype html>\n" +
    `<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>IVS conformance: ${total.fail} fail, ${total.pass} pass</title>` +
    `<style>${STYLE}</style></head>\n<body>` +
    header(report) +
    legend() +
    Object.keys(report.services)
      .map((s) => serviceSection(report, s, checks))
      .join("\n") +
    checksTable(report, checks) +
    errataSection(report) +
    `<footer class="meta"><p>${escapeHtml(report.tool)}: ${escapeHtml(report.startedAt)} to ` +
    `${escapeHtml(report.finishedAt)}</p></footer>` +
    `<script>${SCRIPT}</script></body></html>\n`
  );
}
