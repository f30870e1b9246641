import { afterEach, describe, expect, it } from "vitest";
import { nodeScriptSession, waitForFrame } from "./fixtures";
import type { InspectSession } from "../session";

let session: InspectSession | undefined;
afterEach(() => session?.stop());

describe("InspectSession", () => {
  it("says when initialize is never answered, with the stderr tail", async () => {
    ({ session } = nodeScriptSession("console.error('loading model...'); process.stdin.resume()", { initTimeoutMs: 200 }));
    session.start();
    await waitForFrame(session, (f) => f.kind === "stderr");
    expect(session.send({ jsonrpc: "2.0", id: 0, method: "initialize", params: {} })).toBe(true);
    const timeout = await waitForFrame(session, (f) => f.kind === "process" && f.event === "init-timeout");
    expect(timeout).toMatchObject({ timeoutMs: 200, stderrTail: ["loading model..."] });
  });

  it("refuses to send when the server is not running", async () => {
    ({ session } = nodeScriptSession("process.exit(0)"));
    session.start();
    await waitForFrame(session, (f) => f.kind === "process" && f.event === "exit");
    expect(session.send({ jsonrpc: "2.0", id: 1, method: "ping" })).toBe(false);
  });

  it("numbers frames from 1 with non-decreasing times", async () => {
    ({ session } = nodeScriptSession("console.error('a'); console.error('b'); console.log('c')"));
    session.start();
    await waitForFrame(session, (f) => f.kind === "process" && f.event === "exit");
    const frames = session.history();
    expect(frames.map((f) => f.seq)).toEqual(frames.map((_, i) => i + 1));
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.t).toBeGreaterThanOrEqual(frames[i - 1]!.t);
  });
});
