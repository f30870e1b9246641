import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { FastifyInstance } from "fastify";
import type { Frame, RelayServerPayload } from "@mcp-inspect/core";
import { buildServer } from "../build-server";
import { nodeScriptSession, waitForFrame } from "./fixtures";
import type { InspectSession } from "../session";

const TOKEN = "tabs-token";
/**
 * Answers requests with their method, except `slow` (never answered) and `late` (answered after 300 ms);
 * `ask` also sends a server request, id 100; answers to it come back as `notifications/got`; `stray`
 * also sends a response to params.strayId, a request nobody sent.
 */
const SERVER = `
let buf = "";
const out = (m) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...m }) + "\\n");
process.stdin.on("data", (chunk) => {
  buf += chunk;
  let nl;
  while ((nl = buf.indexOf("\\n")) !== -1) {
    const msg = JSON.parse(buf.slice(0, nl)); buf = buf.slice(nl + 1);
    if (msg.method === undefined) { out({ method: "notifications/got", params: { answer: msg } }); continue; }
    if (msg.method === "ask") out({ id: 100, method: "sampling/createMessage", params: {} });
    if (msg.method === "stray") out({ id: msg.params.strayId, result: { stray: true } });
    if (msg.method === "late") setTimeout(() => out({ id: msg.id, result: { late: true } }), 300);
    else if (msg.id !== undefined && msg.method !== "slow") out({ id: msg.id, result: { echo: msg.method } });
  }
});
process.stdin.on("end", () => process.exit(0));
`;

let app: FastifyInstance | undefined;
let session: InspectSession | undefined;
afterEach(async () => {
  await session?.stop();
  await app?.close();
});

async function start() {
  session = nodeScriptSession(SERVER).session;
  app = await buildServer({ session, token: TOKEN });
  await app.listen({ host: "127.0.0.1", port: 0 });
  session.start();
  await waitForFrame(session, (f) => f.kind === "process" && f.event === "spawn");
  return { port: (app.server.address() as { port: number }).port, session };
}

type FramePayload = Extract<RelayServerPayload, { type: "frame" }>;

/** A tab: a real `ws` client that collects payloads and what its MCP client would receive. */
async function tab(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/relay?token=${TOKEN}`, { headers: { origin: `http://127.0.0.1:${port}` } });
  const payloads: RelayServerPayload[] = [];
  ws.on("message", (data) => payloads.push(JSON.parse(data.toString())));
  await new Promise((resolve) => ws.on("open", resolve));
  const frames = () => payloads.filter((p): p is FramePayload => p.type === "frame");
  /** What the browser transport hands its SDK client: the frame's message, with `deliverId` put back when present. */
  const delivered = () =>
    frames().flatMap((p) => (p.frame.kind === "message" && p.frame.dir === "server->client" ? [p.deliverId === undefined ? p.frame.msg : p.deliverId === null ? null : { ...p.frame.msg, id: p.deliverId }] : [])).filter((m) => m !== null);
  const send = (message: Record<string, unknown>) => ws.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", ...message } }));
  return { ws, payloads, frames, delivered, send };
}

