import type { Frame, MessageFrame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { findRerun, lastRequestBeforeRestart, requestLabel } from "../last-request";

/** A session's frames with increasing seq. */
function session() {
  const frames: Frame[] = [];
  const push = <F extends Frame>(frame: Omit<F, "seq" | "t">): F => {
    const full = { ...frame, seq: frames.length + 1, t: frames.length * 10 } as F;
    frames.push(full);
    return full;
  };
  let id = 0;
  return {
    frames,
    req: (method: string, params?: Record<string, unknown>) => push<MessageFrame>({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: ++id, method, params } }),
    res: (forId: number) => push<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: forId, result: {} } }),
    note: (method: string) => push<MessageFrame>({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", method } }),
    serverReq: (method: string) => push<MessageFrame>({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 900 + ++id, method } }),
    restart: (reason?: string) => push<Frame>({ kind: "process", event: "restart", ...(reason ? { reason } : {}) } as Omit<Frame, "seq" | "t">),
    spawn: () => push<Frame>({ kind: "process", event: "spawn", pid: 42, command: "node", args: [] } as Omit<Frame, "seq" | "t">),
  };
}

describe("lastRequestBeforeRestart", () => {
  it("is undefined without a restart", () => {
    const s = session();
    s.req("tools/call", { name: "echo" });
    expect(lastRequestBeforeRestart(s.frames)).toBeUndefined();
    expect(lastRequestBeforeRestart([])).toBeUndefined();
  });

  it("has the restart but no request when the person made none before it", () => {
    const s = session();
    s.req("initialize", {});
    s.req("tools/list");
    const restart = s.restart("change in src/tools.js");
    expect(lastRequestBeforeRestart(s.frames)).toEqual({ restart });
  });

  it("skips everything that is not a person's action", () => {
    const s = session();
    const call = s.req("tools/call", { name: "echo", arguments: { message: "hi" } });
    s.res(1);
    for (const method of ["initialize", "ping", "tools/list", "resources/list", "resources/templates/list", "prompts/list", "logging/setLevel", "resources/subscribe", "resources/unsubscribe", "tasks/get", "tasks/result", "tasks/list"]) s.req(method, {});
    s.note("notifications/initialized");
    s.note("notifications/cancelled");
    s.serverReq("sampling/createMessage");
    s.serverReq("tools/call"); // not the client's
    s.restart();
    expect(lastRequestBeforeRestart(s.frames)?.request).toBe(call);
  });

  it("counts each of tools/call, resources/read, prompts/get and completion/complete", () => {
    for (const method of ["tools/call", "resources/read", "prompts/get", "completion/complete"]) {
      const s = session();
      s.req("tools/call", { name: "older" });
      const mine = s.req(method, { name: "x" });
      s.restart();
      expect(lastRequestBeforeRestart(s.frames)?.request).toBe(mine);
    }
  });

  it("looks only before the last restart: requests after it do not count", () => {
    const s = session();
    s.req("tools/call", { name: "first" });
    s.restart();
    s.spawn();
    const second = s.req("tools/call", { name: "second" });
    const last = s.restart("change in a.js");
    s.spawn();
    s.req("tools/call", { name: "after" });
    expect(lastRequestBeforeRestart(s.frames)).toEqual({ restart: last, request: second });
    // Two restarts in a row: the request before both is still the last one before the last restart.
    const t = session();
    const only = t.req("prompts/get", { name: "greeting" });
    t.restart();
    t.spawn();
    t.restart();
    expect(lastRequestBeforeRestart(t.frames)?.request).toBe(only);
  });
});

describe("requestLabel", () => {
  it("names the method and what it is about", () => {
    const s = session();
    expect(requestLabel(s.req("tools/call", { name: "echo", arguments: {} }))).toBe("tools/call echo");
    expect(requestLabel(s.req("prompts/get", { name: "greeting" }))).toBe("prompts/get greeting");
    expect(requestLabel(s.req("resources/read", { uri: "demo://readme" }))).toBe("resources/read demo://readme");
    expect(requestLabel(s.req("completion/complete", { ref: { type: "ref/prompt", name: "greeting" }, argument: { name: "n", value: "a" } }))).toBe("completion/complete greeting");
    expect(requestLabel(s.req("completion/complete", { ref: { type: "ref/resource", uri: "demo://{x}" } }))).toBe("completion/complete demo://{x}");
    expect(requestLabel(s.req("tools/call"))).toBe("tools/call");
  });
});

describe("findRerun", () => {
  it("finds the first request after the mark with the same method and params, ignoring id and progress token", () => {
    const s = session();
    const original = s.req("tools/call", { name: "echo", arguments: { message: "hi" }, _meta: { progressToken: 7 } });
    s.restart();
    const mark = s.spawn().seq;
    expect(findRerun(s.frames, mark, original)).toBeUndefined();
    s.req("tools/call", { name: "echo", arguments: { message: "other" } });
    const rerun = s.req("tools/call", { name: "echo", arguments: { message: "hi" } });
    s.req("tools/call", { name: "echo", arguments: { message: "hi" } });
    expect(findRerun(s.frames, mark, original)).toBe(rerun);
    // The original itself is before the mark.
    expect(findRerun(s.frames, 0, original)).toBe(original);
  });
});
