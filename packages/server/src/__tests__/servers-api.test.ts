import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import type { RelayServerPayload, ServersResponse } from "@mcp-inspect/core";
import { buildServer } from "../build-server";
import { createSessionRecorder } from "../recorder";
import { ServerHub, type Launcher } from "../server-hub";
import { InspectSession } from "../session";
import { createHttpTarget } from "../http-target";
import { createStdioTarget } from "../stdio-target";
import { ECHO_SERVER, tempDir, testHeader, waitForFrame } from "./fixtures";

const TOKEN = "t".repeat(32);
let app: FastifyInstance | undefined;
let hub: ServerHub | undefined;
afterEach(async () => {
  await app?.close();
  await hub?.closeAll();
  app = hub = undefined;
});

/** A launcher of the echo script that records into `folder/<id>.jsonl`; `created` counts what it built. */
function echoLauncher(id: string, folder: string, created: string[] = []): Launcher {
  return {
    id,
    name: id,
    description: `node -e <echo> (${id})`,
    source: "config",
    create(server) {
      created.push(server.id);
      const args = ["-e", ECHO_SERVER];
      const header = { ...testHeader(args), id: `${id}-${server.id}` };
      const session = new InspectSession({ header, recorder: createSessionRecorder(join(folder, `${server.id}.jsonl`), header) });
      session.attach((emit) => createStdioTarget({ command: process.execPath, args, cwd: process.cwd(), env: process.env, killGraceMs: 500 }, emit));
      return session;
    },
  };
}

async function serve(launchers: Launcher[]) {
  hub = new ServerHub(launchers);
  app = await buildServer({ hub, token: TOKEN });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
  return { host, auth: { host, authorization: `Bearer ${TOKEN}` } };
}

/** A relay socket for `?server=`; resolves with it and the payloads it receives. */
function relay(host: string, server?: string) {
  const query = server ? `&server=${server}` : "";
  const socket = new WebSocket(`ws://${host}/api/relay?token=${TOKEN}${query}`, { headers: { origin: `http://${host}` } });
  const payloads: RelayServerPayload[] = [];
  socket.on("message", (data) => payloads.push(JSON.parse(data.toString()) as RelayServerPayload));
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  return { socket, payloads, closed, opened: new Promise((resolve) => socket.on("open", resolve)) };
}

