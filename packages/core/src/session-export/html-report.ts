import type { Frame } from "../frame";
import type { SessionHeader } from "../session-header";
import { describeTarget } from "../session-file";
import { RequestPairer } from "../pairing";
import { sessionProtocol } from "../protocol-era";
import { findingsOf, maskJson, maskUrlsIn, messageKind, methodStats, maskHeader } from "./session-view";

/** Past this a message's JSON is cut in the report (a 5 MB resource would make the file unreadable). */
const MAX_JSON_CHARS = 64_000;

/** Text as HTML shows it literally: nothing a server writes can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1d1d1f}h1{font-size:1.3rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}pre{margin:.25rem 0;white-space:pre-wrap;word-break:break-all;background:#f8f8fa;padding:.5rem;font-size:12px}
.c2s{color:#0b5cad}.s2c{color:#1b7a33}.app{color:#8a3ab9}.error{color:#b3261e}.warning{color:#8a5a00}.info{color:#555}
.num{text-align:right;font-variant-numeric:tabular-nums}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}`;

/**
 * The session as one self-contained HTML page, readable offline and safe to attach to an issue: no script, no
 * external request (its CSP forbids both), every server-supplied string escaped, secrets masked (env values are never
 * recorded; header values and URL secrets show as ****). Collapsing uses <details>, which needs no script.
 */
export function sessionToHtml(header: SessionHeader, frames: readonly Frame[]): string {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const protocol = sessionProtocol(frames);
  const target = header.target;
  const findings = findingsOf(frames);
  const stats = methodStats(frames);
  const facts: [string, string][] = [
    ["Target", maskUrlsIn(describeTarget(target))],
    ["Transport", target.type === "http" ? `HTTP (${target.transport})` : "stdio"],
    ["Started", header.startedAt],
    ["Protocol", protocol ? `${protocol.version} (${protocol.era} era)` : "no successful handshake recorded"],
    ["Protocol mode", header.protocol ?? "auto"],
    ["Inspector", `${header.inspector.name} ${header.inspector.version}`],
    ["Session id", header.id],
  ];
  if (target.type === "stdio" && target.envKeys.length) facts.push(["Environment", `${target.envKeys.join(", ")} (values not recorded)`]);
  if (target.type === "http" && target.headerNames.length) facts.push(["Headers", `${target.headerNames.join(", ")} (values not recorded)`]);

  const out: string[] = [];
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push(`<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`mcp-inspect session ${header.id}`)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<h1>mcp-inspect session report</h1><dl data-testid="session-header">`);
  for (const [name, value] of facts) out.push(`<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`);
  out.push(`</dl>`);

  out.push(`<h2>Findings (${findings.length})</h2>`);
  if (findings.length === 0) out.push(`<p>No findings.</p>`);
  else {
    out.push(`<table><thead><tr><th>Severity</th><th>Rule</th><th>Message</th><th>Hint</th><th>Frame</th></tr></thead><tbody>`);
    for (const f of findings) {
      const about = f.about !== undefined ? `<a href="#f-${f.about}">#${f.about}</a>${f.path ? ` ${escapeHtml(f.path)}` : ""}` : "";
      out.push(`<tr data-testid="finding" class="${f.severity === "error" || f.severity === "warning" ? f.severity : "info"}"><td>${escapeHtml(f.severity)}</td><td>${escapeHtml(f.rule)}</td><td>${escapeHtml(maskUrlsIn(f.message))}</td><td>${escapeHtml(f.hint)}</td><td>${about}</td></tr>`);
    }
    out.push(`</tbody></table>`);
  }

  out.push(`<h2>Stats</h2><table data-testid="stats"><thead><tr><th>Method</th><th class="num">Messages</th><th class="num">Errors</th><th class="num">p50 ms</th><th class="num">p90 ms</th></tr></thead><tbody>`);
  for (const s of stats) out.push(`<tr><td>${escapeHtml(s.method)}</td><td class="num">${s.count}</td><td class="num">${s.errors}</td><td class="num">${ms(s.p50)}</td><td class="num">${ms(s.p90)}</td></tr>`);
  out.push(`</tbody></table>`);

  const logged = frames.filter((f) => f.kind !== "check");
  out.push(`<h2>Message log (${logged.length} frames)</h2><table><thead><tr><th class="num">#</th><th class="num">ms</th><th>Direction</th><th>What</th><th>Message</th></tr></thead><tbody>`);
  for (const frame of logged) out.push(logRow(frame, pairer));
  out.push(`</tbody></table></body></html>\n`);
  return out.join("\n");
}

