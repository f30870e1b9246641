// The 2026-07-28 (modern era) rules: per-request _meta, resultType, error codes, caching hints, deprecations.
import { describe, expect, it } from "vitest";
import { check, echoTool, envelope, Script } from "./frames";

const complete = { resultType: "complete" };

describe("per-era wire schema", () => {
  it("checks a modern session against the 2026-07-28 schema, learned from the request's _meta", () => {
    const script = new Script().modern({ id: 1, method: "server/discover" });
    script.server({ id: 1, result: { ...complete, supportedVersions: ["2026-07-28"], capabilities: "all", ttlMs: 0, cacheScope: "public" } });
    expect(check(script)).toMatchObject([{ rule: "wire/schema", path: "/result/capabilities", message: expect.stringContaining("DiscoverResult (2026-07-28)") }]);
  });

  it("checks an input_required result as an InputRequiredResult, not as the tool's result", () => {
    const script = new Script().discover().modern({ id: 1, method: "tools/call", params: { name: "book" } });
    script.server({ id: 1, result: { resultType: "input_required", inputRequests: { who: { method: "elicitation/create", params: { mode: "form", message: "Who?", requestedSchema: { type: "object", properties: {} } } } }, requestState: "s1" } });
    script.modern({ id: 2, method: "tools/call", params: { name: "book", inputResponses: { who: { action: "accept", content: {} } }, requestState: "s1" } });
    script.server({ id: 2, result: { ...complete, content: [{ type: "text", text: "booked" }] } });
    expect(check(script)).toEqual([]);
  });

  it("keeps a 2025-11-25 session on its own schema: no resultType, no _meta needed", () => {
    const script = new Script().handshake({ tools: {} }, "2025-11-25");
    script.client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [echoTool] } });
    expect(check(script)).toEqual([]);
  });

  it("checks an initialize that names 2026-07-28 as a legacy handshake, as before (no modern rules, the 2025-11-25 schema)", () => {
    const script = new Script().handshake({ tools: {} }, "2026-07-28");
    script.client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [echoTool] } });
    expect(check(script)).toEqual([]);
  });

  it("treats an auto client's discover probe, refused by a legacy server, as no session of its own", () => {
    const script = new Script().modern({ id: 0, method: "server/discover" }).server({ id: 0, error: { code: -32601, message: "Method not found" } });
    script.handshake({ tools: {} }, "2025-11-25").client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [echoTool] } });
    expect(check(script)).toEqual([]);
  });

  it("takes a legacy server that answers server/discover with some result for what it is: no modern rules", () => {
    const script = new Script().modern({ id: 0, method: "server/discover" }).server({ id: 0, result: { echo: "server/discover" } });
    script.handshake({ tools: {} }, "2025-11-25").client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [echoTool] } });
    expect(check(script)).toEqual([]);
  });

  it("does not blame a legacy server that never answers the discover probe", () => {
    const script = new Script().modern({ id: "probe", method: "server/discover" }).handshake({ tools: {} }, "2025-11-25");
    expect(check(script)).toEqual([]);
  });

  it("allows a modern client to reuse an id once it was answered, but not while it is in flight", () => {
    const script = new Script().discover();
    script.modern({ id: 1, method: "tools/list" }).server({ id: 1, result: { ...complete, tools: [], ttlMs: 0, cacheScope: "public" } });
    script.modern({ id: 1, method: "tools/list" }).modern({ id: 1, method: "tools/list" });
    expect(check(script).filter((f) => f.rule === "jsonrpc/id-reused").map((f) => f.about)).toEqual([6]);
  });
});

