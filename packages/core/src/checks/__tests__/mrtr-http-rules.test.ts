// Multi round-trip requests (input_required and its retry) and the Streamable HTTP Mcp-* headers, 2026-07-28.
import { describe, expect, it } from "vitest";
import { check, envelope, Script } from "./frames";

const ask = (message: string) => ({ method: "elicitation/create", params: { mode: "form", message, requestedSchema: { type: "object", properties: {} } } });
const done = { resultType: "complete", content: [{ type: "text", text: "done" }] };

/** tools/call book_trip answered input_required with `result`; returns the script for the retry. */
function interim(result: Record<string, unknown>, caps?: Record<string, unknown>): Script {
  const script = new Script().discover();
  script.modern({ id: 1, method: "tools/call", params: { name: "book_trip" } }, caps ? { "io.modelcontextprotocol/clientCapabilities": caps } : {});
  return script.server({ id: 1, result: { resultType: "input_required", ...result } });
}

describe("input_required results", () => {
  it("a whole round trip (two rounds, the second with requestState) raises nothing", () => {
    const script = interim({ inputRequests: { where: ask("Where to?") } });
    script.modern({ id: 2, method: "tools/call", params: { name: "book_trip", inputResponses: { where: { action: "accept", content: { to: "Oslo" } } } } });
    script.server({ id: 2, result: { resultType: "input_required", inputRequests: { sure: ask("Sure?") }, requestState: "opaque==" } });
    script.modern({ id: 3, method: "tools/call", params: { name: "book_trip", inputResponses: { sure: { action: "accept", content: {} } }, requestState: "opaque==" } });
    script.server({ id: 3, result: done });
    expect(check(script)).toEqual([]);
  });

  it("mrtr/input-required-not-allowed on tools/list", () => {
    const script = new Script().discover().modern({ id: 1, method: "tools/list" }).server({ id: 1, result: { resultType: "input_required", requestState: "x" } });
    expect(check(script)).toMatchObject([{ rule: "mrtr/input-required-not-allowed", about: 4, message: "tools/list was answered input_required; only tools/call, prompts/get and resources/read may be" }]);
  });

  it("mrtr/input-requests-malformed: neither inputRequests nor requestState; an input request of another method", () => {
    expect(check(interim({}))).toMatchObject([{ rule: "mrtr/input-requests-malformed", path: "/result", message: expect.stringContaining("neither inputRequests nor requestState") }]);
    const wrong = check(interim({ inputRequests: { x: { method: "tools/list", params: {} } } })).filter((f) => f.rule !== "mrtr/never-retried");
    expect(wrong).toMatchObject([{ rule: "mrtr/input-requests-malformed", path: "/result/inputRequests/x" }]);
  });

  it("mrtr/input-request-undeclared when the request's clientCapabilities lack what is asked", () => {
    const found = check(interim({ inputRequests: { who: ask("Who?") } }, { sampling: {} })).filter((f) => f.rule !== "mrtr/never-retried");
    expect(found).toMatchObject([{ rule: "mrtr/input-request-undeclared", path: "/result/inputRequests/who", message: expect.stringContaining('"elicitation"') }]);
  });

  it("deprecated/sampling and deprecated/roots when a modern server asks for them", () => {
    const sample = { method: "sampling/createMessage", params: { messages: [], maxTokens: 10 } };
    const found = check(interim({ inputRequests: { s: sample, r: { method: "roots/list" } } }, { sampling: {}, roots: {} }));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["deprecated/sampling", "info"], ["deprecated/roots", "info"], ["mrtr/never-retried", "info"]]);
  });

  it("mrtr/never-retried when input was asked for and the retry never came", () => {
    expect(check(interim({ inputRequests: { where: ask("Where to?") } }))).toMatchObject([{ rule: "mrtr/never-retried", about: 4, message: 'tools/call book_trip asked for "where" and was never retried' }]);
  });
});

describe("mrtr/request-state-changed", () => {
  const retry = (requestState: unknown, given: string | null = "state-1") => {
    const script = interim({ inputRequests: { where: ask("Where to?") }, ...(given === null ? {} : { requestState: given }) });
    const params: Record<string, unknown> = { name: "book_trip", inputResponses: { where: { action: "accept", content: {} } } };
    if (requestState !== undefined) params.requestState = requestState;
    script.modern({ id: 2, method: "tools/call", params }).server({ id: 2, result: done });
    return check(script);
  };

  it("fires when the retry changes, drops or invents requestState", () => {
    expect(retry("state-2")).toMatchObject([{ rule: "mrtr/request-state-changed", about: 5, path: "/params/requestState", message: expect.stringContaining('not the "state-1"') }]);
    expect(retry(undefined)).toMatchObject([{ rule: "mrtr/request-state-changed", path: "/params", message: expect.stringContaining("omits") }]);
    expect(retry("made-up", null)).toMatchObject([{ rule: "mrtr/request-state-changed", message: expect.stringContaining("had none") }]);
  });

  it("is quiet when the retry echoes it byte for byte", () => {
    expect(retry("state-1")).toEqual([]);
  });
});

