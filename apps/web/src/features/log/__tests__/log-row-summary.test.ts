import { beforeEach, describe, expect, it } from "vitest";
import { RequestPairer, type Frame, type MessageFrame } from "@mcp-inspect/core";
import { summarizeFrame } from "../log-row-summary";
import { stderrSinceLastSpawn } from "../../../client/stderr-since-last-spawn";
import { formatSessionTime, prettyIfJson, base64Size, formatDuration } from "../../../ui/format";
import { frame, resetSeq } from "../../../client/__tests__/fake-socket";

function summarize(frames: Frame[]) {
  const pairer = new RequestPairer();
  frames.forEach((f) => pairer.add(f));
  return frames.map((f) => summarizeFrame(f, pairer.get(f.seq)));
}

describe("summarizeFrame", () => {
  beforeEach(() => resetSeq());

  it("labels requests, results and errors with the method they answer", () => {
    const rows = summarize([
      frame<MessageFrame>({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 1, method: "tools/list" } }),
      frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, result: {} } }),
      frame<MessageFrame>({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 2, method: "tools/call" } }),
      frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 2, error: { code: -32602, message: "bad" } } }),
      frame<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", method: "notifications/message" } }),
    ]);
    expect(rows.map((r) => [r.arrow, r.label, r.id, r.durationMs, r.tone])).toEqual([
      ["→", "tools/list", 1, 10, "request"],
      ["←", "result tools/list", 1, 10, "result"],
      ["→", "tools/call", 2, 10, "request"],
      ["←", "error tools/call", 2, 10, "error"],
      ["←", "notifications/message", undefined, undefined, "notification"],
    ]);
    expect(rows[3]!.detail).toBe("-32602: bad");
  });

  it("labels stdout noise and process events", () => {
    const rows = summarize([
      frame({ kind: "process", event: "spawn", pid: 7, command: "node", args: ["s.js"], cwd: "/" }),
      frame({ kind: "stdout-noise", text: "Server started", reason: "not JSON" }),
      frame({ kind: "process", event: "exit", code: 3, signal: null, stderrTail: [] }),
      frame({ kind: "process", event: "error", code: "ENOENT", message: "command not found: nope", stderrTail: [] }),
    ]);
    expect(rows.map((r) => [r.label, r.detail, r.tone])).toEqual([
      ["process spawn", "pid 7: node s.js", "process"],
      ["stdout (not JSON-RPC)", "Server started — not JSON", "warning"],
      ["process exit", "code 3", "process-bad"],
      ["process error", "ENOENT: command not found: nope", "process-bad"],
    ]);
  });
});

describe("format", () => {
  it("formats session times and durations", () => {
    expect(formatSessionTime(1234)).toBe("+1.234s");
    expect(formatSessionTime(0)).toBe("+0.000s");
    expect(formatDuration(12.4)).toBe("12 ms");
    expect(formatDuration(1250)).toBe("1.25 s");
  });

  it("pretty-prints JSON text only", () => {
    expect(prettyIfJson('{"a":1}')).toEqual({ text: '{\n  "a": 1\n}', json: true });
    expect(prettyIfJson("hello {")).toEqual({ text: "hello {", json: false });
    expect(prettyIfJson("{oops")).toEqual({ text: "{oops", json: false });
  });

  it("sizes base64 without decoding", () => {
    expect(base64Size(btoa("hello"))).toBe(5);
    expect(base64Size(btoa("hell"))).toBe(4);
    expect(base64Size(btoa("hel"))).toBe(3);
  });
});

describe("stderrSinceLastSpawn", () => {
  beforeEach(() => resetSeq());

  it("keeps the current process's last lines", () => {
    const frames: Frame[] = [
      frame({ kind: "stderr", text: "old process" }),
      frame({ kind: "process", event: "spawn", pid: 1, command: "x", args: [], cwd: "/" }),
      frame({ kind: "stderr", text: "a" }),
      frame({ kind: "stderr", text: "b" }),
      frame({ kind: "stderr", text: "c" }),
    ];
    expect(stderrSinceLastSpawn(frames)).toEqual(["a", "b", "c"]);
    expect(stderrSinceLastSpawn(frames, 2)).toEqual(["b", "c"]);
  });
});
