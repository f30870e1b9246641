import { ProtocolError, SdkError, SdkErrorCode, type CallToolResult } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { callReducer, IDLE, isFinished, timeoutLimit, type CallState } from "../call-state";

const ok: CallToolResult = { content: [{ type: "text", text: "done" }] };
const start = (callId = 1) => callReducer(IDLE, { type: "start", callId, args: { a: 1 }, at: 100 });

describe("callReducer", () => {
  it("goes pending → progress → ok, timing from the start", () => {
    let s: CallState = start();
    expect(s).toMatchObject({ status: "pending", args: { a: 1 } });
    s = callReducer(s, { type: "progress", callId: 1, progress: { progress: 1, total: 5, message: "Step 1" } });
    expect(s).toMatchObject({ status: "progress", progress: { progress: 1, total: 5, message: "Step 1" } });
    s = callReducer(s, { type: "progress", callId: 1, progress: { progress: 2, total: 5 } });
    expect(s).toMatchObject({ status: "progress", progress: { progress: 2 } });
    s = callReducer(s, { type: "result", callId: 1, result: ok, at: 350 });
    expect(s).toMatchObject({ status: "ok", durationMs: 250, result: ok });
    expect(isFinished(s)).toBe(true);
  });

  it("calls an isError result a tool error", () => {
    const s = callReducer(start(), { type: "result", callId: 1, result: { ...ok, isError: true }, at: 200 });
    expect(s.status).toBe("tool-error");
  });

  it("calls a JSON-RPC error an rpc-error, and the SDK's timeouts timed-out with their limit", () => {
    const rpc = callReducer(start(), { type: "error", callId: 1, error: new ProtocolError(-32000, "boom", { x: 1 }), at: 200 });
    expect(rpc.status).toBe("rpc-error");
    const timeout = new SdkError(SdkErrorCode.RequestTimeout, "Request timed out", { timeout: 5000 });
    expect(callReducer(start(), { type: "error", callId: 1, error: timeout, at: 5100 })).toMatchObject({ status: "timed-out", limitMs: 5000, durationMs: 5000 });
    const total = new SdkError(SdkErrorCode.RequestTimeout, "Maximum total timeout exceeded", { maxTotalTimeout: 1000, totalElapsed: 1004 });
    expect(callReducer(start(), { type: "error", callId: 1, error: total, at: 1200 })).toMatchObject({ status: "timed-out", limitMs: 1000 });
  });

  it("does not take a server's own -32001 error (no limit in data) for a timeout", () => {
    expect(timeoutLimit(new SdkError(SdkErrorCode.RequestTimeout, "slow backend"))).toEqual({ timedOut: false });
    expect(callReducer(start(), { type: "error", callId: 1, error: new ProtocolError(-32001, "slow backend"), at: 200 }).status).toBe("rpc-error");
  });

  it("cancels, and ignores the rejection or a late response that follows", () => {
    let s = callReducer(start(), { type: "cancel", callId: 1, at: 400 });
    expect(s).toMatchObject({ status: "cancelled", durationMs: 300 });
    const cancelled = s;
    s = callReducer(s, { type: "error", callId: 1, error: new Error("aborted"), at: 401 });
    s = callReducer(s, { type: "result", callId: 1, result: ok, at: 402 });
    s = callReducer(s, { type: "progress", callId: 1, progress: { progress: 3 } });
    expect(s).toBe(cancelled);
  });

  it("ignores events of an older call", () => {
    const second = callReducer(callReducer(start(1), { type: "result", callId: 1, result: ok, at: 150 }), { type: "start", callId: 2, args: {}, at: 200 });
    expect(callReducer(second, { type: "progress", callId: 1, progress: { progress: 1 } })).toBe(second);
    expect(callReducer(second, { type: "result", callId: 1, result: ok, at: 300 })).toBe(second);
  });

  it("ignores anything but start while idle", () => {
    expect(callReducer(IDLE, { type: "cancel", callId: 1, at: 0 })).toBe(IDLE);
    expect(isFinished(IDLE)).toBe(false);
  });
});
