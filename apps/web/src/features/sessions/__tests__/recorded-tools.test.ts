import type { Frame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { recordedTools } from "../recorded-tools";

const c2s = (seq: number, id: number, method: string, params?: object): Frame => ({ seq, t: seq, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id, method, ...(params ? { params } : {}) } });
const s2c = (seq: number, id: number, result: object): Frame => ({ seq, t: seq, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, result } });

describe("recordedTools", () => {
  it("is undefined when the session never listed tools", () => {
    expect(recordedTools([c2s(1, 1, "ping"), s2c(2, 1, {})])).toBeUndefined();
  });

  it("takes the last listing with every page of it", () => {
    const frames = [
      c2s(1, 1, "tools/list"),
      s2c(2, 1, { tools: [{ name: "old" }] }),
      c2s(3, 2, "tools/list", {}),
      s2c(4, 2, { tools: [{ name: "a", title: "A", description: "first" }], nextCursor: "p2" }),
      c2s(5, 3, "tools/list", { cursor: "p2" }),
      s2c(6, 3, { tools: [{ name: "b" }, { nameless: true }] }),
    ];
    expect(recordedTools(frames)).toEqual({ seq: 3, tools: [{ name: "a", title: "A", description: "first" }, { name: "b" }] });
  });
});
