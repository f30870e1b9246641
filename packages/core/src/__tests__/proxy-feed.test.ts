import { describe, expect, it } from "vitest";
import { envelopeClientName, initializeClientName, parseFeedFrame, parseFeedSession, proxiedSessionLabel } from "../proxy-feed";
import type { Frame } from "../frame";

const header = { format: "mcp-inspect-session", version: 1, id: "x", target: { type: "stdio", command: "node", args: ["w.js"], cwd: "/", envKeys: [] }, inspector: { name: "mcp-inspect", version: "0" }, startedAt: "2026-12-05T00:00:00.000Z" };
const message = (msg: Record<string, unknown>, dir: "client->server" | "server->client" = "client->server"): Frame => ({ seq: 1, t: 0, kind: "message", dir, msg: { jsonrpc: "2.0", ...msg } });

describe("the proxy feed protocol", () => {
  it("labels a proxied session by the client's initialize clientInfo, or its 2026-07-28 envelope, else by the server alone", () => {
    const init = message({ id: 0, method: "initialize", params: { clientInfo: { name: "claude-code", version: "2" } } });
    expect(initializeClientName(init)).toBe("claude-code");
    expect(proxiedSessionLabel("weather", initializeClientName(init))).toBe("claude-code → weather");
    expect(proxiedSessionLabel("weather", undefined)).toBe("weather");
    const modern = message({ id: 1, method: "server/discover", params: { _meta: { "io.modelcontextprotocol/clientInfo": { name: "cursor" } } } });
    expect(initializeClientName(modern)).toBeUndefined();
    expect(envelopeClientName(modern)).toBe("cursor");
    // The server's answer names the server, not the client.
    expect(initializeClientName(message({ id: 0, method: "initialize", params: { clientInfo: { name: "x" } } }, "server->client"))).toBeUndefined();
    expect(initializeClientName(message({ id: 0, method: "initialize", params: { clientInfo: { name: 42 } } }))).toBeUndefined();
  });

  it("takes a session header and a name first, and refuses anything else", () => {
    expect(parseFeedSession({ type: "session", header, name: "weather" })).toMatchObject({ name: "weather", header: { id: "x" } });
    expect(parseFeedSession({ type: "frame" })).toEqual({ problem: expect.stringContaining("first message") });
    expect(parseFeedSession({ type: "session", header, name: "" })).toEqual({ problem: expect.stringContaining('"name"') });
    expect(parseFeedSession({ type: "session", header: { ...header, target: "rm -rf" }, name: "w" })).toEqual({ problem: expect.stringContaining("target") });
  });

  it("takes frames in rising seq order, of known kinds and shapes", () => {
    expect(parseFeedFrame({ type: "frame", frame: { seq: 3, t: 1, kind: "stderr", text: "hi" } }, 2)).toEqual({ frame: { seq: 3, t: 1, kind: "stderr", text: "hi" } });
    expect(parseFeedFrame({ type: "frame", frame: { seq: 2, t: 1, kind: "stderr", text: "hi" } }, 2)).toEqual({ problem: expect.stringContaining("above 2") });
    expect(parseFeedFrame({ type: "frame", frame: { seq: 3, t: "soon", kind: "stderr" } }, 2)).toEqual({ problem: expect.stringContaining('"t"') });
    expect(parseFeedFrame({ type: "frame", frame: { seq: 3, t: 1, kind: "message", dir: "sideways", msg: {} } }, 2)).toEqual({ problem: expect.stringContaining('"dir"') });
    expect(parseFeedFrame({ type: "frame", frame: { seq: 3, t: 1, kind: "app", dir: "app->host", app: {}, msg: {} } }, 2)).toEqual({ problem: expect.stringContaining("app.instance") });
  });
});
