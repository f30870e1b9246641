import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MessageFrame } from "@mcp-inspect/core";
import { RelayConnection } from "../relay-connection";
import { RelayTransport } from "../relay-transport";
import { fakeSocketFactory, frame, header, resetSeq } from "./fake-socket";

function setup() {
  const factory = fakeSocketFactory();
  const relay = new RelayConnection("ws://x/api/relay?token=t", { createSocket: factory.create });
  relay.start();
  const socket = factory.last();
  socket.open();
  const transport = new RelayTransport(relay);
  const received: unknown[] = [];
  transport.onmessage = (message) => received.push(message);
  return { relay, socket, transport, received };
}

const serverMsg = (msg: Record<string, unknown>) => frame<MessageFrame>({ kind: "message", dir: "server->client", msg });
const clientMsg = (msg: Record<string, unknown>) => frame<MessageFrame>({ kind: "message", dir: "client->server", msg });

/** The id of the last request the transport sent. */
function lastSentId(sent: readonly unknown[]): string {
  return (sent.at(-1) as { message: { id: string } }).message.id;
}

describe("RelayTransport", () => {
  beforeEach(() => resetSeq());

  it("sends messages as `send` payloads", async () => {
    const { socket, transport } = setup();
    await transport.start();
    await transport.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    expect(socket.sent).toEqual([{ type: "send", message: { jsonrpc: "2.0", id: 1, method: "tools/list" } }]);
  });

  it("delivers only live server->client message frames", async () => {
    const { socket, transport, received } = setup();
    await transport.start();
    const old = serverMsg({ jsonrpc: "2.0", id: 0, result: {} });
    socket.receive({ type: "hello", header, frames: [old] });
    socket.receive({ type: "frame", frame: clientMsg({ jsonrpc: "2.0", id: 1, method: "ping" }) });
    socket.receive({ type: "frame", frame: frame({ kind: "stderr", text: "log line" }) });
    socket.receive({ type: "frame", frame: frame({ kind: "stdout-noise", text: "hi", reason: "not JSON" }) });
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 1, result: {} }) });
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", method: "notifications/tools/list_changed" }) });
    expect(received).toEqual([
      { jsonrpc: "2.0", id: 1, result: {} },
      { jsonrpc: "2.0", method: "notifications/tools/list_changed" },
    ]);
  });

  it("turns an answer with both result and error into an error the caller sees at once, not a timeout", async () => {
    const { socket, transport, received } = setup();
    await transport.start();
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 3, result: { content: [] }, error: { code: 1, message: "x" } }) });
    expect(received).toEqual([{ jsonrpc: "2.0", id: 3, error: { code: -32603, message: expect.stringContaining('both "result" and "error"') } }]);
  });

  it("puts the relay's `deliverId` (own id) back in the logged frame's message, and delivers nothing for null", async () => {
    const { socket, transport, received } = setup();
    await transport.start();
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 5, result: { mine: true } }), deliverId: 0 });
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 6, result: { theirs: true } }), deliverId: null });
    expect(received).toEqual([{ jsonrpc: "2.0", id: 0, result: { mine: true } }]);
  });

  it("delivers nothing before start or after close, and reports close once", async () => {
    const { socket, transport, received } = setup();
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 1, result: {} }) });
    await transport.start();
    const onclose = vi.fn();
    transport.onclose = onclose;
    await transport.close();
    await transport.close();
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 2, result: {} }) });
    expect(received).toEqual([]);
    expect(onclose).toHaveBeenCalledTimes(1);
    await expect(transport.send({ jsonrpc: "2.0", id: 3, method: "ping" })).rejects.toThrow(/closed/);
  });

  it("rejects a send while the relay is disconnected", async () => {
    const { socket, transport } = setup();
    await transport.start();
    socket.drop();
    await expect(transport.send({ jsonrpc: "2.0", id: 1, method: "ping" })).rejects.toThrow(/disconnected from mcp-inspect/);
  });

  it("keeps the negotiated protocol version", () => {
    const { transport } = setup();
    transport.setProtocolVersion("2025-06-18");
    expect(transport.protocolVersion).toBe("2025-06-18");
  });

  it("cannot be started twice", async () => {
    const { transport } = setup();
    await transport.start();
    await expect(transport.start()).rejects.toThrow(/already started/);
  });

  it("takes the answer to a raw request before the SDK client sees it, and tells the server when one times out", async () => {
    const { socket, transport, received } = setup();
    await transport.start();
    const answered = transport.rawRequest({ method: "tasks/get", params: { taskId: "t1" } });
    expect(socket.sent.at(-1)).toMatchObject({ message: { method: "tasks/get", params: { taskId: "t1" } } });
    const first = lastSentId(socket.sent);
    expect(typeof first).toBe("string");
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 9, result: { status: "working" } }), deliverId: first });
    await expect(answered).resolves.toEqual({ kind: "result", result: { status: "working" } });
    expect(received).toEqual([]);

    const refused = transport.rawRequest({ method: "tasks/get" });
    const second = lastSentId(socket.sent);
    socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 10, error: { code: -32602, message: "Unknown task" } }), deliverId: second });
    await expect(refused).resolves.toEqual({ kind: "error", error: { code: -32602, message: "Unknown task" } });

    vi.useFakeTimers();
    try {
      const late = transport.rawRequest({ method: "tasks/get" }, { timeoutMs: 1000 });
      const third = lastSentId(socket.sent);
      vi.advanceTimersByTime(1000);
      await expect(late).rejects.toThrow("tasks/get timed out after 1000 ms");
      expect(socket.sent.at(-1)).toEqual({ type: "send", message: { jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: third, reason: "tasks/get timed out after 1000 ms" } } });
      // Its late answer goes nowhere: not to the SDK client either.
      socket.receive({ type: "frame", frame: serverMsg({ jsonrpc: "2.0", id: 11, result: {} }), deliverId: third });
      expect(received).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("remembers the envelope of the client's first modern request, and fails raw requests when closed", async () => {
    const { transport } = setup();
    await transport.start();
    await transport.send({ jsonrpc: "2.0", id: 0, method: "initialize", params: {} } as never);
    expect(transport.modernFraming).toBeUndefined();
    const meta = {
      "io.modelcontextprotocol/protocolVersion": "2026-07-28",
      "io.modelcontextprotocol/clientInfo": { name: "mcp-inspect", version: "1" },
      "io.modelcontextprotocol/clientCapabilities": { sampling: {} },
    };
    await transport.send({ jsonrpc: "2.0", id: 1, method: "server/discover", params: { _meta: meta } } as never);
    expect(transport.modernFraming).toEqual({ protocolVersion: "2026-07-28", clientInfo: { name: "mcp-inspect", version: "1" }, clientCapabilities: { sampling: {} } });
    const pending = transport.rawRequest({ method: "tasks/get" });
    await transport.close();
    await expect(pending).rejects.toThrow("the connection to the server closed");
    await expect(transport.rawRequest({ method: "tasks/get" })).rejects.toThrow("transport closed");
  });
});
