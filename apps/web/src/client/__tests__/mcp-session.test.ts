import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { MessageFrame, ProcessFrame } from "@mcp-inspect/core";
import type { ClientExtension } from "../client-extension";
import { McpSession, type ListKind } from "../mcp-session";
import { RelayConnection } from "../relay-connection";
import { loadInspectorClient } from "../load-inspector-client";
import { fakeSocketFactory, frame, header as anyEraHeader, resetSeq, type FakeSocket } from "./fake-socket";

/** The lifecycle tests play a 2025-06-18 server: pinned, the client opens with initialize. */
const header = { ...anyEraHeader, protocol: "2025-06-18" as const };

const spawn = () => frame<ProcessFrame>({ kind: "process", event: "spawn", pid: 42, command: "node", args: ["s.js"], cwd: "/tmp" });
const initializeResult = {
  protocolVersion: "2025-06-18",
  capabilities: { tools: { listChanged: true } },
  serverInfo: { name: "demo", version: "1.2.3", title: "Demo Server" },
  instructions: "be nice",
};

/** Two features joining every client: their capabilities are advertised together, each registers on each client. */
const registered: string[] = [];
const extensions: ClientExtension[] = [
  { capabilities: { roots: { listChanged: true } }, register: () => registered.push("roots") },
  { capabilities: { sampling: {} }, register: () => registered.push("sampling") },
];

// The page loads the SDK client's chunk first thing (main.tsx); until it is there a session waits for it.
beforeAll(() => loadInspectorClient());

function setup() {
  const factory = fakeSocketFactory();
  const relay = new RelayConnection("ws://h", { createSocket: factory.create });
  const changed: ListKind[] = [];
  const session = new McpSession(relay, { notifyDelayMs: 0, onListChanged: (k) => changed.push(k), extensions });
  session.start();
  const socket = factory.last();
  socket.open();
  return { session, socket, changed, factory };
}

/** Lets the SDK client's promises and the snapshot timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Plays the backend: echoes what the browser sent and answers initialize. */
function answerInitialize(socket: FakeSocket, result: unknown = initializeResult) {
  const request = socket.sent.find((p) => p.type === "send" && p.message.method === "initialize");
  if (!request || request.type !== "send") throw new Error("no initialize sent");
  socket.receive({ type: "frame", frame: frame<MessageFrame>({ kind: "message", dir: "client->server", msg: request.message }) });
  socket.receive({
    type: "frame",
    frame: frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: request.message.id, result } }),
  });
}

