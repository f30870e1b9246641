import { describe, expect, it } from "vitest";
import type { MessageFrame, ProcessFrame } from "@mcp-inspect/core";
import { McpSession } from "../mcp-session";
import { RelayConnection } from "../relay-connection";
import { loadInspectorClient } from "../load-inspector-client";
import { fakeSocketFactory, frame, header, type FakeSocket } from "./fake-socket";

// The SDK client's outputSchema check (callTool) runs on Ajv + RE2, which load on demand with the first callTool
// (create-inspector-client.ts): it must still check, and a catastrophic pattern must still not hang the tab.
const HOSTILE = `${"a".repeat(34)}!`;
const tool = { name: "t", inputSchema: { type: "object" }, outputSchema: { type: "object", properties: { text: { type: "string", pattern: "^(a+)+$" } } } };

/** Plays the backend and a 2025-06-18 server: echoes what the browser sent and answers it by method. */
function serve(socket: FakeSocket, results: Record<string, unknown>): () => void {
  let answered = 0;
  const timer = setInterval(() => {
    const sent = socket.sent.filter((p) => p.type === "send");
    for (const payload of sent.slice(answered)) {
      answered++;
      if (payload.type !== "send" || payload.message.id === undefined) continue;
      const method = String(payload.message.method);
      socket.receive({ type: "frame", frame: frame<MessageFrame>({ kind: "message", dir: "client->server", msg: payload.message }) });
      const msg = method in results ? { jsonrpc: "2.0" as const, id: payload.message.id, result: results[method] } : { jsonrpc: "2.0" as const, id: payload.message.id, error: { code: -32601, message: "no" } };
      socket.receive({ type: "frame", frame: frame<MessageFrame>({ kind: "message", dir: "server->client", msg }) });
    }
  }, 2);
  return () => clearInterval(timer);
}

describe("the SDK client's outputSchema check", () => {
  it("loads its validator with the first callTool, checks the result, and a hostile pattern does not hang", async () => {
    await loadInspectorClient();
    const factory = fakeSocketFactory();
    const session = new McpSession(new RelayConnection("ws://h", { createSocket: factory.create }), { notifyDelayMs: 0 });
    session.start();
    const socket = factory.last();
    socket.open();
    const stop = serve(socket, {
      initialize: { protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "s", version: "1" } },
      "tools/list": { tools: [tool] },
      "tools/call": { content: [], structuredContent: { text: HOSTILE } },
    });
    socket.receive({ type: "hello", header: { ...header, protocol: "2025-06-18" }, frames: [frame<ProcessFrame>({ kind: "process", event: "spawn", pid: 1, command: "node", args: [], cwd: "/" })] });
    await expect.poll(() => session.getSnapshot().client, { timeout: 10_000 }).toBeDefined();
    const client = session.getSnapshot().client!;
    await client.listTools(); // the SDK checks against the outputSchema of the tool as listed
    const error = await client.callTool({ name: "t", arguments: {} }).then(() => undefined, (e: unknown) => e);
    // The call went out and its result was checked (not refused beforehand for want of a validator).
    expect(socket.sent.some((p) => p.type === "send" && p.message.method === "tools/call")).toBe(true);
    expect(String(error)).toMatch(/does not match/i);
    stop();
    session.stop();
  });
});