describe("HTTP Mcp-* headers against the body", () => {
  const tool = { name: "sql", description: "SQL", inputSchema: { type: "object", properties: { region: { type: "string", "x-mcp-header": "Region" }, limit: { type: "integer", "x-mcp-header": "Limit" } } } };

  /** A modern tools/call over HTTP with these request headers; the http frame names the request by its id. */
  function post(headers: Record<string, string>, args: Record<string, unknown> = { region: "us-west1", limit: 5 }) {
    const script = new Script().discover();
    script.modern({ id: 1, method: "tools/list" }).server({ id: 1, result: { resultType: "complete", tools: [tool], ttlMs: 0, cacheScope: "public" } });
    script.modern({ id: 2, method: "tools/call", params: { name: "sql", arguments: args } });
    script.raw({ kind: "http", event: "response", method: "POST", url: "http://127.0.0.1/mcp", status: 200, statusText: "OK", requestHeaders: headers, requestId: 2 });
    script.server({ id: 2, result: { resultType: "complete", content: [] } });
    return check(script);
  }
  const good = { "mcp-protocol-version": "2026-07-28", "mcp-method": "tools/call", "mcp-name": "sql", "mcp-param-region": "us-west1", "mcp-param-limit": "5" };

  it("is quiet when every header says what the body says (base64 sentinel decoded, integers compared as numbers)", () => {
    expect(post(good)).toEqual([]);
    expect(post({ ...good, "mcp-name": "=?base64?c3Fs?=", "mcp-param-limit": "5.0" })).toEqual([]);
  });

  it("http/header-mismatch names the header and both values", () => {
    expect(post({ ...good, "mcp-name": "drop_tables" })).toMatchObject([
      { rule: "http/header-mismatch", about: 6, path: "/requestHeaders/mcp-name", message: 'POST of tools/call (id 2, frame 5): mcp-name "drop_tables" but params.name is "sql"' },
    ]);
    expect(post({ ...good, "mcp-method": "tools/list", "mcp-param-region": "eu" }).map((f) => f.path)).toEqual(["/requestHeaders/mcp-method", "/requestHeaders/mcp-param-region"]);
    expect(post({ ...good, "mcp-protocol-version": "2025-11-25" })).toMatchObject([{ rule: "http/header-mismatch", path: "/requestHeaders/mcp-protocol-version" }]);
  });

  it("http/header-missing for a required header, and for an x-mcp-header argument the call has a value for", () => {
    const { "mcp-name": _name, "mcp-param-limit": _limit, ...rest } = good;
    expect(post(rest).map((f) => [f.rule, f.path])).toEqual([
      ["http/header-missing", "/requestHeaders/mcp-name"],
      ["http/header-missing", "/requestHeaders/mcp-param-limit"],
    ]);
    // No value, no header expected.
    expect(post({ ...rest, "mcp-name": "sql" }, { region: "us-west1" })).toEqual([]);
  });

  it("does not expect the headers of a legacy request", () => {
    const script = new Script().handshake({ tools: {} }, "2025-11-25").client({ id: 1, method: "tools/call", params: { name: "echo", arguments: {} } });
    script.raw({ kind: "http", event: "response", method: "POST", url: "http://127.0.0.1/mcp", status: 200, statusText: "OK", requestHeaders: {}, requestId: 1 });
    script.server({ id: 1, result: { content: [] } });
    expect(check(script)).toEqual([]);
  });

  it("pairs headers by the POSTed request's id", () => {
    const script = new Script().discover().modern({ id: 7, method: "tools/list" });
    script.raw({ kind: "http", event: "response", method: "POST", url: "http://127.0.0.1/mcp", status: 200, statusText: "OK", requestHeaders: { "mcp-protocol-version": "2026-07-28" }, requestId: 7 });
    expect(check(script).filter((f) => f.rule.startsWith("http/"))).toMatchObject([{ rule: "http/header-missing", path: "/requestHeaders/mcp-method", message: expect.stringContaining("(method is \"tools/list\")") }]);
    expect(envelope()["io.modelcontextprotocol/protocolVersion"]).toBe("2026-07-28");
  });
});