describe("McpSession", () => {
  beforeEach(() => {
    resetSeq();
    registered.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("initializes a client for the spawned process and becomes ready", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "hello", header, frames: [spawn()] });
    await settle();
    expect(session.getSnapshot().connection.phase).toBe("initializing");
    const init = socket.sent[0];
    expect(init?.type === "send" && init.message.method).toBe("initialize");
    expect(init?.type === "send" && (init.message.params as { capabilities: unknown }).capabilities).toEqual({
      roots: { listChanged: true },
      sampling: {},
    });
    expect(registered).toEqual(["roots", "sampling"]);
    answerInitialize(socket);
    await settle();
    const snap = session.getSnapshot();
    expect(snap.connection).toEqual({
      phase: "ready",
      pid: 42,
      server: {
        name: "demo",
        version: "1.2.3",
        title: "Demo Server",
        instructions: "be nice",
        protocolVersion: "2025-06-18",
        capabilities: { tools: { listChanged: true } },
      },
    });
    expect(snap.client).toBeDefined();
    expect(snap.clientKey).toBe(1);
    expect(snap.frames).toHaveLength(3);
    expect(socket.sent.some((p) => p.type === "send" && p.message.method === "notifications/initialized")).toBe(true);
    session.stop();
  });

  it("a history in pieces: no client for a spawn that a later piece shows has exited; one for the live spawn at the end", async () => {
    const { session, socket } = setup();
    const old = spawn();
    socket.receive({ type: "hello", header, frames: [old], more: true });
    await settle();
    // Mid-history: the old process may be gone already, so no initialize goes to the server that runs now.
    expect(socket.sent.filter((p) => p.type === "send")).toEqual([]);
    socket.receive({ type: "hello", header, frames: [frame<ProcessFrame>({ kind: "process", event: "exit", code: 0, signal: null, stderrTail: [] }), spawn()] });
    await settle();
    expect(socket.sent.filter((p) => p.type === "send" && p.message.method === "initialize")).toHaveLength(1);
    expect(session.getSnapshot().frames).toHaveLength(3);
    session.stop();
  });

  it("closes the client on exit and starts a new one after a restart", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "hello", header, frames: [spawn()] });
    await settle();
    answerInitialize(socket);
    await settle();
    expect(session.restart()).toBe(true);
    expect(socket.sent.at(-1)).toEqual({ type: "restart" });
    socket.receive({ type: "frame", frame: frame({ kind: "process", event: "restart" }) });
    socket.receive({ type: "frame", frame: frame({ kind: "process", event: "exit", code: null, signal: "SIGTERM", stderrTail: [] }) });
    await settle();
    expect(session.getSnapshot().client).toBeUndefined();
    const before = socket.sent.length;
    socket.receive({ type: "frame", frame: spawn() });
    await settle();
    expect(session.getSnapshot().connection.phase).toBe("initializing");
    const again = socket.sent.slice(before).find((p) => p.type === "send" && p.message.method === "initialize");
    expect(again).toBeDefined();
    socket.sent.splice(0, before);
    answerInitialize(socket);
    await settle();
    expect(session.getSnapshot().connection.phase).toBe("ready");
    expect(session.getSnapshot().clientKey).toBe(6);
    session.stop();
  });

  it("reports a failed initialize with the stderr seen since the spawn", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "hello", header, frames: [spawn(), frame({ kind: "stderr", text: "warming up" })] });
    await settle();
    const request = socket.sent[0];
    if (request?.type !== "send") throw new Error("no initialize");
    socket.receive({
      type: "frame",
      frame: frame<MessageFrame>({
        kind: "message",
        dir: "server->client",
        msg: { jsonrpc: "2.0", id: request.message.id, error: { code: -32603, message: "kaboom" } },
      }),
    });
    await settle();
    const state = session.getSnapshot().connection;
    expect(state.phase).toBe("failed");
    if (state.phase === "failed") {
      expect(state.reason).toMatch(/failed: .*kaboom/);
      expect(state.stderrTail).toEqual(["warming up"]);
    }
    session.stop();
  });

  it("replays the history on reconnect without duplicating frames or clients", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { session, socket, factory } = setup();
    const history = [spawn()];
    socket.receive({ type: "hello", header, frames: history });
    await vi.advanceTimersByTimeAsync(5);
    answerInitialize(socket);
    await vi.advanceTimersByTimeAsync(5);
    expect(session.getSnapshot().connection.phase).toBe("ready");
    const frames = session.getSnapshot().frames;
    socket.drop();
    await vi.advanceTimersByTimeAsync(5);
    expect(session.getSnapshot().relay.state).toBe("closed");
    await vi.advanceTimersByTimeAsync(300);
    const second = factory.last();
    expect(second).not.toBe(socket);
    second.open();
    second.receive({ type: "hello", header, frames: [...frames] });
    await vi.advanceTimersByTimeAsync(5);
    const snap = session.getSnapshot();
    expect(snap.frames.map((f) => f.seq)).toEqual(frames.map((f) => f.seq));
    expect(snap.connection.phase).toBe("ready");
    expect(second.sent).toEqual([]);
    session.stop();
  });

  it("shows the cause when the command cannot be spawned", async () => {
    const { session, socket } = setup();
    socket.receive({
      type: "hello",
      header,
      frames: [frame({ kind: "process", event: "error", code: "ENOENT", message: "command not found: nope", stderrTail: [] })],
    });
    await settle();
    expect(session.getSnapshot().connection).toEqual({ phase: "failed", reason: "command not found: nope", stderrTail: [], code: "ENOENT" });
    expect(socket.sent).toEqual([]);
    session.stop();
  });

  it("in auto mode probes with server/discover and falls back to initialize when the server does not know it", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "hello", header: anyEraHeader, frames: [spawn()] });
    await settle();
    const probe = socket.sent[0];
    if (probe?.type !== "send") throw new Error("nothing sent");
    expect(probe.message.method).toBe("server/discover");
    socket.receive({
      type: "frame",
      frame: frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: probe.message.id, error: { code: -32601, message: "Method not found" } } }),
    });
    await settle();
    answerInitialize(socket);
    await settle();
    const state = session.getSnapshot().connection;
    expect(state.phase === "ready" && state.server.protocolVersion).toBe("2025-06-18");
    session.stop();
  });

  it("in auto mode adopts a server/discover answer: the modern era, its versions and server info", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "hello", header: anyEraHeader, frames: [spawn()] });
    await settle();
    const probe = socket.sent[0];
    if (probe?.type !== "send") throw new Error("nothing sent");
    const discover = {
      resultType: "complete",
      supportedVersions: ["2025-11-25", "2026-07-28"],
      capabilities: { tools: { listChanged: true } },
      instructions: "modern",
      ttlMs: 0,
      cacheScope: "public",
      _meta: { "io.modelcontextprotocol/serverInfo": { name: "dual", version: "2.0.0" } },
    };
    socket.receive({ type: "frame", frame: frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: probe.message.id, result: discover } }) });
    await settle();
    const state = session.getSnapshot().connection;
    expect(state.phase).toBe("ready");
    if (state.phase === "ready") {
      expect(state.server).toMatchObject({ name: "dual", version: "2.0.0", protocolVersion: "2026-07-28", instructions: "modern" });
      expect(state.server.discover).toMatchObject({ supportedVersions: ["2025-11-25", "2026-07-28"] });
    }
    expect(socket.sent.some((p) => p.type === "send" && p.message.method === "initialize")).toBe(false);
    session.stop();
  });

  it("forwards list_changed notifications", async () => {
    const { session, socket, changed } = setup();
    socket.receive({ type: "hello", header, frames: [spawn()] });
    await settle();
    answerInitialize(socket);
    await settle();
    for (const method of ["tools", "resources", "prompts"]) {
      socket.receive({
        type: "frame",
        frame: frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", method: `notifications/${method}/list_changed` } }),
      });
    }
    await settle();
    expect(changed).toEqual(["tools", "resources", "prompts"]);
    session.stop();
  });

  it("starts over when the backend is a new session", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "hello", header, frames: [spawn(), frame({ kind: "stderr", text: "first" })] });
    await settle();
    resetSeq();
    socket.receive({ type: "hello", header: { ...header, id: "session-2" }, frames: [frame({ kind: "stderr", text: "second" })] });
    await settle();
    const snap = session.getSnapshot();
    expect(snap.header?.id).toBe("session-2");
    expect(snap.frames.map((f) => (f.kind === "stderr" ? f.text : f.kind))).toEqual(["second"]);
    expect(snap.connection.phase).toBe("starting");
    session.stop();
  });

  it("shows an error payload from the backend", async () => {
    const { session, socket } = setup();
    socket.receive({ type: "error", code: "MCPI_BAD_RELAY_PAYLOAD", message: "bad payload" });
    await settle();
    expect(session.getSnapshot().relayError).toBe("MCPI_BAD_RELAY_PAYLOAD: bad payload");
    session.stop();
  });
});
