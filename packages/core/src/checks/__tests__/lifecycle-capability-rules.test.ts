import { describe, expect, it } from "vitest";
import { check, ruleIds, Script } from "./frames";

const offer = (protocolVersion: string) => ({ id: 0, method: "initialize", params: { protocolVersion, capabilities: {}, clientInfo: { name: "t", version: "1" } } });
const answer = (protocolVersion: string, capabilities = {}) => ({ id: 0, result: { protocolVersion, capabilities, serverInfo: { name: "s", version: "1" } } });

describe("lifecycle/* rules", () => {
  it("lifecycle/request-before-initialize: tools/list before the initialize result; ping is fine", () => {
    const s = new Script().client(offer("2025-06-18")).client({ id: 1, method: "ping" }).client({ id: 2, method: "tools/list" });
    s.server(answer("2025-06-18", { tools: {} })).server({ id: 1, result: {} }).server({ id: 2, result: { tools: [] } });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["lifecycle/request-before-initialize", 3]]);
  });

  it("lifecycle/server-request-before-initialized: a server request before notifications/initialized", () => {
    const s = new Script().client(offer("2025-06-18")).server(answer("2025-06-18")).server({ id: 9, method: "roots/list" });
    s.client({ id: 9, result: { roots: [] } });
    expect(ruleIds(check(s))).toContain("lifecycle/server-request-before-initialized");
  });

  it("lifecycle/unsupported-protocol-version: an answer that is neither offered nor a revision", () => {
    const s = new Script().client(offer("2025-06-18")).server(answer("1.0"));
    expect(check(s)).toMatchObject([{ rule: "lifecycle/unsupported-protocol-version", path: "/result/protocolVersion", about: 2 }]);
  });

  it("an older revision in answer is negotiation, not a finding", () => {
    const s = new Script().client(offer("2025-11-25")).server(answer("2024-11-05")).client({ method: "notifications/initialized" });
    expect(check(s)).toEqual([]);
  });

  it("lifecycle/exit-before-initialize: exit code 1 before the initialize result, naming the error line", () => {
    const s = new Script().client(offer("2025-06-18")).raw({ kind: "process", event: "spawn", pid: 1, command: "node", args: [], cwd: "/" });
    s.raw({ kind: "process", event: "exit", code: 1, signal: null, stderrTail: ["Error: API_KEY is not set", "", "Node.js v20"] });
    const found = check(s);
    expect(found.map((f) => f.rule)).toEqual(["timing/never-answered", "lifecycle/exit-before-initialize"]);
    expect(found[1]!.message).toContain("API_KEY is not set");
  });

  it("a server stopped by a signal, or one that was initialized, exits without a lifecycle finding", () => {
    const killed = new Script().raw({ kind: "process", event: "exit", code: null, signal: "SIGTERM", stderrTail: [] });
    const done = new Script().handshake().raw({ kind: "process", event: "exit", code: 1, signal: null, stderrTail: [] });
    expect([...check(killed), ...check(done)]).toEqual([]);
  });

  it("a restart (exit, spawn) starts a new process: ids and handshake begin again", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping" }).server({ id: 1, result: {} });
    s.raw({ kind: "process", event: "restart" }).raw({ kind: "process", event: "exit", code: null, signal: "SIGTERM", stderrTail: [] });
    s.raw({ kind: "process", event: "spawn", pid: 2, command: "node", args: [], cwd: "/" }).handshake().client({ id: 1, method: "ping" }).server({ id: 1, result: {} });
    expect(check(s)).toEqual([]);
  });
});

describe("capability/undeclared", () => {
  it("names each undeclared server feature: notifications and results", () => {
    const s = new Script().handshake({ tools: {} });
    s.server({ method: "notifications/tools/list_changed" }).server({ method: "notifications/resources/updated", params: { uri: "a://b" } });
    s.client({ id: 1, method: "logging/setLevel", params: { level: "info" } }).server({ id: 1, result: {} });
    s.client({ id: 2, method: "prompts/list" }).server({ id: 2, result: { prompts: [] } });
    const found = check(s);
    expect(found.map((f) => f.rule)).toEqual(Array(4).fill("capability/undeclared"));
    expect(found.map((f) => f.message.match(/capabilities\.[\w.]+/)?.[0])).toEqual(["capabilities.tools.listChanged", "capabilities.resources.subscribe", "capabilities.logging", "capabilities.prompts"]);
  });

  it("declared capabilities, and error answers to undeclared methods, are fine", () => {
    const s = new Script().handshake({ tools: { listChanged: true }, logging: {} });
    s.server({ method: "notifications/tools/list_changed" }).server({ method: "notifications/message", params: { level: "info", data: "x" } });
    s.client({ id: 1, method: "prompts/list" }).server({ id: 1, error: { code: -32601, message: "Method not found" } });
    expect(check(s)).toEqual([]);
  });

  it("server requests need the client's capability", () => {
    const s = new Script().handshake({}, "2025-06-18", { roots: {} });
    s.server({ id: 1, method: "roots/list" }).client({ id: 1, result: { roots: [] } });
    s.server({ id: 2, method: "sampling/createMessage", params: { messages: [], maxTokens: 5 } }).client({ id: 2, error: { code: -32601, message: "no" } });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["capability/undeclared", 6]]);
  });
});
