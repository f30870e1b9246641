import type { AppFrame, Frame, MessageFrame } from "../frame";
import type { SessionHeader } from "../session-file";

/**
 * A session with an MCP App, shaped like `@modelcontextprotocol/server-basic-react --stdio` in the inspector:
 * the handshake, tools/list (get-time names ui://get-time/mcp-app.html), the host reading that resource, the
 * tool call, then the app's own conversation with the page (app frames) and the tools/call it asks for, which
 * the page proxies as an ordinary message. The app's JSON-RPC ids repeat the client's on purpose: they are
 * another id space.
 */
export const appHeader: SessionHeader = {
  format: "mcp-inspect-session",
  version: 1,
  id: "apps-1",
  target: { type: "stdio", command: "npx", args: ["@modelcontextprotocol/server-basic-react", "--stdio"], cwd: "/srv", envKeys: [] },
  inspector: { name: "mcp-inspect", version: "0.1.0" },
  startedAt: "2026-12-05T00:00:00.000Z",
};

export const APP_URI = "ui://get-time/mcp-app.html";
export const APP_MIME = "text/html;profile=mcp-app";
const app = { instance: "app-1", uri: APP_URI, tool: "get-time" };

export const appTool = {
  name: "get-time",
  title: "Get Time",
  description: "Returns the current server time.",
  inputSchema: { type: "object", properties: {} },
  _meta: { ui: { resourceUri: APP_URI }, "ui/resourceUri": APP_URI },
};

/** The frames; `plain` is the same session without its app frames. */
export function appSessionFrames(): { frames: Frame[]; plain: Frame[] } {
  let seq = 0;
  const c2s = (msg: Record<string, unknown>): MessageFrame => ({ seq: ++seq, t: seq, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", ...msg } });
  const s2c = (msg: Record<string, unknown>): MessageFrame => ({ seq: ++seq, t: seq, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", ...msg } });
  const a2h = (msg: Record<string, unknown>): AppFrame => ({ seq: ++seq, t: seq, kind: "app", dir: "app->host", app, msg: { jsonrpc: "2.0", ...msg } });
  const h2a = (msg: Record<string, unknown>): AppFrame => ({ seq: ++seq, t: seq, kind: "app", dir: "host->app", app, msg: { jsonrpc: "2.0", ...msg } });
  const callResult = { content: [{ type: "text", text: "2026-12-05T00:00:01.000Z" }], structuredContent: { time: "2026-12-05T00:00:01.000Z" } };
  const frames: Frame[] = [
    { seq: ++seq, t: 0, kind: "process", event: "spawn", pid: 1, command: "npx", args: [], cwd: "/srv" },
    c2s({ id: 0, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: { extensions: { "io.modelcontextprotocol/ui": { mimeTypes: [APP_MIME] } } }, clientInfo: { name: "mcp-inspect", version: "0" } } }),
    s2c({ id: 0, result: { protocolVersion: "2025-11-25", capabilities: { tools: {}, resources: {} }, serverInfo: { name: "Basic MCP App Server (React)", version: "1.0.0" } } }),
    c2s({ method: "notifications/initialized" }),
    c2s({ id: 1, method: "tools/list" }),
    s2c({ id: 1, result: { tools: [appTool] } }),
    c2s({ id: 2, method: "tools/call", params: { name: "get-time", arguments: {} } }),
    s2c({ id: 2, result: callResult }),
    c2s({ id: 3, method: "resources/read", params: { uri: APP_URI } }),
    s2c({ id: 3, result: { contents: [{ uri: APP_URI, mimeType: APP_MIME, text: "<!doctype html><html></html>" }] } }),
    // The app starts: ui/initialize, the host's answer, initialized, the tool's input and result.
    a2h({ id: 1, method: "ui/initialize", params: { appInfo: { name: "Get Time App", version: "1.0.0" }, appCapabilities: {}, protocolVersion: "2026-01-26" } }),
    h2a({ id: 1, result: { protocolVersion: "2026-01-26", hostInfo: { name: "mcp-inspect", version: "0" }, hostCapabilities: { serverTools: {} }, hostContext: { theme: "light" } } }),
    a2h({ method: "ui/notifications/initialized" }),
    h2a({ method: "ui/notifications/tool-input", params: { arguments: {} } }),
    h2a({ method: "ui/notifications/tool-result", params: callResult }),
    // "Get Server Time": the app asks, the page proxies it to the server, and answers the app.
    a2h({ id: 2, method: "tools/call", params: { name: "get-time", arguments: {} } }),
    c2s({ id: 4, method: "tools/call", params: { name: "get-time", arguments: {} } }),
    s2c({ id: 4, result: callResult }),
    h2a({ id: 2, result: callResult }),
  ];
  return { frames, plain: frames.filter((f) => f.kind !== "app") };
}
