import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import { afterEach, describe, expect, it } from "vitest";
import { createSessionRecorder } from "../recorder";
import { InspectSession } from "../session";
import { createStdioTarget } from "../stdio-target";
import { isAlive, tempDir, testHeader, waitForFrame } from "./fixtures";
import { ScriptedClient } from "./scripted-client";

// The faulty servers are real processes, shared with the e2e faults spec.
const faulty = fileURLToPath(new URL("../../../../e2e/fixtures/faulty-servers/", import.meta.url));

const sessions: InspectSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.stop()));
});

/** A recorded session around one faulty server, started, with a client that has initialized it. */
async function startFaulty(name: string) {
  const args = [join(faulty, name)];
  const header = testHeader(args);
  const file = join(tempDir(), "session.jsonl");
  const session = new InspectSession({ header, recorder: createSessionRecorder(file, header) });
  session.attach((emit) => createStdioTarget({ command: process.execPath, args, cwd: process.cwd(), env: process.env, killGraceMs: 300 }, emit));
  sessions.push(session);
  session.start();
  const client = new ScriptedClient(session);
  expect(await client.initialize()).toMatchObject({ result: { serverInfo: { name: name.replace(".mjs", "") } } });
  const recorded = () => parseSessionFile(readFileSync(file, "utf8"));
  return { session, client, recorded };
}

const processEvent = (event: string) => (f: Frame) => f.kind === "process" && f.event === event;
const spawns = (session: InspectSession) => session.history().filter(processEvent("spawn")) as Extract<Frame, { event: "spawn" }>[];

describe("faults of the target server", () => {
  it("crash mid-call: the exit frame has the code and the stderr tail, and Restart brings it back", async () => {
    const { session, client } = await startFaulty("crash-mid-call.mjs");
    expect(await client.request("tools/call", { name: "crash", arguments: {} })).toBeUndefined();
    expect(await waitForFrame(session, processEvent("exit"))).toMatchObject({ code: 7, signal: null, stderrTail: ["fatal: the cheese ran out while calling crash"] });
    expect(session.send({ jsonrpc: "2.0", id: 99, method: "ping" })).toBe(false);

    await session.restart();
    await expect.poll(() => spawns(session).length).toBe(2);
    await client.initialize();
    expect(await client.request("tools/call", { name: "echo", arguments: {} })).toMatchObject({ result: { content: [{ text: "ok" }] } });
  });

  it("a tools/call never answered: the server keeps serving other requests and takes a cancellation", async () => {
    const { session, client } = await startFaulty("never-answers-call.mjs");
    expect(await client.request("tools/call", { name: "hang", arguments: {} }, 300)).toBeUndefined();
    client.notify("notifications/cancelled", { requestId: 2, reason: "timed out" });
    expect(await client.request("ping")).toMatchObject({ result: {} });
    expect(session.history().some(processEvent("exit"))).toBe(false);
  });

  it("a 50 MiB line is relayed and recorded intact", async () => {
    const { client, recorded } = await startFaulty("huge-line.mjs");
    const bytes = 50 * 1024 * 1024;
    const response = await client.request("tools/call", { name: "huge", arguments: { bytes } }, 20_000);
    const text = (response?.result as { content: { text: string }[] }).content[0]!.text;
    expect(text.length).toBe(bytes);
    const { frames, warnings } = recorded();
    expect(warnings).toEqual([]);
    const frame = frames.find((f) => f.kind === "message" && f.dir === "server->client" && f.msg.id === 2);
    expect(frame).toMatchObject({ bytes: Buffer.byteLength(JSON.stringify(response)) });
    expect(frame?.kind === "message" && JSON.stringify(frame.msg)).toBe(JSON.stringify(response));
  }, 30_000);

  it("10,000 notifications a second for 5 s: every one is in the session file, in order", async () => {
    const { client, recorded } = await startFaulty("notification-storm.mjs");
    const started = Date.now();
    const response = await client.request("tools/call", { name: "storm", arguments: {} }, 20_000);
    expect(response).toMatchObject({ result: { content: [{ text: "sent 50000" }] } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
    const { frames, warnings } = recorded();
    expect(warnings).toEqual([]);
    const numbers = frames.flatMap((f) => (f.kind === "message" && f.msg.method === "notifications/message" ? [(f.msg.params as { data: { n: number } }).data.n] : []));
    expect(numbers.length).toBe(50_000);
    expect(numbers.every((n, i) => n === i + 1)).toBe(true);
  }, 30_000);

  it("invalid UTF-8 and binary junk on stdout become noise frames; the session survives", async () => {
    const { session, client } = await startFaulty("binary-junk.mjs");
    expect(await client.request("tools/call", { name: "junk", arguments: {} })).toMatchObject({ result: { content: [{ text: "survived" }] } });
    const noise = session.history().filter((f) => f.kind === "stdout-noise");
    expect(noise.length).toBe(4);
    expect(noise.every((f) => f.kind === "stdout-noise" && f.invalidUtf8)).toBe(true);
    expect(await client.request("ping")).toMatchObject({ result: {} });
  });

  it("stdout closed while the process runs: a clear error frame, then Restart works", async () => {
    const { session, client } = await startFaulty("closes-stdout.mjs");
    expect(await client.request("tools/call", { name: "close-stdout", arguments: {} })).toMatchObject({ result: { content: [{ text: "closing stdout now" }] } });
    const error = await waitForFrame(session, processEvent("error"));
    expect(error).toMatchObject({ code: "MCPI_STDOUT_CLOSED", message: expect.stringMatching(/closed its stdout but is still running \(pid \d+\)/) });
    expect(session.history().some(processEvent("exit"))).toBe(false);

    await session.restart();
    await expect.poll(() => spawns(session).length).toBe(2);
    expect(await client.initialize()).toMatchObject({ result: { serverInfo: { name: "closes-stdout" } } });
  });

  it("a server that ignores SIGTERM is killed after the grace period, on Restart and on stop", async () => {
    const { session } = await startFaulty("ignores-sigterm.mjs");
    const firstPid = spawns(session)[0]!.pid;
    const restartedAt = Date.now();
    await session.restart();
    expect(Date.now() - restartedAt).toBeGreaterThanOrEqual(250);
    expect(session.history().find(processEvent("exit"))).toMatchObject({ signal: "SIGKILL" });
    expect(isAlive(firstPid)).toBe(false);
    expect(session.history().some((f) => f.kind === "stderr" && f.text === "SIGTERM ignored")).toBe(true);

    await expect.poll(() => spawns(session).length).toBe(2);
    const secondPid = spawns(session)[1]!.pid;
    // Before its handler is installed, a starting node would still die of SIGTERM.
    await waitForFrame(session, (f) => f.kind === "stderr" && f.text === `ignores-sigterm pid ${secondPid}`);
    await session.stop();
    expect(session.history().filter(processEvent("exit")).at(-1)).toMatchObject({ signal: "SIGKILL" });
    expect(isAlive(secondPid)).toBe(false);
  });

  it("children a server forked are stopped with it", async () => {
    const { session } = await startFaulty("forks-children.mjs");
    await expect.poll(() => session.history().filter((f) => f.kind === "stderr" && f.text.startsWith("child ")).length).toBe(2);
    const children = session.history().flatMap((f) => (f.kind === "stderr" && f.text.startsWith("child ") ? [Number(f.text.slice(6))] : []));
    expect(children.every(isAlive)).toBe(true);
    await session.stop();
    await expect.poll(() => children.filter(isAlive), { timeout: 3000 }).toEqual([]);
  });
});
