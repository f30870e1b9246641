import { describe, expect, it } from "vitest";
import type { Fixture } from "@mcp-inspect/core/fixture";
import { createMockResponder } from "../mock-server";

const fixture: Fixture = {
  format: "mcp-inspect-fixture",
  version: 1,
  initialize: { params: { protocolVersion: "2025-06-18", capabilities: {} }, response: { result: { protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "s", version: "1" } } } },
  exchanges: [
    { kind: "request", method: "tools/call", params: { name: "roll" }, response: { result: { n: 1 } } },
    { kind: "notification", method: "notifications/roots/list_changed" },
    { kind: "request", method: "tools/call", params: { name: "roll" }, response: { result: { n: 2 } } },
    { kind: "request", method: "tools/call", params: { name: "fail" }, response: { error: { code: -32602, message: "bad" } } },
  ],
  serverRequests: [],
};

describe("mock responder", () => {
  it("answers initialize, ping and recorded requests in recorded order, ignoring _meta", () => {
    const respond = createMockResponder(fixture, { era: "legacy", version: "2025-06-18" });
    expect(respond({ jsonrpc: "2.0", id: 0, method: "initialize", params: {} })).toEqual({ jsonrpc: "2.0", id: 0, result: expect.objectContaining({ serverInfo: { name: "s", version: "1" } }) });
    expect(respond({ jsonrpc: "2.0", id: "p", method: "ping" })).toEqual({ jsonrpc: "2.0", id: "p", result: {} });
    const roll = (id: number) => respond({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "roll", _meta: { progressToken: id } } });
    expect([roll(1), roll(2), roll(3)].map((r) => r?.result)).toEqual([{ n: 1 }, { n: 2 }, { n: 2 }]);
    expect(respond({ jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "fail" } })).toEqual({ jsonrpc: "2.0", id: 4, error: { code: -32602, message: "bad" } });
    expect(respond({ jsonrpc: "2.0", method: "notifications/initialized" })).toBeUndefined();
  });

  it("an unrecorded request gets an error naming the method and the closest recorded params", () => {
    const reply = createMockResponder(fixture, { era: "legacy", version: "2025-06-18" })({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "rol" } });
    expect(reply?.error).toMatchObject({ code: -32001, message: 'no recorded tools/call request with these params; the closest recorded params are {"name":"roll"}' });
  });
});
