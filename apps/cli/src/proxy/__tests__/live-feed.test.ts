import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ServerHub, InspectSession, buildServer } from "@mcp-inspect/server";
import { SESSION_FORMAT, type FrameInput, type SessionHeader } from "@mcp-inspect/core";
import type { FastifyInstance } from "fastify";
import { writeRuntimeFile } from "../../common/runtime-file";
import { publishLive } from "../live-feed";

const TOKEN = "l".repeat(32);
let app: FastifyInstance | undefined;
let removeFile: (() => void) | undefined;
afterEach(async () => {
  removeFile?.();
  await app?.close();
  app = removeFile = undefined;
});

const header: SessionHeader = { format: SESSION_FORMAT, version: 1, id: "feed-test", target: { type: "stdio", command: "node", args: ["w.js"], cwd: "/", envKeys: [] }, inspector: { name: "mcp-inspect", version: "0" }, startedAt: new Date().toISOString() };

/** A proxy's session: frames are emitted through a target the test drives, as the relay does. */
function proxySession() {
  const session = new InspectSession({ header });
  let emit: (frame: FrameInput) => void = () => {};
  session.attach((e) => {
    emit = e;
    return { start() {}, send: () => false, stop: async () => {}, running: true, stderrTail: () => [] };
  });
  return { session, emit: (frame: FrameInput) => emit(frame) };
}

async function inspector(env: NodeJS.ProcessEnv) {
  const hub = new ServerHub();
  app = await buildServer({ hub, token: TOKEN, appSandbox: false });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  removeFile = writeRuntimeFile({ pid: process.pid, url, token: TOKEN, startedAt: new Date().toISOString(), version: "0" }, env).remove;
  return hub;
}

const runtimeEnv = () => ({ MCP_INSPECT_RUNTIME_DIR: join(mkdtempSync(join(tmpdir(), "live-feed-")), "rt") });

describe("the proxy's live feed", () => {
  it("publishes the session from its first frame to the inspector in the runtime file, labelled once the client names itself", async () => {
    const env = runtimeEnv();
    const hub = await inspector(env);
    const { session, emit } = proxySession();
    const live = publishLive(session, "weather", { env });
    // Emitted at once, before the feed is connected: queued, not lost.
    emit({ kind: "process", event: "spawn", pid: 1, command: "node", args: ["w.js"], cwd: "/" });
    emit({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 0, method: "initialize", params: { clientInfo: { name: "claude-code", version: "1" } } } });
    await vi.waitFor(() => expect(hub.servers().map((s) => s.name)).toEqual(["claude-code → weather"]));
    emit({ kind: "stderr", text: "after connecting" });
    emit({ kind: "process", event: "exit", code: 0, signal: null, stderrTail: [] });
    await live.finish();
    await vi.waitFor(() => expect(hub.servers()[0]!.feed?.state).toBe("ended"));
    expect(hub.servers()[0]!.session.history().map((f) => f.kind)).toEqual(["process", "message", "stderr", "process"]);
  });

  it("with no inspector, or one that goes away, the session goes on and finish does not wait", async () => {
    const alone = proxySession();
    const none = publishLive(alone.session, "weather", { env: runtimeEnv() });
    alone.emit({ kind: "stderr", text: "nobody watches" });
    await none.finish();
    expect(alone.session.history()).toHaveLength(1);

    const env = runtimeEnv();
    const hub = await inspector(env);
    const { session, emit } = proxySession();
    const live = publishLive(session, "weather", { env });
    emit({ kind: "stderr", text: "one" });
    await vi.waitFor(() => expect(hub.servers()).toHaveLength(1));
    await app!.close();
    app = undefined;
    for (let i = 0; i < 100; i++) emit({ kind: "stderr", text: `still relaying ${i}` });
    await live.finish();
    expect(session.history()).toHaveLength(101);
  });

  it("drops the feed, not the session, when more waits for the inspector than the bound", async () => {
    const env = runtimeEnv();
    await inspector(env);
    const { session, emit } = proxySession();
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((text) => (errors.push(String(text)), true));
    try {
      publishLive(session, "weather", { env, maxBufferBytes: 2000 });
      // All at once, before the socket can open: past the bound.
      for (let i = 0; i < 50; i++) emit({ kind: "stderr", text: "x".repeat(100) });
    } finally {
      spy.mockRestore();
    }
    expect(errors.join("")).toContain("live view stopped: more than 2000 bytes waited for the inspector");
    expect(session.history()).toHaveLength(50);
  });
});
