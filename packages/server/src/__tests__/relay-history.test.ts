import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { FastifyInstance } from "fastify";
import { parseSessionFile, type Frame, type RelayServerPayload } from "@mcp-inspect/core";
import { buildServer } from "../build-server";
import { nodeScriptSession, waitForFrame } from "./fixtures";
import type { InspectSession } from "../session";

const TOKEN = "history-token";
const LINES = 3000;
/** Writes LINES stderr lines of 200 characters at start, and as many again when asked for "more". */
const CHATTY = `
const burst = (tag) => { for (let i = 1; i <= ${LINES}; i++) process.stderr.write(tag + " " + i + " " + "x".repeat(200) + "\\n"); process.stderr.write(tag + " done\\n"); };
burst("start");
process.stdin.on("data", () => burst("more"));
process.stdin.on("end", () => process.exit(0));
`;

let app: FastifyInstance | undefined;
let session: InspectSession | undefined;
afterEach(async () => {
  await session?.stop();
  await app?.close();
});

/** Collects every payload until `until` holds; a hello without `more` ends the history. */
function tab(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/relay?token=${TOKEN}`, { headers: { origin: `http://127.0.0.1:${port}` } });
  const payloads: RelayServerPayload[] = [];
  const waiters: (() => void)[] = [];
  ws.on("message", (data) => {
    payloads.push(JSON.parse(data.toString()));
    for (const wake of waiters.splice(0)) wake();
  });
  const until = (done: () => boolean, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${payloads.length} payloads`)), timeoutMs);
      const check = () => (done() ? (clearTimeout(timer), resolve()) : waiters.push(check));
      check();
    });
  const seqs = () => payloads.flatMap((p) => (p.type === "hello" ? p.frames.map((f) => f.seq) : p.type === "frame" ? [p.frame.seq] : []));
  return { ws, payloads, until, seqs };
}

const stderrIs = (text: string) => (f: Frame) => f.kind === "stderr" && f.text === text;

describe("relay history bigger than memory", () => {
  it("a reconnecting tab gets every frame, in pieces, from the file and memory, with no gap before live frames", async () => {
    const created = nodeScriptSession(CHATTY, { memoryLimitBytes: 64 * 1024 });
    session = created.session;
    app = await buildServer({ session, token: TOKEN });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as { port: number }).port;
    session.start();
    await waitForFrame(session, stderrIs("start done"), 10_000);
    // Memory holds a small tail; the file has everything.
    expect(session.history().length).toBeLessThan(LINES / 2);
    expect(session.history()[0]!.seq).toBeGreaterThan(1);

    const client = tab(port);
    // Frames keep coming while the history is on its way.
    await new Promise((resolve) => client.ws.on("open", resolve));
    session.send({ jsonrpc: "2.0", method: "notifications/more" });
    await waitForFrame(session, stderrIs("more done"), 10_000);
    const last = session.lastSeq;
    await client.until(() => client.seqs().at(-1) === last);

    const hellos = client.payloads.filter((p) => p.type === "hello");
    expect(hellos.length).toBeGreaterThan(1);
    expect(hellos.slice(0, -1).every((h) => h.more === true)).toBe(true);
    expect(hellos.at(-1)!.more).toBeUndefined();
    // The hellos come first, then live frames only.
    const firstLive = client.payloads.findIndex((p) => p.type === "frame");
    expect(firstLive === -1 || client.payloads.slice(firstLive).every((p) => p.type === "frame")).toBe(true);
    // Every frame exactly once, in order: 1..last.
    expect(client.seqs()).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    const recorded = parseSessionFile(readFileSync(created.file, "utf8")).frames;
    expect(recorded.map((f) => f.seq)).toEqual(client.seqs());
    client.ws.close();
  });

  it("the whole session (what export reads) comes back from the file, not only what memory holds", async () => {
    const created = nodeScriptSession(CHATTY, { memoryLimitBytes: 16 * 1024 });
    session = created.session;
    session.start();
    await waitForFrame(session, stderrIs("start done"), 10_000);
    const all = await session.allFrames();
    expect(all.map((f) => f.seq)).toEqual(Array.from({ length: session.lastSeq }, (_, i) => i + 1));
    expect(all[0]).toMatchObject({ kind: "process", event: "spawn" });
  });
});
