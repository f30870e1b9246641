import type { FastifyInstance } from "fastify";
import WebSocket from "ws";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Frame, RelayServerPayload, ServersResponse } from "@mcp-inspect/core";
import { buildServer } from "../build-server";
import type { FeedLimits } from "../proxy-feed-route";
import { ServerHub } from "../server-hub";
import { testHeader } from "./fixtures";

const TOKEN = "f".repeat(32);
let app: FastifyInstance | undefined;
let hub: ServerHub | undefined;
afterEach(async () => {
  await app?.close();
  await hub?.closeAll();
  app = hub = undefined;
});

async function serve(feedLimits?: FeedLimits) {
  hub = new ServerHub();
  app = await buildServer({ hub, token: TOKEN, appSandbox: false, ...(feedLimits ? { feedLimits } : {}) });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
  return { host, auth: { host, authorization: `Bearer ${TOKEN}` } };
}

/** A feed socket as the proxy opens it: a node client, no Origin, the token as a Bearer header. */
function feed(host: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) {
  const socket = new WebSocket(`ws://${host}/api/proxy-feed`, { headers });
  const payloads: { type: string; code?: string; message?: string }[] = [];
  socket.on("message", (data) => payloads.push(JSON.parse(data.toString())));
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  const refused = new Promise<number>((resolve) => socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0)));
  socket.on("error", () => {});
  return { socket, payloads, closed, refused, opened: new Promise((resolve) => socket.on("open", resolve)) };
}

const send = (socket: WebSocket, payload: unknown) => socket.send(JSON.stringify(payload));
const initialize = (seq: number): Frame => ({
  seq,
  t: 1,
  kind: "message",
  dir: "client->server",
  msg: { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "claude-code", version: "2.1.332" } } },
});

async function servers(auth: Record<string, string>): Promise<ServersResponse> {
  return (await app!.inject({ url: "/api/servers", headers: auth })).json() as ServersResponse;
}

