import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { FastifyInstance } from "fastify";
import { parseSessionFile, type RelayServerPayload } from "@mcp-inspect/core";
import { buildServer } from "../build-server";
import { ECHO_SERVER, nodeScriptSession, waitForFrame } from "./fixtures";
import type { InspectSession } from "../session";

const TOKEN = "relay-token";
let app: FastifyInstance | undefined;
let session: InspectSession | undefined;
afterEach(async () => {
  await session?.stop();
  await app?.close();
});

async function start() {
  const created = nodeScriptSession(ECHO_SERVER);
  session = created.session;
  app = await buildServer({ session, token: TOKEN });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  session.start();
  return { port, file: created.file, session };
}

/** Opens the relay and collects payloads; resolves the upgrade failure status if refused. */
function connect(port: number, token: string | undefined, headers: Record<string, string> = {}) {
  const query = token === undefined ? "" : `?token=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/relay${query}`, { headers: { origin: `http://127.0.0.1:${port}`, ...headers } });
  const payloads: RelayServerPayload[] = [];
  ws.on("message", (data) => payloads.push(JSON.parse(data.toString())));
  const opened = new Promise<number>((resolve) => {
    ws.on("open", () => resolve(101));
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
  });
  const next = (match: (p: RelayServerPayload) => boolean, timeoutMs = 5000) =>
    new Promise<RelayServerPayload>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no payload; got ${JSON.stringify(payloads).slice(0, 1500)}`)), timeoutMs);
      const check = () => {
        const found = payloads.find(match);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
        return found;
      };
      if (!check()) ws.on("message", check);
    });
  return { ws, opened, payloads, next };
}

describe("relay WebSocket", () => {
  it("refuses the upgrade without the token, with a wrong one, from a foreign Origin or Host", async () => {
    const { port } = await start();
    expect(await connect(port, undefined).opened).toBe(401);
    expect(await connect(port, "wrong").opened).toBe(401);
    expect(await connect(port, TOKEN, { origin: "http://evil.example" }).opened).toBe(403);
    expect(await connect(port, TOKEN, { host: "evil.example" }).opened).toBe(403);
  });

  it("relays both ways, shows stdout noise and stderr, and records every frame before forwarding", async () => {
    const { port, file, session } = await start();
    await waitForFrame(session, (f) => f.kind === "stderr");
    const client = connect(port, TOKEN);
    expect(await client.opened).toBe(101);
    const hello = await client.next((p) => p.type === "hello");
    if (hello.type !== "hello") throw new Error("unreachable");
    expect(hello.header.id).toBe("test-session");
    expect(hello.frames.map((f) => f.kind)).toEqual(expect.arrayContaining(["process", "stdout-noise", "stderr"]));
    expect(hello.frames.find((f) => f.kind === "stdout-noise")).toMatchObject({ text: "Starting echo server...", reason: expect.stringContaining("write logs to stderr") });

    client.ws.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id: 7, method: "tools/list" } }));
    const echoed = await client.next((p) => p.type === "frame" && p.frame.kind === "message" && p.frame.dir === "client->server");
    const answer = await client.next((p) => p.type === "frame" && p.frame.kind === "message" && p.frame.dir === "server->client");
    // The log shows the wire id the server saw; this tab's client gets its own id 7 back.
    expect(answer).toMatchObject({ frame: { msg: { id: 0, result: { echo: "tools/list" } } }, deliverId: 7 });
    if (echoed.type !== "frame" || answer.type !== "frame") throw new Error("unreachable");
    expect(answer.frame.seq).toBeGreaterThan(echoed.frame.seq);

    const recorded = parseSessionFile(readFileSync(file, "utf8"));
    expect(recorded.warnings).toEqual([]);
    expect(recorded.frames.map((f) => f.seq)).toEqual(session.history().map((f) => f.seq));
    expect(recorded.frames.at(-1)).toEqual(answer.frame);
    client.ws.close();
  });

  it("answers a malformed payload with a specific error and keeps the connection", async () => {
    const { port } = await start();
    const client = connect(port, TOKEN);
    await client.opened;
    client.ws.send("not json");
    expect(await client.next((p) => p.type === "error")).toMatchObject({ code: "MCPI_BAD_RELAY_PAYLOAD" });
    client.ws.send(JSON.stringify({ type: "spawn", command: "rm -rf /" }));
    await new Promise((r) => setTimeout(r, 100));
    expect(client.payloads.filter((p) => p.type === "error")).toHaveLength(2);
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    client.ws.close();
  });

  it("restarts the server on request: restart, exit, then a new spawn", async () => {
    const { port, session } = await start();
    await waitForFrame(session, (f) => f.kind === "process" && f.event === "spawn");
    const client = connect(port, TOKEN);
    await client.opened;
    client.ws.send(JSON.stringify({ type: "restart" }));
    await client.next((p) => p.type === "frame" && p.frame.kind === "process" && p.frame.event === "spawn");
    const events = session.history().flatMap((f) => (f.kind === "process" ? [f.event] : []));
    expect(events).toEqual(["spawn", "restart", "exit", "spawn"]);
    client.ws.close();
  });
});

/** Answers any request with a `bytes`-long text, its line written in 1 MB pieces, spaced and escaped as JSON allows. */
const BIG_ANSWER_SERVER = `
let buf = "";
process.stdin.on("data", (chunk) => {
  buf += chunk;
  let nl;
  while ((nl = buf.indexOf("\\n")) !== -1) {
    const msg = JSON.parse(buf.slice(0, nl)); buf = buf.slice(nl + 1);
    if (msg.id === undefined) continue;
    const line = Buffer.from('{ "jsonrpc" : "2.0", "id": ' + msg.id + ', "result": {"content": [{"type": "text", "text": "\\\\u00e9\\\\n' + "é".repeat(msg.params.bytes / 2) + '"}]} }\\n');
    let at = 0;
    const next = () => { while (at < line.length) { const piece = line.subarray(at, (at += 1 << 20)); if (!process.stdout.write(piece)) return process.stdout.once("drain", next); } };
    next();
  }
});
`;

describe("a large answer", () => {
  it("is recorded with the server's own bytes and reaches every tab whole, live and in the history", async () => {
    const created = nodeScriptSession(BIG_ANSWER_SERVER);
    session = created.session;
    app = await buildServer({ session, token: TOKEN });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as { port: number }).port;
    session.start();
    const live = connect(port, TOKEN);
    await live.next((p) => p.type === "hello");
    const bytes = 20_000_000;
    live.ws.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id: "big", method: "tools/call", params: { bytes } } }));
    const answer = await live.next((p) => p.type === "frame" && p.frame.kind === "message" && p.frame.dir === "server->client", 60_000);
    const text = `é\n${"é".repeat(bytes / 2)}`;
    const raw = `{ "jsonrpc" : "2.0", "id": 0, "result": {"content": [{"type": "text", "text": "\\u00e9\\n${"é".repeat(bytes / 2)}"}]} }`;
    expect(answer).toMatchObject({ deliverId: "big", frame: { msg: { jsonrpc: "2.0", id: 0, result: { content: [{ type: "text", text }] } }, bytes: Buffer.byteLength(raw) } });

    // The session file holds the line as the server wrote it (spaces and escapes kept), not a re-serialisation.
    const file = readFileSync(created.file, "utf8");
    expect(file).toContain(`"msg":${raw}`);
    const recorded = parseSessionFile(file);
    expect(recorded.warnings).toEqual([]);
    if (answer.type !== "frame") throw new Error("unreachable");
    expect(recorded.frames.find((f) => f.seq === answer.frame.seq)).toEqual(answer.frame);

    // A tab connecting now gets it in its history, the same frame.
    const later = connect(port, TOKEN);
    const hello = await later.next((p) => p.type === "hello" && !p.more, 60_000);
    if (hello.type !== "hello") throw new Error("unreachable");
    expect(hello.frames.find((f) => f.seq === answer.frame.seq)).toEqual(answer.frame);
    live.ws.close();
    later.ws.close();
  }, 120_000);
});
