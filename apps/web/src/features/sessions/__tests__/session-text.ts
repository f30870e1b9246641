import type { Frame, SessionHeader } from "@mcp-inspect/core";

/** A small recorded session as a file's text: spawn, initialize, a tool call, an error call, an unanswered one. */
export const header: SessionHeader = {
  format: "mcp-inspect-session",
  version: 1,
  id: "0f5b3a2e-aaaa-bbbb-cccc-000000000001",
  target: { type: "stdio", command: "node", args: ["server.js"], cwd: "/tmp", envKeys: [] },
  inspector: { name: "mcp-inspect", version: "0.1.0" },
  startedAt: "2026-01-02T03:04:05.000Z",
};

const c2s = (seq: number, t: number, msg: object): Frame => ({ seq, t, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", ...msg } });
const s2c = (seq: number, t: number, msg: object): Frame => ({ seq, t, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", ...msg } });

export const frames: Frame[] = [
  { seq: 1, t: 0, kind: "process", event: "spawn", pid: 7, command: "node", args: ["server.js"], cwd: "/tmp" },
  c2s(2, 5, { id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "x", version: "1" } } }),
  s2c(3, 9, { id: 0, result: { protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "demo", version: "1.2.3" } } }),
  c2s(4, 20, { id: 1, method: "tools/call", params: { name: "echo", arguments: { text: "hi" } } }),
  s2c(5, 32, { id: 1, result: { content: [{ type: "text", text: "hi" }] } }),
  c2s(6, 40, { id: 2, method: "tools/call", params: { name: "boom", arguments: {} } }),
  s2c(7, 41, { id: 2, error: { code: -32602, message: "bad" } }),
  c2s(8, 50, { id: 3, method: "tools/call", params: { name: "slow" } }),
];

export function sessionText(body: readonly Frame[] = frames): string {
  return [header, ...body].map((line) => JSON.stringify(line)).join("\n") + "\n";
}
