import { describe, expect, it } from "vitest";
import { check, ruleIds, Script } from "./frames";

describe("jsonrpc/* rules", () => {
  it("a clean exchange has no findings", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping" }).server({ id: 1, result: {} });
    expect(check(s)).toEqual([]);
  });

  it("jsonrpc/version: a message without jsonrpc 2.0", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping", jsonrpc: "1.0" }).server({ id: 1, result: {} });
    const [f] = check(s);
    expect(f).toMatchObject({ rule: "jsonrpc/version", severity: "error", about: 4, path: "/jsonrpc" });
    expect(f!.message).toContain('"1.0"');
  });

  it("jsonrpc/version: a server line with jsonrpc 1.0 arrives as stdout noise and still pairs", () => {
    const s = new Script().client({ id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } });
    s.raw({ kind: "stdout-noise", text: JSON.stringify({ jsonrpc: "1.0", id: 0, result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "s", version: "1" } } }), reason: "not JSON-RPC 2.0" });
    expect(ruleIds(check(s))).toEqual(["jsonrpc/version"]);
  });

  it("jsonrpc/id-type: null, boolean or object ids; a response without id", () => {
    const s = new Script().handshake().client({ id: null, method: "ping" }).client({ id: { a: 1 }, method: "ping" }).server({ id: true, result: {} }).server({ result: {} });
    const found = check(s);
    expect(found.map((f) => f.rule)).toEqual(["jsonrpc/id-type", "jsonrpc/id-type", "jsonrpc/id-type", "jsonrpc/id-type"]);
    expect(found[3]!.message).toContain("has no id");
  });

  it("jsonrpc/id-type: an error with a null id is fine for parse errors", () => {
    const s = new Script().handshake().server({ id: null, error: { code: -32700, message: "Parse error" } });
    expect(check(s)).toEqual([]);
  });

  it("jsonrpc/id-reused: the same id twice from one side, even after the first was answered", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping" }).server({ id: 1, result: {} }).client({ id: 1, method: "ping" }).server({ id: 1, result: {} });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["jsonrpc/id-reused", 6]]);
  });

  it("jsonrpc/id-reused: ids are per direction, and a new initialize starts a new client session", () => {
    const s = new Script().handshake().client({ id: 5, method: "ping" }).server({ id: 5, result: {} }).server({ id: 5, method: "ping" }).client({ id: 5, result: {} }).handshake();
    expect(check(s)).toEqual([]);
  });

  it("jsonrpc/unknown-response-id: names the id, and a type mismatch", () => {
    const s = new Script().handshake().client({ id: 7, method: "ping" }).server({ id: "7", result: {} });
    const found = check(s);
    expect(found.map((f) => f.rule)).toEqual(["jsonrpc/unknown-response-id", "timing/never-answered"]);
    expect(found[0]!.message).toContain("the id must keep its type");
  });

  it("jsonrpc/duplicate-response: a second answer to one request", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping" }).server({ id: 1, result: {} }).server({ id: 1, result: {} });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["jsonrpc/duplicate-response", 6]]);
  });

  it("jsonrpc/response-to-notification: an id-less response right after a notification", () => {
    const s = new Script().client({ id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } });
    s.server({ id: 0, result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "s", version: "1" } } }).client({ method: "notifications/initialized" }).server({ result: {} });
    const [f] = check(s);
    expect(f).toMatchObject({ rule: "jsonrpc/response-to-notification", about: 4 });
    expect(f!.message).toContain("notifications/initialized");
  });

  it("jsonrpc/batch: an array of messages on stdout; a warning under 2025-03-26", () => {
    const line = JSON.stringify([{ jsonrpc: "2.0", id: 1, result: {} }]);
    const now = new Script().handshake().raw({ kind: "stdout-noise", text: line, reason: "a JSON array" });
    expect(check(now)).toMatchObject([{ rule: "jsonrpc/batch", severity: "error" }]);
    const old = new Script().handshake({ tools: {} }, "2025-03-26").raw({ kind: "stdout-noise", text: line, reason: "a JSON array" });
    expect(check(old)).toMatchObject([{ rule: "jsonrpc/batch", severity: "warning" }]);
  });
});

describe("answers that clients drop or that break a MUST", () => {
  it("jsonrpc/result-and-error: a response carrying both", () => {
    const s = new Script().handshake().client({ id: 1, method: "tools/call", params: { name: "a" } });
    s.server({ id: 1, result: { content: [] }, error: { code: -32603, message: "x" } });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["jsonrpc/result-and-error", 5]]);
  });

  it("lifecycle/ping-error: ping answered with an error, by the server or the client", () => {
    const s = new Script().handshake().client({ id: 1, method: "ping" }).server({ id: 1, error: { code: -32601, message: "Method not found" } });
    s.server({ id: 9, method: "ping" }).client({ id: 9, error: { code: -32603, message: "no" } });
    const found = check(s);
    expect(found.map((f) => [f.rule, f.severity, f.about])).toEqual([["lifecycle/ping-error", "error", 5], ["lifecycle/ping-error", "error", 7]]);
    expect(found[0]!.message).toContain("server answered ping with error -32601");
  });
});
