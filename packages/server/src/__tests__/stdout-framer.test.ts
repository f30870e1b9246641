import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FrameInput } from "@mcp-inspect/core";
import { createStdoutFramer } from "../stdout-framer";

const bytes = (text: string) => new TextEncoder().encode(text);
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("createStdoutFramer", () => {
  it("relays a whole message left without its newline after a pause, marked unterminated", () => {
    const frames: FrameInput[] = [];
    const framer = createStdoutFramer((f) => frames.push(f), 300);
    framer.push(bytes('{"jsonrpc":"2.0","id":1,"result":{}}'));
    expect(frames).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(frames).toEqual([{ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, result: {} }, bytes: 36, unterminated: true }]);
  });

  it("waits for the rest of a line written in pieces", () => {
    const frames: FrameInput[] = [];
    const framer = createStdoutFramer((f) => frames.push(f), 300);
    framer.push(bytes('{"jsonrpc":"2.0","id":1,'));
    vi.advanceTimersByTime(1000);
    expect(frames).toEqual([]);
    framer.push(bytes('"result":{}}\n'));
    expect(frames).toEqual([{ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, result: {} }, bytes: 36 }]);
  });

  it("marks output flushed at the end of the stream", () => {
    const frames: FrameInput[] = [];
    const framer = createStdoutFramer((f) => frames.push(f), 300);
    framer.push(bytes("ok\nbye"));
    framer.end();
    expect(frames.map((f) => ("unterminated" in f ? f.unterminated : undefined))).toEqual([undefined, true]);
  });
});
