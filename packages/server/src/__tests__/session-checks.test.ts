import { readFileSync } from "node:fs";
import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import type { ProtocolChecker } from "@mcp-inspect/core/checks";
import { afterEach, describe, expect, it } from "vitest";
import type { InspectSession } from "../session";
import { ECHO_SERVER, nodeScriptSession, waitForFrame } from "./fixtures";
import { checkedSession } from "./scripted-client";

let session: InspectSession | undefined;
afterEach(() => session?.stop());

/** A checker that flags every stderr frame, and says one thing at the end. */
const stderrChecker = (): ProtocolChecker => ({
  check: (frame) => (frame.kind === "stderr" ? [{ rule: "stdio/stdout-noise", severity: "error", message: `saw ${frame.text}`, hint: "h" }] : []),
  finish: () => [{ rule: "timing/never-answered", severity: "error", message: "the end", hint: "h" }],
});

describe("InspectSession with a checker", () => {
  it("records each finding as a check frame right after its frame, and finish() findings before closing", async () => {
    let file: string;
    ({ session, file } = nodeScriptSession(ECHO_SERVER, { checker: stderrChecker() }));
    session.start();
    const stderr = await waitForFrame(session, (f) => f.kind === "stderr");
    await session.stop();
    const frames = parseSessionFile(readFileSync(file, "utf8")).frames;
    const check = frames.find((f) => f.kind === "check" && f.about === stderr.seq)!;
    expect(check).toMatchObject({ kind: "check", seq: stderr.seq + 1, message: "saw echo server: ready" });
    expect(frames.at(-1)).toMatchObject({ kind: "check", rule: "timing/never-answered", message: "the end" });
    expect(frames.at(-1)).not.toHaveProperty("about");
  });

  it("turns a throwing checker into one internal/checker-error frame per failure; the relay goes on", async () => {
    const broken: ProtocolChecker = { check: () => { throw new Error("bug"); }, finish: () => [] };
    ({ session } = nodeScriptSession(ECHO_SERVER, { checker: broken }));
    session.start();
    expect(session.send({ jsonrpc: "2.0", id: 1, method: "ping" })).toBe(true);
    await waitForFrame(session, (f) => f.kind === "message" && f.dir === "server->client");
    const errors = session.history().filter((f): f is Extract<Frame, { kind: "check" }> => f.kind === "check");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ rule: "internal/checker-error", message: expect.stringContaining("bug") });
  });

  it("without a checker, no check frames", async () => {
    ({ session } = nodeScriptSession(ECHO_SERVER));
    session.start();
    await waitForFrame(session, (f) => f.kind === "stderr");
    expect(session.history().some((f) => f.kind === "check")).toBe(false);
  });

  it("a restart starts the checker afresh: the new process may reuse ids and must initialize again", async () => {
    session = checkedSession(process.execPath, [new URL("../../../../e2e/fixtures/broken-servers/correct-server.mjs", import.meta.url).pathname]);
    const initialize = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } };
    session.start();
    session.send(initialize);
    await waitForFrame(session, (f) => f.kind === "message" && f.dir === "server->client");
    await session.restart();
    await waitForFrame(session, (f) => f.kind === "process" && f.event === "spawn" && f.seq > 4);
    session.send(initialize);
    await waitForFrame(session, (f) => f.kind === "message" && f.dir === "server->client" && f.seq > 6);
    await session.stop();
    expect(session.history().filter((f) => f.kind === "check")).toEqual([]);
  });
});