describe("resultType", () => {
  it("modern/result-type-missing names the result, once (not again as wire/schema)", () => {
    const script = new Script().discover().modern({ id: 1, method: "tools/call", params: { name: "echo" } });
    script.server({ id: 1, result: { content: [] } });
    expect(check(script)).toMatchObject([{ rule: "modern/result-type-missing", severity: "error", about: 4, path: "/result/resultType", message: "result of tools/call has no resultType (2026-07-28 requires it on every result)" }]);
  });

  it("modern/result-type-unknown for a value no one declared; an extension's value when declared is fine", () => {
    const script = new Script().discover({ tools: {} }).modern({ id: 1, method: "tools/call", params: { name: "slow" } });
    script.server({ id: 1, result: { resultType: "task", taskId: "t1" } });
    expect(check(script)).toMatchObject([{ rule: "modern/result-type-unknown", path: "/result/resultType" }]);
    const declared = new Script().discover({ tools: {} }).modern({ id: 1, method: "tools/call", params: { name: "slow" } }, { "io.modelcontextprotocol/clientCapabilities": { extensions: { "io.modelcontextprotocol/tasks": {} } } });
    declared.server({ id: 1, result: { resultType: "task", taskId: "t1" } });
    expect(check(declared)).toEqual([]);
  });

  it("does not apply to a legacy session", () => {
    const script = new Script().handshake({ tools: {} }, "2025-11-25").client({ id: 1, method: "tools/call", params: { name: "echo" } });
    script.server({ id: 1, result: { content: [] } });
    expect(check(script)).toEqual([]);
  });
});

describe("the _meta envelope", () => {
  it("modern/request-meta-missing for a request of a modern session without protocolVersion or clientCapabilities", () => {
    const script = new Script().discover().client({ id: 1, method: "tools/list", params: { _meta: { "io.modelcontextprotocol/protocolVersion": "2026-07-28" } } });
    script.client({ id: 2, method: "tools/list" });
    const found = check(script).filter((f) => f.rule !== "timing/never-answered");
    expect(found).toMatchObject([
      { rule: "modern/request-meta-missing", about: 3, path: "/params/_meta/io.modelcontextprotocol/clientCapabilities", message: 'tools/list lacks params._meta["io.modelcontextprotocol/clientCapabilities"]' },
      { rule: "modern/request-meta-missing", about: 4, path: "/params" },
    ]);
  });

  it("modern/client-info-missing when the request does not say which client sends it", () => {
    const meta = { ...envelope() };
    delete meta["io.modelcontextprotocol/clientInfo"];
    const script = new Script().discover().client({ id: 1, method: "tools/list", params: { _meta: meta } });
    expect(check(script).filter((f) => f.rule !== "timing/never-answered")).toMatchObject([{ rule: "modern/client-info-missing", severity: "warning", about: 3 }]);
  });
});

describe("error codes", () => {
  const answer = (error: Record<string, unknown>, http = false) => {
    const script = new Script();
    if (http) script.raw({ kind: "http", event: "response", method: "POST", url: "http://127.0.0.1/mcp", status: 400, statusText: "Bad Request", requestHeaders: {} });
    script.discover().modern({ id: 1, method: "resources/read", params: { uri: "demo://x" } }).server({ id: 1, error });
    return check(script);
  };

  it("modern/retired-error-code for -32002 (resource not found is -32602 now)", () => {
    expect(answer({ code: -32002, message: "Resource not found" })).toMatchObject([{ rule: "modern/retired-error-code", path: "/error/code", message: expect.stringContaining("now -32602") }]);
    expect(answer({ code: -32602, message: "Resource not found" })).toEqual([]);
  });

  it("modern/reserved-error-code for a code of the reserved range no revision defines", () => {
    expect(answer({ code: -32050, message: "?" })).toMatchObject([{ rule: "modern/reserved-error-code" }]);
    expect(answer({ code: -32010, message: "legacy range: not ours to judge" })).toEqual([]);
  });

  it("modern/error-code-misused: HeaderMismatch without HTTP, a version error listing the version, declared capabilities", () => {
    expect(answer({ code: -32020, message: "Header mismatch" })).toMatchObject([{ rule: "modern/error-code-misused", message: expect.stringContaining("stdio") }]);
    expect(answer({ code: -32020, message: "Header mismatch" }, true)).toEqual([]);
    expect(answer({ code: -32022, message: "Unsupported", data: { supported: ["2026-07-28"], requested: "2026-07-28" } })).toMatchObject([{ rule: "modern/error-code-misused" }]);
    expect(answer({ code: -32022, message: "Unsupported", data: { supported: ["2027-01-01"], requested: "2026-07-28" } })).toEqual([]);
    expect(answer({ code: -32021, message: "Missing", data: { requiredCapabilities: { elicitation: {} } } })).toMatchObject([{ rule: "modern/error-code-misused" }]);
    expect(answer({ code: -32021, message: "Missing", data: { requiredCapabilities: { sampling: {} } } })).toEqual([]);
  });

  it("leaves a legacy session's -32002 alone", () => {
    const script = new Script().handshake({ resources: {} }, "2025-11-25").client({ id: 1, method: "resources/read", params: { uri: "file:///x" } });
    script.server({ id: 1, error: { code: -32002, message: "Resource not found" } });
    expect(check(script)).toEqual([]);
  });
});

