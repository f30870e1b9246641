// Real-shaped sessions for the export tests: the captured dual-era demo sessions (stdio), the MCP App session, and a
// Streamable HTTP session recorded by `mcp-inspect doctor --url ...?api_key=... --header "Authorization: Bearer ..."`
// against @modelcontextprotocol/server-everything (captured/http-everything.json, the .jsonl's header and frames; the
// secrets were masked at recording).
import type { Frame, MessageFrame } from "../../frame";
import captured from "../../__tests__/captured/http-everything.json";
import type { SessionHeader } from "../../session-header";

export { modernSession, legacySession } from "../../__tests__/captured-sessions";
export { appHeader, appSessionFrames } from "../../__tests__/app-session";

export function httpSession(): { header: SessionHeader; frames: Frame[] } {
  return captured as unknown as { header: SessionHeader; frames: Frame[] };
}

/**
 * A stdio session with what a hostile or failing server sends: markup and Mermaid syntax in names and texts, a
 * secret-looking field, a JSON-RPC error, a failed tool, an unanswered request, a W3C traceparent in `_meta`.
 */
export const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
export const PARENT_ID = "00f067aa0ba902b7";
export function hostileSession(): { header: SessionHeader; frames: Frame[] } {
  const header: SessionHeader = {
    format: "mcp-inspect-session",
    version: 1,
    id: "hostile-1",
    target: { type: "stdio", command: "node", args: ["evil.js"], cwd: "/srv", envKeys: ["API_KEY"] },
    inspector: { name: "mcp-inspect", version: "0.1.0" },
    startedAt: "2026-12-05T00:00:00.000Z",
  };
  let seq = 0;
  const c2s = (t: number, msg: Record<string, unknown>): MessageFrame => ({ seq: ++seq, t, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", ...msg } });
  const s2c = (t: number, msg: Record<string, unknown>): MessageFrame => ({ seq: ++seq, t, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", ...msg } });
  const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
  const frames: Frame[] = [
    { seq: ++seq, t: 0, kind: "process", event: "spawn", pid: 7, command: "node", args: ["evil.js"], cwd: "/srv" },
    c2s(1, { id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mcp-inspect", version: "0" } } }),
    s2c(11, { id: 0, result: { protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: `evil; end\nNote over C: ${evil}`, version: "1" } } }),
    c2s(12, { method: "notifications/initialized" }),
    c2s(20, { id: 1, method: "tools/call", params: { name: `get;end-->>x ${evil}`, arguments: { password: "hunter2", url: "https://me:pw@example.test/x?token=abc" }, _meta: { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` } } }),
    s2c(45, { id: 1, result: { content: [{ type: "text", text: `boom ${evil}` }], isError: true } }),
    c2s(50, { id: 2, method: "resources/read", params: { uri: "file:///nope" } }),
    s2c(53, { id: 2, error: { code: -32002, message: `Resource not found ${evil}` } }),
    { seq: ++seq, t: 54, kind: "check", rule: "tools/bad-name", severity: "warning", message: `tool name "${evil}" has characters outside [A-Za-z0-9_.-]`, hint: "Rename the tool.", about: 5 },
    { seq: ++seq, t: 55, kind: "stderr", text: `debug ${evil} key at https://u:p@host.test/?api_key=zzz` },
    c2s(60, { id: 3, method: "tools/list" }),
  ];
  return { header, frames };
}
