import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { buildServer } from "../build-server";
import { ECHO_SERVER, nodeScriptSession, tempDir, waitForFrame } from "./fixtures";

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

  it("lists the session files in the recordings folder with their header summary, and only them (issue 17)", async () => {
    const { folder } = await recorded();
    writeFileSync(join(folder, "broken.jsonl"), "not json\n");
    writeFileSync(join(folder, "notes.txt"), "ignored");
    const res = await app!.inject({ url: "/api/sessions", headers: auth });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { folder: string; sessions: Record<string, unknown>[] };
    expect(body.folder).toBe(folder);
    // A .jsonl without a session header is not a session: the drawer used to list it with an error.
    expect(body.sessions).toEqual([expect.objectContaining({ id: "session.jsonl", current: true, target: expect.stringContaining("node"), startedAt: expect.any(String) })]);
  });

  it("says the era and revision each session negotiated: an answered 2026-07-28 request (or initialize's answer)", async () => {
    const { folder, file } = await recorded();
    const header = readFileSync(file, "utf8").split("\n")[0];
    const envelope = { "io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {} };
    const modern = [
      { seq: 1, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: "d", method: "server/discover", params: { _meta: envelope } } },
      { seq: 2, t: 1, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: "d", result: { resultType: "complete", supportedVersions: ["2026-07-28"], capabilities: {} } } },
    ];
    writeFileSync(join(folder, "modern.jsonl"), [header, ...modern.map((f) => JSON.stringify(f))].join("\n") + "\n");
    writeFileSync(join(folder, "never-answered.jsonl"), [header, JSON.stringify(modern[0])].join("\n") + "\n");
    const sessions = (await app!.inject({ url: "/api/sessions", headers: auth })).json().sessions as { id: string; protocol?: unknown }[];
    const byId = Object.fromEntries(sessions.map((s) => [s.id, s.protocol]));
    // The echo script answers initialize without naming a revision: nothing to show, rather than a guess.
    expect(byId).toEqual({ "session.jsonl": undefined, "modern.jsonl": { era: "modern", version: "2026-07-28" }, "never-answered.jsonl": undefined });
  });

  it("a session with app frames: listed with its protocol, its text served whole, exported as the server conversation", async () => {
    const { session, folder } = await recorded();
    // An app asked for a call before the handshake frames were read back: app frames say nothing about the protocol.
    const header = readFileSync(join(folder, "session.jsonl"), "utf8").split("\n")[0];
    const ref = { instance: "app-1", uri: "ui://echo/app.html", tool: "echo" };
    const appFrame = { seq: 1, t: 0, kind: "app", dir: "app->host", app: ref, msg: { jsonrpc: "2.0", id: 0, method: "ui/initialize", params: {} } };
    const init = { seq: 2, t: 1, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "t", version: "1" } } } };
    const answer = { seq: 3, t: 2, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-11-25", capabilities: {}, serverInfo: { name: "s", version: "1" } } } };
    writeFileSync(join(folder, "apps.jsonl"), [header, ...[appFrame, init, answer].map((f) => JSON.stringify(f))].join("\n") + "\n");
    const sessions = (await app!.inject({ url: "/api/sessions", headers: auth })).json().sessions as { id: string; protocol?: unknown }[];
    expect(sessions.find((s) => s.id === "apps.jsonl")?.protocol).toEqual({ era: "legacy", version: "2025-11-25" });
    expect((await app!.inject({ url: "/api/sessions/apps.jsonl", headers: auth })).body).toContain('"kind":"app"');

    // The live session: its app frames are recorded, and left out of the fixture; the proxied call stays.
    session.recordApp("app->host", ref, { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
    session.recordApp("host->app", ref, { jsonrpc: "2.0", id: 1, result: { echo: "tools/call" } });
    const res = await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json().fixture.exchanges).toEqual([{ kind: "request", method: "tools/call", params: { name: "echo", arguments: { message: "hi" } }, response: { result: { echo: "tools/call" } } }]);
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
    expect(body.testFile).toContain('const fixture = new URL("./mine.fixture.json", import.meta.url);');
    expect(body.testFile).toContain("await expectReplay(fixture, server");

    const callSeq = session.history().find((f) => f.kind === "message" && f.msg.method === "tools/call")!.seq;
    expect((await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { seqs: [callSeq] } })).statusCode).toBe(200);
    const none = await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { seqs: [999] } });
    expect(none.statusCode).toBe(400);
    // The error lists the session's requests by both numbers: --only takes frame numbers, the log shows ids.
    expect(none.json()).toEqual({ error: { code: "export-failed", message: expect.stringContaining("--only 999 selects no answered client request or notification") } });
    expect(none.json().error.message).toContain(`frame ${callSeq} (id 1,`);
    expect((await app!.inject({ method: "POST", url: "/api/export", headers: auth, payload: { seqs: ["x"] } })).statusCode).toBe(400);
  });
});

describe("planted files in the recordings folder (issue 18)", () => {
  let unblocker: ChildProcess | undefined;
  afterEach(() => unblocker?.kill("SIGKILL"));

  it("a FIFO, a dangling symlink, a symlink out of the folder and a non-session file: not listed, not served, no hang, no 500", async () => {
    const { file, folder } = await recorded();
    const fifo = join(folder, "fifo.jsonl");
    execFileSync("mkfifo", [fifo]);
    // Before the fix a plain open of the FIFO blocked the event loop for good; this writer (a separate
    // process) releases such a reader after a while, so a regression fails instead of hanging the run.
    unblocker = spawn(process.execPath, ["-e", `setTimeout(() => require("fs").writeFileSync(${JSON.stringify(fifo)}, "x\\n"), 3000)`], { stdio: "ignore" });
    symlinkSync(join(folder, "no-such-file"), join(folder, "dangling.jsonl"));
    // Outside the folder, and a valid session at that: only the link itself is wrong.
    const outside = join(tempDir(), "elsewhere.jsonl");
    writeFileSync(outside, readFileSync(file, "utf8").split("\n")[0] + "\n" + '{"seq":1,"t":0,"kind":"stderr","text":"PRIVATE-OUTSIDE"}\n');
    symlinkSync(outside, join(folder, "link.jsonl"));
    writeFileSync(join(folder, "notes.jsonl"), "PRIVATE-NOTES not a session\n");

    const list = await app!.inject({ url: "/api/sessions", headers: auth });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { sessions: { id: string }[] }).sessions.map((s) => s.id)).toEqual(["session.jsonl"]);
    for (const id of ["fifo.jsonl", "dangling.jsonl", "link.jsonl", "notes.jsonl"]) {
      const res = await app!.inject({ url: `/api/sessions/${id}`, headers: auth });
      expect(res.statusCode, id).toBe(404);
      expect(res.body).not.toContain("PRIVATE");
    }
    expect((await app!.inject({ url: "/api/sessions/session.jsonl", headers: auth })).statusCode).toBe(200);
  });
});
