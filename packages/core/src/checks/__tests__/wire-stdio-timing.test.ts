import { describe, expect, it } from "vitest";
import type { Frame } from "../../frame";
import { createProtocolChecker } from "../create-protocol-checker";
import { check, echoTool, ruleIds, Script } from "./frames";

describe("wire/schema", () => {
  it("names the definition, revision, path and reason", () => {
    const s = new Script().handshake().client({ id: 1, method: "tools/call", params: { name: 5 } });
    s.server({ id: 1, result: { content: [{ type: "text" }] } });
    const found = check(s).filter((f) => f.rule === "wire/schema");
    expect(found[0]).toMatchObject({ about: 4, path: "/params/name" });
    expect(found[0]!.message).toMatch(/CallToolRequest \(2025-06-18\) at \/params\/name: must be string/);
    expect(found[1]).toMatchObject({ about: 5, path: "/result/content/0" });
    expect(found[1]!.message).toContain("CallToolResult");
  });

  it("checks errors by shape, notifications by method, and ignores unknown methods", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping" }).server({ id: 1, error: { code: "oops" } });
    s.server({ method: "notifications/progress", params: {} }).client({ id: 2, method: "x-vendor/thing", params: 3 }).server({ id: 2, result: {} });
    // The error answers a ping, which is also lifecycle/ping-error.
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["lifecycle/ping-error", 5], ["wire/schema", 5], ["wire/schema", 6]]);
  });

  it("uses the offered revision before initialize completes, then the negotiated one", () => {
    // title on a tool is new in 2025-06-18: fine there, and Tool allows extra fields anyway; audio content is not in 2024-11-05.
    const audio = { content: [{ type: "audio", data: "AAAA", mimeType: "audio/wav" }] };
    const old = new Script().handshake({ tools: {} }, "2024-11-05").client({ id: 1, method: "tools/call", params: { name: "a" } }).server({ id: 1, result: audio });
    const now = new Script().handshake({ tools: {} }, "2025-06-18").client({ id: 1, method: "tools/call", params: { name: "a" } }).server({ id: 1, result: audio });
    expect(ruleIds(check(old))).toEqual(["wire/schema"]);
    expect(check(now)).toEqual([]);
  });

  it("leaves the tool's own schemas to the tools/* rules", () => {
    const s = new Script().handshake().client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [{ ...echoTool, inputSchema: { type: "string" } }] } });
    expect(ruleIds(check(s))).toEqual(["tools/input-schema-not-object"]);
  });

  it("without a validator, the schema rules are skipped", () => {
    const s = new Script().handshake().client({ id: 1, method: "tools/call", params: { name: 5 } }).server({ id: 1, result: {} });
    expect(check(s, {})).toEqual([]);
  });
});

describe("stdio/* rules", () => {
  it("stdio/stdout-noise names the line and says to write logs to stderr", () => {
    const s = new Script().raw({ kind: "stdout-noise", text: "Server started on stdio", reason: "not JSON (Unexpected token 'S'): write logs to stderr, not stdout" });
    s.raw({ kind: "stdout-noise", text: '{"level":"info"}', reason: "JSON object that is not JSON-RPC 2.0" });
    const found = check(s);
    expect(found.map((f) => [f.rule, f.about])).toEqual([["stdio/stdout-noise", 1], ["stdio/stdout-noise", 2]]);
    expect(found[0]!.message).toContain('"Server started on stdio"');
    for (const f of found) expect(f.message).toContain("write logs to stderr");
  });

  it("stdio/invalid-utf8", () => {
    const s = new Script().raw({ kind: "stdout-noise", text: "\ufffd", reason: "invalid UTF-8", invalidUtf8: true });
    expect(ruleIds(check(s))).toEqual(["stdio/invalid-utf8"]);
  });
});

describe("timing/* rules", () => {
  it("timing/slow-response over slowResponseMs, unless the request reported progress", () => {
    const s = new Script().handshake().at(0).client({ id: 1, method: "ping" }).at(6000).server({ id: 1, result: {} });
    s.at(7000).client({ id: 2, method: "tools/call", params: { name: "a", _meta: { progressToken: "p" } } });
    s.server({ method: "notifications/progress", params: { progressToken: "p", progress: 1 } }).at(20000).server({ id: 2, result: { content: [] } });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["timing/slow-response", 5]]);
    expect(check(s, { slowResponseMs: 10_000 })).toEqual([]);
  });

  it("timing/slow-response does not count the time the client took to answer the server's requests", () => {
    // A tool asks the user (elicitation) who answers after 30 s; the server itself takes 1 s.
    const s = new Script().handshake({ tools: {} }, "2025-06-18", { elicitation: {} }).at(0).client({ id: 1, method: "tools/call", params: { name: "ask" } });
    s.at(500).server({ id: 7, method: "elicitation/create", params: { message: "n?", requestedSchema: { type: "object", properties: {} } } });
    s.at(30_500).client({ id: 7, result: { action: "accept", content: {} } }).at(31_000).server({ id: 1, result: { content: [] } });
    expect(check(s)).toEqual([]);
    // Still slow when the server's own share is slow: 30 s waiting, then 9 s of its own.
    s.at(40_000).client({ id: 2, method: "tools/call", params: { name: "ask" } }).at(40_500).server({ id: 8, method: "elicitation/create", params: { message: "n?", requestedSchema: { type: "object", properties: {} } } });
    s.at(70_500).client({ id: 8, result: { action: "decline" } }).at(79_000).server({ id: 2, result: { content: [] } });
    const found = check(s);
    expect(found.map((f) => f.rule)).toEqual(["timing/slow-response"]);
    expect(found[0]!.message).toMatch(/took 9000 ms .*39000 ms in all, 30000 ms of it waiting on the client/);
  });

  it("timing/slow-response exempts tasks/result, which blocks until the task ends by design", () => {
    const s = new Script().handshake({ tasks: { requests: { tools: { call: {} } } } }, "2025-11-25").at(0).client({ id: 1, method: "tasks/result", params: { taskId: "t1" } });
    s.at(60_000).server({ id: 1, result: { content: [] } });
    expect(check(s).filter((f) => f.rule.startsWith("timing/"))).toEqual([]);
  });

  it("timing/never-answered at finish, not for cancelled requests nor server requests", () => {
    const s = new Script().handshake().client({ id: 1, method: "tools/call", params: { name: "a" } }).client({ id: 2, method: "ping" });
    s.client({ method: "notifications/cancelled", params: { requestId: 2 } }).server({ id: 3, method: "ping" });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["timing/never-answered", 4]]);
  });
});

describe("the checker never throws", () => {
  it("reports internal/checker-error once and carries on", () => {
    const checker = createProtocolChecker();
    const poison = { seq: 1, t: 0, kind: "message", dir: "client->server", get msg(): never { throw new Error("boom"); } } as unknown as Frame;
    expect(checker.check(poison)).toMatchObject([{ rule: "internal/checker-error", about: 1, message: expect.stringContaining("boom") }]);
    expect(checker.check(poison)).toEqual([]);
    expect(checker.check({ seq: 2, t: 0, kind: "stderr", text: "hi" })).toEqual([]);
  });
});