const until = async (condition: () => boolean, what: string) => {
  for (let i = 0; i < 250 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
};
const messages = (session: InspectSession, dir: string) => session.history().filter((f): f is Extract<Frame, { kind: "message" }> => f.kind === "message" && f.dir === dir);

describe("two tabs on one session", () => {
  it("rewrites colliding request ids and answers each tab alone, with its own id", async () => {
    const { port, session } = await start();
    const a = await tab(port);
    const b = await tab(port);
    a.send({ id: 0, method: "tools/list" });
    b.send({ id: 0, method: "prompts/list" });
    await until(() => messages(session, "server->client").length === 2, "two answers");

    const wireIds = messages(session, "client->server").map((f) => f.msg.id);
    expect(new Set(wireIds).size).toBe(2);
    // The session file holds what the server saw: both requests and answers with wire ids.
    expect(messages(session, "server->client").map((f) => f.msg.id).sort()).toEqual([...wireIds].sort());

    await until(() => a.delivered().length === 1 && b.delivered().length === 1, "deliveries");
    expect(a.delivered()).toEqual([{ jsonrpc: "2.0", id: 0, result: { echo: "tools/list" } }]);
    expect(b.delivered()).toEqual([{ jsonrpc: "2.0", id: 0, result: { echo: "prompts/list" } }]);
    // Both logs still show every frame, with wire ids, so request and answer pair up.
    for (const t of [a, b]) {
      const logged = t.frames().map((p) => p.frame).filter((f) => f.kind === "message");
      expect(logged).toHaveLength(4);
      for (const request of logged.filter((f) => f.kind === "message" && f.dir === "client->server")) {
        expect(logged.filter((f) => f.kind === "message" && f.msg.id === (request.kind === "message" && request.msg.id))).toHaveLength(2);
      }
    }
    a.ws.close();
    b.ws.close();
  });

  it("sends server requests to every tab; the first answer wins, a later one is refused to its tab", async () => {
    const { port, session } = await start();
    const a = await tab(port);
    const b = await tab(port);
    a.send({ id: 0, method: "ask" });
    await until(() => a.delivered().length === 2 && b.delivered().length === 1, "server request in both tabs");
    expect(b.delivered()).toEqual([{ jsonrpc: "2.0", id: 100, method: "sampling/createMessage", params: {} }]);

    b.send({ id: 100, result: { from: "b" } });
    await until(() => messages(session, "server->client").some((f) => f.msg.method === "notifications/got"), "the answer to reach the server");
    a.send({ id: 100, result: { from: "a" } });
    await until(() => a.payloads.some((p) => p.type === "error"), "duplicate refusal");
    expect(a.payloads.find((p) => p.type === "error")).toMatchObject({ code: "MCPI_DUPLICATE_ANSWER", message: expect.stringContaining("already answered") });
    expect(b.payloads.some((p) => p.type === "error")).toBe(false);
    const answers = messages(session, "client->server").filter((f) => f.msg.method === undefined);
    expect(answers.map((f) => f.msg)).toEqual([{ jsonrpc: "2.0", id: 100, result: { from: "b" } }]);
    a.ws.close();
    b.ws.close();
  });

  it("rewrites the requestId of notifications/cancelled to the wire id", async () => {
    const { port, session } = await start();
    const a = await tab(port);
    const b = await tab(port);
    a.send({ id: 0, method: "tools/list" });
    b.send({ id: 0, method: "slow" });
    b.send({ method: "notifications/cancelled", params: { requestId: 0, reason: "user" } });
    await until(() => messages(session, "client->server").length === 3, "three messages");
    const sent = messages(session, "client->server");
    const slow = sent.find((f) => f.msg.method === "slow")!;
    const cancel = sent.find((f) => f.msg.method === "notifications/cancelled")!;
    expect(slow.msg.id).not.toBe(sent.find((f) => f.msg.method === "tools/list")!.msg.id);
    expect(cancel.msg.params).toEqual({ requestId: slow.msg.id, reason: "user" });
    a.ws.close();
    b.ws.close();
  });

  it("records and drops the late answer for a tab that closed, and a new tab works", async () => {
    const { port, session } = await start();
    const a = await tab(port);
    a.send({ id: 0, method: "late" });
    await until(() => messages(session, "client->server").length === 1, "the request");
    const wire = messages(session, "client->server")[0]!.msg.id;
    a.ws.close();
    const b = await tab(port);
    await until(() => messages(session, "server->client").some((f) => f.msg.id === wire), "the late answer to be recorded");
    await until(() => b.frames().some((p) => p.frame.kind === "message" && p.frame.msg.id === wire), "the late answer in the new tab's log");
    expect(b.delivered()).toEqual([]);
    b.send({ id: 0, method: "tools/list" });
    await until(() => b.delivered().length === 1, "the new tab's answer");
    expect(b.delivered()).toEqual([{ jsonrpc: "2.0", id: 0, result: { echo: "tools/list" } }]);
    expect(b.payloads.some((p) => p.type === "error")).toBe(false);
    b.ws.close();
  });

  it("gives a response to an id nobody is waiting for to no client, so it cannot settle a tab's own request with that id", async () => {
    const { port, session } = await start();
    const a = await tab(port);
    a.send({ id: 5, method: "slow" }); // wire 0, never answered: the tab's request 5 stays pending
    a.send({ id: 6, method: "stray", params: { strayId: 5 } }); // wire 1; the server also answers a "5" it was never sent
    await until(() => messages(session, "server->client").length === 2, "both answers");
    await until(() => a.frames().filter((p) => p.frame.kind === "message" && p.frame.dir === "server->client").length === 2, "both answers in the tab's log");
    expect(a.delivered()).toEqual([{ jsonrpc: "2.0", id: 6, result: { echo: "stray" } }]);
    a.ws.close();
  });
});
