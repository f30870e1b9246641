import { describe, expect, it } from "vitest";
import { ExchangeIndex } from "../exchange-index";
import { exchangeLatency } from "../exchange-latency";
import { DEFAULT_FILTER, DEFAULT_KINDS, matchesFilter, rowKind, rowMethod, type LogFilter } from "../log-filter";
import { parseQuery } from "../log-query";
import { summarizeFrame } from "../log-row-summary";
import { builder } from "./frames";

const TIME = { instance: "app-1", uri: "ui://get-time/mcp-app.html", tool: "get-time" };
const PDF = { instance: "app-2", uri: "ui://pdf-viewer/mcp-app.html", tool: "display_pdf" };

/** Two apps and the server, all numbering their requests from 1: only the app instance tells the pairs apart. */
function session() {
  const b = builder();
  const call = b.req(1, "tools/call", { name: "get-time", arguments: {} }, 0);
  const init1 = b.app("app->host", TIME, { id: 1, method: "ui/initialize", params: { protocolVersion: "2026-01-26", appInfo: { name: "Get Time" } } }, 100);
  const init2 = b.app("app->host", PDF, { id: 1, method: "ui/initialize", params: { protocolVersion: "2026-01-26" } }, 110);
  const init2Res = b.app("host->app", PDF, { id: 1, result: { protocolVersion: "2026-01-26", hostInfo: { name: "mcp-inspect" } } }, 115);
  const init1Res = b.app("host->app", TIME, { id: 1, result: { protocolVersion: "2026-01-26", hostInfo: { name: "mcp-inspect" } } }, 130);
  // The server's answer to the client's id 1: not an app's.
  const callRes = b.res(1, { content: [{ type: "text", text: "12:00" }] }, 140);
  const input = b.app("host->app", TIME, { method: "ui/notifications/tool-input", params: { arguments: {} } }, 150);
  const appCall = b.app("app->host", TIME, { id: 2, method: "tools/call", params: { name: "get-time", arguments: {} } }, 200);
  const exit = b.exit(); // the server restarts: the app lives on, its ids still mean its requests
  const appCallErr = b.app("host->app", TIME, { id: 2, error: { code: -32603, message: "server restarted" } }, 260);
  const msg = b.app("app->host", TIME, { id: 3, method: "ui/message", params: { role: "user", content: [{ type: "text", text: "hi" }] } }, 300);
  const index = new ExchangeIndex();
  index.sync(b.frames);
  return { b, index, exit, call, init1, init2, init1Res, init2Res, callRes, input, appCall, appCallErr, msg };
}

function shown(f: Partial<LogFilter> & { search?: string }) {
  const s = session();
  const q = parseQuery(f.search ?? "");
  if (!q.ok) throw new Error(q.error);
  const filter = { ...DEFAULT_FILTER, ...f, query: q.query };
  return { s, seqs: s.b.frames.filter((fr) => matchesFilter(fr, filter, s.index)).map((fr) => fr.seq) };
}

describe("app frames in the log", () => {
  it("pairs an app's requests with its answers within the same app instance, apart from the server's ids", () => {
    const s = session();
    expect(s.index.of(s.init1.seq)?.response).toBe(s.init1Res);
    expect(s.index.of(s.init1.seq)?.durationMs).toBe(30);
    expect(s.index.of(s.init2.seq)?.response).toBe(s.init2Res);
    expect(s.index.of(s.init2Res.seq)?.request).toBe(s.init2);
    // The client's tools/call (id 1) is answered by the server, not by a host->app result with id 1.
    expect(s.index.of(s.call.seq)?.response).toBe(s.callRes);
    // A server exit does not end the app's pending request.
    expect(s.index.of(s.appCall.seq)?.response).toBe(s.appCallErr);
    expect(s.index.of(s.input.seq)).toBeUndefined();
    expect(s.index.of(s.msg.seq)?.response).toBeUndefined();
  });

  it("labels rows with the app's direction and the method, result or error it answers", () => {
    const s = session();
    const row = (f: (typeof s)["init1"]) => {
      const x = s.index.of(f.seq);
      return summarizeFrame(f, x && { request: x.request, response: x.response, durationMs: x.durationMs });
    };
    expect(row(s.init1)).toMatchObject({ arrow: "", label: "ui/initialize", id: 1, durationMs: 30, tone: "request", app: { dir: "app → host", ref: "app-1 · get-time · ui://get-time/mcp-app.html" } });
    expect(row(s.init1Res)).toMatchObject({ label: "result ui/initialize", durationMs: 30, tone: "result", app: { dir: "host → app" } });
    expect(row(s.input)).toMatchObject({ label: "ui/notifications/tool-input", tone: "notification", app: { dir: "host → app" } });
    expect(row(s.appCallErr)).toMatchObject({ label: "error tools/call", detail: "-32603: server restarted", tone: "error" });
    // A client message keeps its arrow and has no app.
    expect(summarizeFrame(s.call, undefined)).not.toHaveProperty("app");
  });

  it("is its own row kind, on by default, and a response's method is its request's", () => {
    const s = session();
    expect(rowKind(s.init1)).toBe("app");
    expect(rowKind(s.init1Res)).toBe("app");
    expect(DEFAULT_KINDS.has("app")).toBe(true);
    expect(rowMethod(s.init1Res, s.index)).toBe("ui/initialize");
    const withoutApps = new Set(DEFAULT_KINDS);
    withoutApps.delete("app");
    expect(shown({ kinds: withoutApps }).seqs).toEqual([s.call.seq, s.callRes.seq, s.exit.seq]);
  });

  it("is found by a JSON path on the app's message, by text in the message, and by the app's uri", () => {
    const s = session();
    expect(shown({ search: '$.method == "ui/initialize"' }).seqs).toEqual([s.init1.seq, s.init2.seq]);
    expect(shown({ search: "result ui/initialize" }).seqs).toEqual([s.init2Res.seq, s.init1Res.seq]);
    expect(shown({ search: "ui://pdf-viewer" }).seqs).toEqual([s.init2.seq, s.init2Res.seq]);
    expect(shown({ search: "server restarted" }).seqs).toEqual([s.appCallErr.seq]);
    expect(shown({ search: "host → app" }).seqs).toEqual([s.init2Res.seq, s.init1Res.seq, s.input.seq, s.appCallErr.seq]);
    // The method filter counts an app's answer as its request's method, like the server's.
    expect(shown({ methods: ["ui/message"] }).seqs).toEqual([s.msg.seq]);
    // The direction filter is about client and server: app rows are neither.
    expect(shown({ direction: "client->server" }).seqs).toEqual([s.call.seq]);
    expect(shown({ errorsOnly: true }).seqs).toContain(s.appCallErr.seq);
  });

  it("counts apps' requests in their own latency table, not in the client's", () => {
    const s = session();
    expect(exchangeLatency(s.index.all(), "client->server").map((r) => r.key)).toEqual(["tools/call", "tools/call get-time"]);
    const fromApps = exchangeLatency(s.index.all(), "app->host");
    expect(fromApps.map((r) => [r.key, r.count, r.errors])).toEqual([
      ["tools/call", 1, 1],
      ["tools/call get-time", 1, 1],
      ["ui/initialize", 2, 0],
    ]);
  });
});
