import type { Frame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { requestedLevel } from "../requested-level";

let seq = 0;
const setLevel = (id: number, level: string): Frame => ({ seq: ++seq, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id, method: "logging/setLevel", params: { level } } });
const ok = (id: number): Frame => ({ seq: ++seq, t: 0, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, result: {} } });
const refused = (id: number): Frame => ({ seq: ++seq, t: 0, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, error: { code: -32602, message: "bad level" } } });

describe("requestedLevel", () => {
  it("is the last level the server accepted, since the given spawn", () => {
    const before = [setLevel(1, "debug"), ok(1)];
    const spawn = seq;
    expect(requestedLevel(before, 0)).toBe("debug");
    expect(requestedLevel(before, spawn)).toBeUndefined();
    const after = [setLevel(1, "warning"), ok(1), setLevel(2, "bogus"), refused(2), setLevel(3, "error")];
    expect(requestedLevel([...before, ...after], spawn)).toBe("warning");
  });
});
