import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { buildServer } from "../build-server";
import { ECHO_SERVER, nodeScriptSession, waitForFrame } from "./fixtures";

const TOKEN = "t".repeat(32);
let host = "";
let auth: Record<string, string> = {};
let app: FastifyInstance | undefined;
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await app?.close();
  await stop?.();
});

/** A recorded session against the echo script: initialize and one tools/call, answered. */
async function recorded() {
  const { session, file } = nodeScriptSession(ECHO_SERVER);
  stop = () => session.stop();
  session.start();
  await waitForFrame(session, (f) => f.kind === "process" && f.event === "spawn");
  session.send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } });
  session.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
  await waitForFrame(session, (f) => f.kind === "message" && f.dir === "server->client" && f.msg.id === 1);
  app = await buildServer({ session, token: TOKEN });
  await app.listen({ host: "127.0.0.1", port: 0 });
  host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
  auth = { host, authorization: `Bearer ${TOKEN}` };
  return { session, file, folder: dirname(file) };
}

describe("session API", () => {
  it("needs the token", async () => {
    await recorded();
    expect((await app!.inject({ url: "/api/sessions", headers: { host } })).statusCode).toBe(401);
    expect((await app!.inject({ method: "POST", url: "/api/export", headers: { host } })).statusCode).toBe(401);
  });

  it("lists the session files in the recordings folder with their header summary", async () => {
    const { folder } = await recorded();
    writeFileSync(join(folder, "broken.jsonl"), "not json\n");
    writeFileSync(join(folder, "notes.txt"), "ignored");
    const res = await app!.inject({ url: "/api/sessions", headers: auth });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { folder: string; sessions: Record<string, unknown>[] };
    expect(body.folder).toBe(folder);
    expect(body.sessions).toHaveLength(2);
    expect(body.sessions).toContainEqual(expect.objectContaining({ id: "session.jsonl", current: true, target: expect.stringContaining("node"), startedAt: expect.any(String) }));
    expect(body.sessions).toContainEqual(expect.objectContaining({ id: "broken.jsonl", error: expect.stringMatching(/^unreadable header/) }));
  });

  it("returns one session file's text, and refuses other paths", async () => {
    const { file } = await recorded();
    const res = await app!.inject({ url: "/api/sessions/session.jsonl", headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.body.split("\n")[0]).toContain('"format":"mcp-inspect-session"');
    expect(res.body.length).toBeGreaterThan(0);
    expect(file).toMatch(/session\.jsonl$/);
    expect((await app!.inject({ url: "/api/sessions/missing.jsonl", headers: auth })).statusCode).toBe(404);
    expect((await app!.inject({ url: "/api/sessions/..%2Fsecret.jsonl", headers: auth })).statusCode).toBe(400);
  });

  it("exports the current session (or chosen seqs) as a fixture and a Vitest file", async () => {
    const { session } = await recorded();
    const res = await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { name: "mine" } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { name: string; fixture: { exchanges: unknown[] }; fixtureText: string; testFile: string };
    expect(body.name).toBe("mine");
    expect(body.fixture.exchanges).toEqual([{ kind: "request", method: "tools/call", params: { name: "echo", arguments: { message: "hi" } }, response: { result: { echo: "tools/call" } } }]);
    expect(JSON.parse(body.fixtureText)).toEqual(body.fixture);
    expect(body.testFile).toContain('await expectReplay(new URL("./mine.fixture.json", import.meta.url)');

    const callSeq = session.history().find((f) => f.kind === "message" && f.msg.method === "tools/call")!.seq;
    expect((await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { seqs: [callSeq] } })).statusCode).toBe(200);
    const none = await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { seqs: [999] } });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toEqual({ error: { code: "export-failed", message: "--only 999 selects no answered client request or notification" } });
    expect((await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { seqs: ["x"] } })).statusCode).toBe(400);
  });
});
