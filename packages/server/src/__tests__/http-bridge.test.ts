import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpBridge, type HttpBridge } from "../http-bridge";

const demoServer = join(fileURLToPath(new URL(".", import.meta.url)), "../../../demo-server/dist/server.js");
const target = { command: process.execPath, args: [demoServer], cwd: process.cwd(), env: process.env };

let bridge: HttpBridge | undefined;
afterEach(() => bridge?.close());

async function connect(url: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name: "bridge-test", version: "1" });
  const transport = new StreamableHTTPClientTransport(new URL(url));
  await client.connect(transport, { timeout: 10_000 });
  return { client, transport };
}

describe("startHttpBridge", () => {
  it("serves a stdio server over Streamable HTTP: requests, results and progress pass through", async () => {
    bridge = await startHttpBridge({ target });
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{32}\/mcp$/);
    const { client } = await connect(bridge.url);
    expect(client.getServerVersion()?.name).toBeTruthy();
    const tools = await client.listTools();
    expect(tools.tools.map((t) => t.name)).toContain("add");
    expect(await client.callTool({ name: "add", arguments: { a: 2, b: 3 } })).toMatchObject({ structuredContent: { sum: 5 } });
    await client.close();
  });

  it("gives each HTTP session its own child, and stops it when the session ends", async () => {
    const spawned: number[] = [];
    bridge = await startHttpBridge({ target, onFrame: (_, f) => f.kind === "process" && f.event === "spawn" && spawned.push(f.pid) });
    const a = await connect(bridge.url);
    const b = await connect(bridge.url);
    expect(bridge.sessionCount).toBe(2);
    expect(new Set(spawned).size).toBe(2);
    await a.transport.terminateSession();
    await a.client.close();
    await expect.poll(() => bridge!.sessionCount).toBe(1);
    await expect.poll(() => isAlive(spawned[0]!)).toBe(false);
    expect(isAlive(spawned[1]!)).toBe(true);
    await b.client.close();
    await bridge.close();
    await expect.poll(() => isAlive(spawned[1]!)).toBe(false);
  });

  it("answers unknown sessions with 404, refuses foreign hosts, and spawns nothing for them", async () => {
    const spawned: number[] = [];
    bridge = await startHttpBridge({ target, onFrame: (_, f) => f.kind === "process" && f.event === "spawn" && spawned.push(f.pid) });
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(bridge!.url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers }, body: JSON.stringify(body) });
    expect((await post({ "mcp-session-id": "nope" }, { jsonrpc: "2.0", id: 1, method: "ping" })).status).toBe(404);
    expect((await post({}, { jsonrpc: "2.0", id: 1, method: "ping" })).status).toBe(400);
    const init = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "x", version: "1" } } };
    expect((await post({ origin: "http://evil.example" }, init)).status).toBe(403);
    expect(spawned).toEqual([]);
  });

  it("refuses any local process that was not given the per-run URL, and spawns nothing for it (issue 18)", async () => {
    const spawned: number[] = [];
    bridge = await startHttpBridge({ target, onFrame: (_, f) => f.kind === "process" && f.event === "spawn" && spawned.push(f.pid) });
    const init = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "x", version: "1" } } };
    const { origin, pathname } = new URL(bridge.url);
    const token = pathname.split("/")[1]!;
    for (const path of ["/mcp", `/${token.slice(0, -1)}x/mcp`, `/${token}`, `/${token}/mcp/`, "/"]) {
      const res = await fetch(origin + path, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream" }, body: JSON.stringify(init) });
      expect(res.status, path).toBe(401);
      expect(await res.text()).not.toContain(token);
    }
    expect(spawned).toEqual([]);
    // The Origin check still holds, even with the token.
    const rebinding = await fetch(bridge.url, { method: "POST", headers: { origin: "http://evil.example", "content-type": "application/json", accept: "application/json, text/event-stream" }, body: JSON.stringify(init) });
    expect(rebinding.status).toBe(403);
    expect(spawned).toEqual([]);
    const { client } = await connect(bridge.url);
    expect(spawned).toHaveLength(1);
    await client.close();
  });

  it("closes the HTTP session when its server exits", async () => {
    bridge = await startHttpBridge({ target: { ...target, args: ["-e", "process.stdin.once('data', () => process.exit(1))"] } });
    const client = new Client({ name: "bridge-test", version: "1" });
    await expect(client.connect(new StreamableHTTPClientTransport(new URL(bridge.url)), { timeout: 5000 })).rejects.toThrow();
    await expect.poll(() => bridge!.sessionCount).toBe(0);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
