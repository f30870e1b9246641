import type { Frame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { subscribedUris } from "../subscriptions";

let seq = 0;
const request = (id: number, method: string, uri: string): Frame => ({ seq: ++seq, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id, method, params: { uri } } });
const result = (id: number): Frame => ({ seq: ++seq, t: 0, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, result: {} } });
const failure = (id: number): Frame => ({ seq: ++seq, t: 0, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, error: { code: -32601, message: "no" } } });

describe("subscribedUris", () => {
  it("counts accepted subscribes, drops accepted unsubscribes, ignores refused and unanswered ones", () => {
    const frames = [
      request(1, "resources/subscribe", "demo://a"),
      result(1),
      request(2, "resources/subscribe", "demo://b"),
      failure(2),
      request(3, "resources/subscribe", "demo://c"),
      result(3),
      request(4, "resources/unsubscribe", "demo://c"),
      result(4),
      request(5, "resources/subscribe", "demo://d"), // no answer yet
    ];
    expect([...subscribedUris(frames, 0)]).toEqual(["demo://a"]);
  });

  it("only looks at frames after the current process's spawn", () => {
    const old = [request(1, "resources/subscribe", "demo://a"), result(1)];
    const since = seq;
    const now = [request(1, "resources/subscribe", "demo://b"), result(1)];
    expect([...subscribedUris([...old, ...now], since)]).toEqual(["demo://b"]);
  });
});