describe("caching hints", () => {
  const list = (extra: Record<string, unknown>) => {
    const script = new Script().discover().modern({ id: 1, method: "tools/list" });
    script.server({ id: 1, result: { ...complete, tools: [echoTool], ...extra } });
    return check(script);
  };

  it("cache/hint-missing for a list without ttlMs and cacheScope (not repeated as wire/schema)", () => {
    expect(list({})).toMatchObject([
      { rule: "cache/hint-missing", path: "/result/ttlMs", message: "result of tools/list has no ttlMs" },
      { rule: "cache/hint-missing", path: "/result/cacheScope" },
    ]);
  });

  it("cache/hint-invalid for a negative, fractional or string ttlMs and an unknown cacheScope", () => {
    for (const ttlMs of [-1, 1.5, "60000"]) expect(list({ ttlMs, cacheScope: "public" }), String(ttlMs)).toMatchObject([{ rule: "cache/hint-invalid", path: "/result/ttlMs" }]);
    expect(list({ ttlMs: 0, cacheScope: "shared" })).toMatchObject([{ rule: "cache/hint-invalid", path: "/result/cacheScope", message: expect.stringContaining('"shared"') }]);
    expect(list({ ttlMs: 0, cacheScope: "private" })).toEqual([]);
  });
});

describe("features deprecated or replaced in the modern era (info)", () => {
  it("deprecated/logging and deprecated/resources-subscribe, once per session", () => {
    const script = new Script().discover({ logging: {}, resources: { subscribe: true } });
    script.modern({ id: 1, method: "logging/setLevel", params: { level: "debug" } }).server({ id: 1, result: complete });
    script.modern({ id: 2, method: "logging/setLevel", params: { level: "info" } }).server({ id: 2, result: complete });
    script.modern({ id: 3, method: "resources/subscribe", params: { uri: "demo://x" } }).server({ id: 3, result: complete });
    expect(check(script).map((f) => [f.rule, f.severity, f.about])).toEqual([
      ["deprecated/logging", "info", 3],
      ["deprecated/resources-subscribe", "info", 7],
    ]);
  });

  it("deprecated/initialize when the client falls back although the server answered server/discover", () => {
    const script = new Script().discover().handshake({ tools: {} }, "2025-11-25");
    expect(check(script)).toMatchObject([{ rule: "deprecated/initialize", about: 3 }]);
  });

  it("deprecated/http-sse when a modern session runs over the HTTP+SSE transport", () => {
    const script = new Script().discover();
    script.raw({ kind: "http", event: "fallback", from: "streamable-http", to: "sse", status: 405 });
    expect(check(script)).toMatchObject([{ rule: "deprecated/http-sse", about: 3 }]);
  });

  it("modern/server-request when a modern server sends a JSON-RPC request", () => {
    const script = new Script().discover().server({ id: 9, method: "roots/list" }).client({ id: 9, result: { roots: [] } });
    expect(check(script)).toMatchObject([{ rule: "modern/server-request", about: 3, path: "/method" }]);
  });

  it("modern/subscription-id-missing: a change notification without a subscriptionId, or naming no open listen request", () => {
    const script = new Script().discover({ tools: { listChanged: true } });
    script.modern({ id: "listen-1", method: "subscriptions/listen", params: { notifications: { toolsListChanged: true } } });
    const sub = (id: unknown) => ({ _meta: { "io.modelcontextprotocol/subscriptionId": id } });
    script.server({ method: "notifications/subscriptions/acknowledged", params: { notifications: { toolsListChanged: true }, ...sub("listen-1") } });
    script.server({ method: "notifications/tools/list_changed", params: sub("listen-1") });
    script.server({ method: "notifications/tools/list_changed" });
    script.server({ method: "notifications/tools/list_changed", params: sub("listen-9") });
    expect(check(script).map((f) => [f.rule, f.about, f.path])).toEqual([
      ["modern/subscription-id-missing", 6, "/params/_meta"],
      ["modern/subscription-id-missing", 7, "/params/_meta/io.modelcontextprotocol/subscriptionId"],
    ]);
  });
});
