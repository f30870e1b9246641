import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { FastifyInstance } from "fastify";
import { parseSessionFile, type Frame, type RelayServerPayload } from "@mcp-inspect/core";
import type { ProtocolChecker } from "@mcp-inspect/core/checks";
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

/** A checker that only remembers the kinds of frame it was given. */
function kindsChecker(seen: string[]): ProtocolChecker {
  return { check: (frame) => (seen.push(frame.kind), []), finish: () => [] };
}

async function start(checked: string[] = []) {
  const created = nodeScriptSession(ECHO_SERVER, { checker: kindsChecker(checked) });
  session = created.session;
  app = await buildServer({ session, token: TOKEN });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  session.start();
  await waitForFrame(session, (f) => f.kind === "process" && f.event === "spawn");
  return { port, file: created.file, session };
}

function connect(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/relay?token=${TOKEN}`, { headers: { origin: `http://127.0.0.1:${port}` } });
  const payloads: RelayServerPayload[] = [];
  ws.on("message", (data) => payloads.push(JSON.parse(data.toString())));
  const opened = new Promise<void>((resolve) => ws.on("open", () => resolve()));
  const next = (match: (p: RelayServerPayload) => boolean) =>
    new Promise<RelayServerPayload>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no payload; got ${JSON.stringify(payloads).slice(0, 1500)}`)), 5000);
      const check = () => {
        const found = payloads.find(match);
        if (found) {
          clearTimeout(timer);
          ws.off("message", check);
          resolve(found);
        }
        return found;
      };
      if (!check()) ws.on("message", check);
    });
  return { ws, opened, payloads, next };
}

const frameOf = (p: RelayServerPayload): Frame => {
  if (p.type !== "frame") throw new Error(`not a frame: ${JSON.stringify(p)}`);
  return p.frame;
};

/** What an app asks its host: a tools/call the host proxies (the proxied copy is an ordinary message). */
const APP_CALL = { jsonrpc: "2.0", id: 99, method: "tools/call", params: { name: "get-time", arguments: {} } };
const APP = { instance: "app-1", uri: "ui://get-time/mcp-app.html", tool: "get-time" };

/** Sends a tools/list through the relay and waits for its answer: the server reads its stdin in order. */
async function roundTrip(client: ReturnType<typeof connect>, id: number) {
  client.ws.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id, method: "tools/list" } }));
  await client.next((p) => p.type === "frame" && p.frame.kind === "message" && p.frame.dir === "server->client" && p.deliverId === id);
}

describe("relay: app-message payloads", () => {
  it("records an app frame (seq, t, session file, checker), shows it to every tab, and never sends it to the server", async () => {
    const checked: string[] = [];
    const { port, file, session } = await start(checked);
    const tab = connect(port);
    const other = connect(port);
    await Promise.all([tab.opened, other.opened]);
    await Promise.all([tab.next((p) => p.type === "hello"), other.next((p) => p.type === "hello")]);

    tab.ws.send(JSON.stringify({ type: "app-message", dir: "app->host", app: APP, message: APP_CALL }));
    const mine = frameOf(await tab.next((p) => p.type === "frame" && p.frame.kind === "app"));
    const theirs = frameOf(await other.next((p) => p.type === "frame" && p.frame.kind === "app"));
    expect(mine).toEqual(theirs);
    expect(mine).toEqual({ seq: expect.any(Number), t: expect.any(Number), kind: "app", dir: "app->host", app: APP, msg: APP_CALL });
    expect(mine.seq).toBe(session.lastSeq);
    expect(checked).toContain("app");

    // A later request is answered; had the app's message reached the server, its echo (id 99) would have come first.
    await roundTrip(tab, 1);
    const toServer = session.history().filter((f) => f.kind === "message" && f.dir === "client->server");
    const fromServer = session.history().filter((f) => f.kind === "message" && f.dir === "server->client");
    expect(toServer).toHaveLength(1);
    expect(fromServer.map((f) => (f.kind === "message" ? f.msg.result : undefined))).toEqual([{ echo: "tools/list" }]);
    expect(session.history()).toContainEqual(mine);

    const recorded = parseSessionFile(readFileSync(file, "utf8"));
    expect(recorded.warnings).toEqual([]);
    expect(recorded.frames).toContainEqual(mine);

    // A tab that connects later gets it in its history, like any frame.
    const late = connect(port);
    const hello = await late.next((p) => p.type === "hello");
    expect(hello.type === "hello" && hello.frames).toContainEqual(mine);
    for (const c of [tab, other, late]) c.ws.close();
  });

  it("records host->app messages and apps without a tool, even while no server runs", async () => {
    const { port, session } = await start();
    await session.stop();
    const tab = connect(port);
    await tab.opened;
    const context = { jsonrpc: "2.0", method: "ui/notifications/host-context-changed", params: { theme: "dark" } };
    tab.ws.send(JSON.stringify({ type: "app-message", dir: "host->app", app: { instance: "app-2", uri: "ui://x/y.html" }, message: context }));
    const frame = frameOf(await tab.next((p) => p.type === "frame" && p.frame.kind === "app"));
    expect(frame).toMatchObject({ kind: "app", dir: "host->app", app: { instance: "app-2", uri: "ui://x/y.html" }, msg: context });
    expect(tab.payloads.filter((p) => p.type === "error")).toEqual([]);
    tab.ws.close();
  });

  it("answers each malformed app-message with an error naming what is wrong, and records nothing", async () => {
    const { port, session } = await start();
    const tab = connect(port);
    await tab.opened;
    await tab.next((p) => p.type === "hello");
    const long = "x".repeat(2049);
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ dir: "sideways", app: APP, message: APP_CALL }, /"dir" must be "app->host" or "host->app"/],
      [{ dir: "app->host", message: APP_CALL }, /"app" must be an object/],
      [{ dir: "app->host", app: [APP], message: APP_CALL }, /"app" must be an object/],
      [{ dir: "app->host", app: { ...APP, instance: "" }, message: APP_CALL }, /"app.instance" must be a non-empty string/],
      [{ dir: "app->host", app: { ...APP, instance: long }, message: APP_CALL }, /"app.instance" is longer than 2048 bytes/],
      // 1025 two-byte characters: under 2048 characters, over 2048 bytes.
      [{ dir: "app->host", app: { ...APP, uri: "é".repeat(1025) }, message: APP_CALL }, /"app.uri" is longer than 2048 bytes/],
      [{ dir: "app->host", app: { ...APP, uri: 7 }, message: APP_CALL }, /"app.uri" must be a non-empty string/],
      [{ dir: "app->host", app: { ...APP, tool: 3 }, message: APP_CALL }, /"app.tool" must be a string/],
      [{ dir: "app->host", app: { ...APP, secret: "x" }, message: APP_CALL }, /"app" has an unknown field "secret"/],
      [{ dir: "app->host", app: APP, message: [APP_CALL] }, /"message" must be a JSON object/],
      [{ dir: "app->host", app: APP, message: "hi" }, /"message" must be a JSON object/],
      [{ dir: "app->host", app: APP }, /"message" must be a JSON object/],
      [{ dir: "app->host", app: APP, message: APP_CALL, command: "rm -rf /" }, /unknown field "command"/],
    ];
    for (const [fields, expected] of bad) {
      const before = tab.payloads.length;
      tab.ws.send(JSON.stringify({ type: "app-message", ...fields }));
      const error = await tab.next((p) => tab.payloads.indexOf(p) >= before && p.type === "error");
      expect(error).toMatchObject({ type: "error", code: "MCPI_BAD_RELAY_PAYLOAD", message: expect.stringMatching(expected) });
      expect(error.type === "error" && error.message).toMatch(/^app-message not recorded: /);
    }
    // Nothing else happened: no frame was recorded or sent, and the connection still works.
    await roundTrip(tab, 5);
    expect(session.history().filter((f) => f.kind === "app")).toEqual([]);
    expect(session.history().filter((f) => f.kind === "message")).toHaveLength(2);
    expect(tab.payloads.filter((p) => p.type === "error")).toHaveLength(bad.length);
    tab.ws.close();
  });
});