describe("the proxy feed route", () => {
  it("needs the token, and refuses a foreign Host", async () => {
    const { host } = await serve();
    expect(await feed(host, {}).refused).toBe(401);
    expect(await feed(host, { authorization: "Bearer wrong" }).refused).toBe(401);
    expect(await feed(host, { authorization: `Bearer ${TOKEN}`, host: `evil.example:${host.split(":")[1]}` }).refused).toBe(403);
    expect(hub!.servers()).toEqual([]);
  });

  it("adds a read-only tab labelled by the server name, then by the client's initialize; it stays, ended, when the proxy leaves", async () => {
    const { host, auth } = await serve();
    const proxy = feed(host);
    await proxy.opened;
    send(proxy.socket, { type: "session", header: testHeader(["weather.js"]), name: "weather" });
    send(proxy.socket, { type: "frame", frame: { seq: 1, t: 0, kind: "process", event: "spawn", pid: 42, command: "node", args: ["weather.js"], cwd: "/" } });
    await vi.waitFor(async () => expect((await servers(auth)).servers).toMatchObject([{ id: "s1", name: "weather", feed: { state: "live" } }]));

    send(proxy.socket, { type: "frame", frame: initialize(2) });
    await vi.waitFor(async () => expect((await servers(auth)).servers[0]).toMatchObject({ name: "claude-code → weather", feed: { state: "live", client: "claude-code" } }));
    // The frames are the proxy's own, seq and time kept.
    expect(hub!.get("s1")!.session.history()).toEqual([expect.objectContaining({ seq: 1, kind: "process" }), initialize(2)]);

    // A browser tab sees the history and gets nothing through: every payload is refused, restart too.
    const tab = new WebSocket(`ws://${host}/api/relay?token=${TOKEN}&server=s1`, { headers: { origin: `http://${host}` } });
    const got: RelayServerPayload[] = [];
    tab.on("message", (data) => got.push(JSON.parse(data.toString()) as RelayServerPayload));
    await new Promise((resolve) => tab.on("open", resolve));
    tab.send(JSON.stringify({ type: "message", message: { jsonrpc: "2.0", id: 1, method: "tools/list" } }));
    tab.send(JSON.stringify({ type: "restart" }));
    await vi.waitFor(() => expect(got.filter((p) => p.type === "error")).toHaveLength(2));
    expect(got.find((p) => p.type === "error")).toMatchObject({ code: "MCPI_READ_ONLY_SERVER", message: expect.stringContaining("live proxied session") });
    const restart = await app!.inject({ method: "POST", url: "/api/restart?server=s1", headers: auth });
    expect(restart.statusCode).toBe(409);
    expect(restart.json()).toMatchObject({ error: { code: "MCPI_READ_ONLY_SERVER" } });
    // Live: a frame sent now reaches the open tab.
    send(proxy.socket, { type: "frame", frame: { seq: 3, t: 2, kind: "stderr", text: "weather ready" } });
    await vi.waitFor(() => expect(got).toContainEqual({ type: "frame", frame: { seq: 3, t: 2, kind: "stderr", text: "weather ready" } }));
    tab.close();

    proxy.socket.close();
    await vi.waitFor(async () => expect((await servers(auth)).servers[0]).toMatchObject({ name: "claude-code → weather", feed: { state: "ended" } }));
    expect(hub!.get("s1")!.session.history()).toHaveLength(3);
  });

  it.each([
    ["not JSON", ["{nope"], "not JSON"],
    ["a frame before the session", [{ type: "frame", frame: initialize(1) }], "first message must be"],
    ["a header that is not one", [{ type: "session", header: { format: "x" }, name: "w" }], '"header" must be a session header'],
    ["frames out of order", [{ type: "session", header: testHeader(), name: "w" }, { type: "frame", frame: initialize(2) }, { type: "frame", frame: initialize(2) }], '"seq" must be a whole number above 2'],
    ["a frame of no known kind", [{ type: "session", header: testHeader(), name: "w" }, { type: "frame", frame: { seq: 1, t: 0, kind: "exec" } }], 'unknown "kind"'],
  ])("cuts a feed that sends %s, with a clear error, and keeps running", async (_what, messages, problem) => {
    const { host, auth } = await serve();
    const proxy = feed(host);
    await proxy.opened;
    for (const message of messages) proxy.socket.send(typeof message === "string" ? message : JSON.stringify(message));
    expect(await proxy.closed).toBe(4400);
    expect(proxy.payloads).toEqual([{ type: "error", code: "MCPI_BAD_FEED", message: expect.stringContaining(problem) }]);
    expect((await app!.inject({ url: "/api/servers", headers: auth })).statusCode).toBe(200);
  });

  it("cuts a feed that floods past its bounds; the tab stays with what came before, saying why", async () => {
    const { host, auth } = await serve({ totalBytes: 64 * 1024, messageBytes: 8 * 1024 });
    const big = feed(host);
    await big.opened;
    send(big.socket, { type: "session", header: testHeader(), name: "big" });
    send(big.socket, { type: "frame", frame: { seq: 1, t: 0, kind: "stderr", text: "x".repeat(9000) } });
    expect(await big.closed).toBe(4400);
    expect(big.payloads[0]).toMatchObject({ code: "MCPI_FEED_TOO_LARGE" });

    const flood = feed(host);
    await flood.opened;
    send(flood.socket, { type: "session", header: testHeader(), name: "flood" });
    for (let seq = 1; seq <= 200; seq++) send(flood.socket, { type: "frame", frame: { seq, t: seq, kind: "stderr", text: "y".repeat(1000) } });
    expect(await flood.closed).toBe(4400);
    expect(flood.payloads[0]).toMatchObject({ code: "MCPI_FEED_TOO_LARGE", message: expect.stringContaining("proxy's own recording") });
    const listed = (await servers(auth)).servers.find((s) => s.name === "flood")!;
    expect(listed.feed).toMatchObject({ state: "ended", error: expect.stringContaining("MCPI_FEED_TOO_LARGE") });
    const kept = hub!.get(listed.id)!.session.history().length;
    expect(kept).toBeGreaterThan(10);
    expect(kept).toBeLessThan(200);
  });

  it("refuses more feeds than its limit", async () => {
    const { host } = await serve({ feeds: 1 });
    const first = feed(host);
    await first.opened;
    const second = feed(host);
    expect(await second.closed).toBe(4400);
    expect(second.payloads[0]).toMatchObject({ code: "MCPI_TOO_MANY_FEEDS" });
  });

  it("closing the tab in the inspector closes the feed (the proxy goes on alone)", async () => {
    const { host, auth } = await serve();
    const proxy = feed(host);
    await proxy.opened;
    send(proxy.socket, { type: "session", header: testHeader(), name: "w" });
    await vi.waitFor(() => expect(hub!.servers()).toHaveLength(1));
    expect((await app!.inject({ method: "DELETE", url: "/api/servers/s1", headers: auth })).statusCode).toBe(200);
    expect(await proxy.closed).toBe(1000);
  });
});
