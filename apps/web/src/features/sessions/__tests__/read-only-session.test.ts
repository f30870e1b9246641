import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { readOnlySnapshot } from "../read-only-session";
import { recordedToolCalls } from "../tool-calls";
import { exportableRequests } from "../exportable-requests";
import { frames, sessionText } from "./session-text";

describe("readOnlySnapshot", () => {
  it("gives the live components the recorded frames, paired, with no client", () => {
    const snapshot = readOnlySnapshot(parseSessionFile(sessionText()));
    expect(snapshot.frames.map((f) => f.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(snapshot.pairer.get(4)?.response?.seq).toBe(5);
    expect(snapshot.pairer.get(4)?.durationMs).toBe(12);
    expect(snapshot.client).toBeUndefined();
    expect(snapshot.clientKey).toBeUndefined();
    expect(snapshot.relay.state).toBe("closed");
    expect(snapshot.header?.id).toBe("0f5b3a2e-aaaa-bbbb-cccc-000000000001");
  });

  it("replays the connection state: the server named in the initialize answer", () => {
    const snapshot = readOnlySnapshot(parseSessionFile(sessionText()));
    expect(snapshot.connection).toMatchObject({ phase: "ready", pid: 7, server: { name: "demo", version: "1.2.3", protocolVersion: "2025-06-18" } });
  });

  it("ends exited when the recording has the process exit, and sorts frames written out of order", () => {
    const exit: Frame = { seq: 9, t: 60, kind: "process", event: "exit", code: 1, signal: null, stderrTail: [] };
    const shuffled = [frames[2]!, frames[0]!, frames[1]!, exit];
    const snapshot = readOnlySnapshot(parseSessionFile(sessionText(shuffled)));
    expect(snapshot.frames.map((f) => f.seq)).toEqual([1, 2, 3, 9]);
    expect(snapshot.connection.phase).toBe("exited");
  });
});

describe("recordedToolCalls", () => {
  it("lists each tools/call with its arguments and what came back", () => {
    expect(recordedToolCalls(frames)).toEqual([
      { seq: 4, name: "echo", arguments: { text: "hi" }, result: { content: [{ type: "text", text: "hi" }] }, durationMs: 12 },
      { seq: 6, name: "boom", arguments: {}, error: { code: -32602, message: "bad" }, durationMs: 1 },
      { seq: 8, name: "slow", arguments: {} },
    ]);
  });
});

describe("exportableRequests", () => {
  it("lists the client's requests after the handshake, named like the log", () => {
    expect(exportableRequests(frames)).toEqual([
      { seq: 4, label: "tools/call echo" },
      { seq: 6, label: "tools/call boom" },
      { seq: 8, label: "tools/call slow" },
    ]);
  });
});