describe("several servers in one inspector", () => {
  it("lists launchers, starts servers only from them, and refuses anything else in the body", async () => {
    const created: string[] = [];
    const { auth } = await serve([echoLauncher("a", tempDir(), created)]);
    const empty = (await app!.inject({ url: "/api/servers", headers: auth })).json() as ServersResponse;
    expect(empty).toEqual({ servers: [], launchers: [{ id: "a", name: "a", description: "node -e <echo> (a)", source: "config" }] });
    expect((await app!.inject({ url: "/api/info", headers: auth })).json()).toMatchObject({ error: { code: "MCPI_UNKNOWN_SERVER" } });

    const unknown = await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "node evil.js" } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: "MCPI_UNKNOWN_LAUNCHER", message: expect.stringContaining("can start only a") } });
    const smuggled = await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "a", command: "rm", args: ["-rf", "/"] } });
    expect(smuggled.statusCode).toBe(400);
    expect(smuggled.json()).toMatchObject({ error: { code: "MCPI_BAD_REQUEST", message: expect.stringContaining("additional properties") } });
    expect(created).toEqual([]);

    const first = await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "a" } });
    expect(first.statusCode).toBe(201);
    const again = await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "a" } });
    expect(again.json()).toMatchObject({ server: { id: "s2", name: "a (2)", launcher: "a" } });
    expect(created).toEqual(["s1", "s2"]);
    const listed = (await app!.inject({ url: "/api/servers", headers: auth })).json() as ServersResponse;
    expect(listed.servers.map((s) => [s.id, s.name, s.header.id])).toEqual([["s1", "a", "a-s1"], ["s2", "a (2)", "a-s2"]]);
    expect((await app!.inject({ url: "/api/info?server=s2", headers: auth })).json()).toMatchObject({ header: { id: "a-s2" } });
    expect((await app!.inject({ url: "/api/info", headers: auth })).json()).toMatchObject({ header: { id: "a-s1" } });
  });

  it("needs the token for every servers route", async () => {
    const { host } = await serve([echoLauncher("a", tempDir())]);
    for (const request of [
      { method: "GET", url: "/api/servers" },
      { method: "POST", url: "/api/servers", payload: { launcher: "a" } },
      { method: "DELETE", url: "/api/servers/s1" },
      { method: "PUT", url: "/api/servers/s1/headers", payload: { headers: {} } },
    ] as const) {
      expect((await app!.inject({ ...request, headers: { host } })).statusCode, request.url).toBe(401);
    }
    expect(hub!.servers()).toHaveLength(0);
  });

  it("gives each server its own relay, log and recording; closing one closes its sockets and file", async () => {
    const folder = tempDir();
    const { host, auth } = await serve([echoLauncher("a", folder), echoLauncher("b", folder)]);
    await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "a" } });
    await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "b" } });
    for (const server of hub!.servers()) await waitForFrame(server.session, (f) => f.kind === "process" && f.event === "spawn");

    const toA = relay(host, "s1");
    const toB = relay(host, "s2");
    await Promise.all([toA.opened, toB.opened]);
    toA.socket.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id: 1, method: "only/a" } }));
    toB.socket.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id: 1, method: "only/b" } }));
    await waitForFrame(hub!.get("s1")!.session, (f) => f.kind === "message" && f.dir === "server->client");
    await waitForFrame(hub!.get("s2")!.session, (f) => f.kind === "message" && f.dir === "server->client");
    const methods = (payloads: RelayServerPayload[]) => payloads.flatMap((p) => (p.type === "frame" && p.frame.kind === "message" ? [String(p.frame.msg.method ?? (p.frame.msg.result as { echo: string }).echo)] : []));
    await expect.poll(() => methods(toA.payloads)).toEqual(["only/a", "only/a"]);
    await expect.poll(() => methods(toB.payloads)).toEqual(["only/b", "only/b"]);

    expect((await app!.inject({ method: "DELETE", url: "/api/servers/s1", headers: auth })).json()).toEqual({ closed: true });
    expect(await toA.closed).toBe(4404);
    expect(toB.socket.readyState).toBe(WebSocket.OPEN);
    expect((await app!.inject({ method: "DELETE", url: "/api/servers/s1", headers: auth })).statusCode).toBe(404);
    const a = readFileSync(join(folder, "s1.jsonl"), "utf8");
    expect(a).toContain("only/a");
    expect(a).not.toContain("only/b");
    expect(a).toContain('"event":"exit"');
    expect(readFileSync(join(folder, "s2.jsonl"), "utf8")).not.toContain("only/a");

    const gone = relay(host, "s1");
    expect(await gone.closed).toBe(4404);
    expect(gone.payloads).toEqual([{ type: "error", code: "MCPI_UNKNOWN_SERVER", message: expect.stringContaining('no server "s1"') }]);
    toB.socket.close();
  });

  it("refuses headers for a stdio server and a bad header name", async () => {
    const { auth } = await serve([echoLauncher("a", tempDir())]);
    await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "a" } });
    const stdio = await app!.inject({ method: "PUT", url: "/api/servers/s1/headers", headers: auth, payload: { headers: { "X-A": "1" } } });
    expect(stdio.json()).toMatchObject({ error: { code: "MCPI_NOT_REMOTE" } });
    const bad = await app!.inject({ method: "PUT", url: "/api/servers/s1/headers", headers: auth, payload: { headers: { "Bad Name": "1" } } });
    expect(bad.json()).toMatchObject({ error: { code: "MCPI_BAD_HEADER", message: expect.stringContaining('"Bad Name" is not a valid header name') } });
    const reserved = await app!.inject({ method: "PUT", url: "/api/servers/s1/headers", headers: auth, payload: { headers: { Host: "evil.example" } } });
    expect(reserved.json()).toMatchObject({ error: { code: "MCPI_BAD_HEADER", message: expect.stringContaining("set by the HTTP client") } });
    const crlf = await app!.inject({ method: "PUT", url: "/api/servers/s1/headers", headers: auth, payload: { headers: { "X-A": "1\r\nX-B: 2" } } });
    expect(crlf.json()).toMatchObject({ error: { code: "MCPI_BAD_HEADER" } });
  });

  it("changes a remote server's headers over HTTP: a string sets, null removes, values come back masked", async () => {
    const header = { ...testHeader(), target: { type: "http" as const, url: "http://127.0.0.1:9/mcp", transport: "streamable-http" as const, headerNames: ["Authorization", "X-Old"] } };
    const remote: Launcher = {
      id: "r",
      name: "r",
      description: "http://127.0.0.1:9/mcp",
      source: "command-line",
      create: () => {
        const session = new InspectSession({ header });
        session.attach((emit) => createHttpTarget({ url: "http://127.0.0.1:9/mcp", transport: "streamable-http", headers: { Authorization: "Bearer a-secret", "X-Old": "old" } }, emit));
        return session;
      },
    };
    const { auth } = await serve([remote]);
    await app!.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "r" } });
    expect(((await app!.inject({ url: "/api/servers", headers: auth })).json() as ServersResponse).servers[0]!.headers).toEqual({ Authorization: "Bearer ****", "X-Old": "****" });
    const put = await app!.inject({ method: "PUT", url: "/api/servers/s1/headers", headers: auth, payload: { headers: { "X-Old": null, "X-New": "" , Authorization: "Bearer b-secret" } } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ headers: { "X-New": "****", Authorization: "Bearer ****" } });
    expect(JSON.stringify(hub!.get("s1")!.session.history())).not.toContain("b-secret");
  });

  it("a hub around one session serves it as before, with nothing to launch", async () => {
    const folder = tempDir();
    const session = echoLauncher("solo", folder).create({ id: "s1", name: "solo" });
    hub = ServerHub.of(session);
    expect(hub.launchers()).toEqual([]);
    expect(hub.get()?.session).toBe(session);
    expect(hub.launch("solo")).toBeUndefined();
  });
});