function logRow(frame: Frame, pairer: RequestPairer): string {
  let dir = "";
  let cls = "";
  let what = "";
  let body = "";
  switch (frame.kind) {
    case "message":
    case "app": {
      dir = frame.kind === "app" ? `${frame.dir} (${frame.app.uri})` : frame.dir;
      cls = frame.kind === "app" ? "app" : frame.dir === "client->server" ? "c2s" : "s2c";
      const kind = messageKind({ ...frame, kind: "message", dir: "client->server" } as never);
      const id = typeof frame.msg.id === "string" || typeof frame.msg.id === "number" ? ` #${String(frame.msg.id)}` : "";
      const method = typeof frame.msg.method === "string" ? frame.msg.method : "";
      const tool = method === "tools/call" ? (frame.msg.params as { name?: unknown } | undefined)?.name : undefined;
      what = escapeHtml(`${kind}${method ? ` ${method}` : ""}${typeof tool === "string" ? ` ${tool}` : ""}${id}`);
      const pairing = frame.kind === "message" ? pairer.get(frame.seq) : undefined;
      if (pairing?.response) what += ` <span class="pair">→ <a href="#f-${pairing.response.seq}">answered by #${pairing.response.seq}</a> in ${ms(pairing.durationMs)} ms</span>`;
      if (pairing?.request) what += ` <span class="pair">← <a href="#f-${pairing.request.seq}">answers #${pairing.request.seq}</a> (${escapeHtml(String(pairing.request.msg.method))}, ${ms(pairing.durationMs)} ms)</span>`;
      if (kind === "error") cls += " error";
      body = jsonDetails(frame.msg);
      break;
    }
    case "stderr":
      dir = "stderr";
      what = "stderr";
      body = `<pre>${escapeHtml(maskUrlsIn(frame.text))}</pre>`;
      break;
    case "stdout-noise":
      dir = "server->client";
      cls = "warning";
      what = escapeHtml(`stdout noise: ${frame.reason}`);
      body = `<pre>${escapeHtml(maskUrlsIn(frame.text))}</pre>`;
      break;
    case "process": {
      dir = "process";
      what = escapeHtml(`process ${frame.event}`);
      const { seq: _s, t: _t, kind: _k, ...rest } = frame;
      body = jsonDetails(rest);
      break;
    }
    case "http": {
      dir = "http";
      what = escapeHtml(frame.event === "response" ? `HTTP ${frame.method} ${frame.status} ${frame.statusText}` : `http ${frame.event}`);
      const { seq: _s, t: _t, kind: _k, ...rest } = frame;
      const masked = { ...rest } as Record<string, unknown>;
      for (const key of ["requestHeaders", "headers"]) {
        const headers = masked[key] as Record<string, string> | undefined;
        if (headers) masked[key] = Object.fromEntries(Object.entries(headers).map(([n, v]) => [n, maskHeader(n, v)]));
      }
      body = jsonDetails(masked);
      break;
    }
    default:
      return "";
  }
  return `<tr id="f-${frame.seq}" data-testid="log-row" class="${cls}"><td class="num">${frame.seq}</td><td class="num">${ms(frame.t)}</td><td>${escapeHtml(dir)}</td><td>${what}</td><td>${body}</td></tr>`;
}

/** Pretty-printed, masked and escaped JSON, collapsed when long. */
function jsonDetails(value: unknown): string {
  let text = JSON.stringify(maskJson(value), null, 2) ?? "";
  if (text.length > MAX_JSON_CHARS) text = `${text.slice(0, MAX_JSON_CHARS)}\n… (${text.length - MAX_JSON_CHARS} more characters not shown)`;
  const pre = `<pre>${escapeHtml(text)}</pre>`;
  return text.length > 400 || text.split("\n").length > 12 ? `<details><summary>JSON (${text.split("\n").length} lines)</summary>${pre}</details>` : pre;
}

function ms(value: number | undefined): string {
  return value === undefined ? "" : String(Math.round(value * 10) / 10);
}
