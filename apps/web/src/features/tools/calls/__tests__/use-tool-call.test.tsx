// @vitest-environment jsdom
import type { Client } from "@modelcontextprotocol/client";
import { SdkError, SdkErrorCode, type CallToolResult } from "@modelcontextprotocol/client";
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_TIMEOUTS } from "../call-settings";
import { useToolCall } from "../useToolCall";

interface Sent {
  request: unknown;
  options: { signal: AbortSignal; onprogress: (p: { progress: number; total?: number; message?: string }) => void; timeout: number; resetTimeoutOnProgress: boolean };
  resolve: (r: CallToolResult) => void;
  reject: (e: unknown) => void;
}

/** A client whose tools/call requests stay open until the test settles them. */
function fakeClient() {
  const sent: Sent[] = [];
  const client = {
    request: (request: unknown, _schema: unknown, options: Sent["options"]) =>
      new Promise<CallToolResult>((resolve, reject) => {
        sent.push({ request, options, resolve, reject });
        options.signal.addEventListener("abort", () => reject(options.signal.reason));
      }),
  } as unknown as Client;
  return { client, sent };
}

let n = 0;
const setup = () => {
  const fake = fakeClient();
  const tool = `tool${++n}`; // the history is page-wide: a fresh key per test
  const hook = renderHook(() => useToolCall(fake.client, "demo", tool, DEFAULT_TIMEOUTS));
  return { ...fake, hook, tool };
};

describe("useToolCall", () => {
  it("sends tools/call with progress and the timeouts, folds progress, records the result", async () => {
    const { sent, hook, tool } = setup();
    act(() => void hook.result.current.call({ steps: 2 }));
    expect(sent[0]!.request).toEqual({ method: "tools/call", params: { name: tool, arguments: { steps: 2 } } });
    expect(sent[0]!.options).toMatchObject({ timeout: 300_000, resetTimeoutOnProgress: true });
    act(() => sent[0]!.options.onprogress({ progress: 1, total: 2, message: "half" }));
    expect(hook.result.current.state).toMatchObject({ status: "progress", progress: { progress: 1, total: 2 } });
    await act(async () => sent[0]!.resolve({ content: [{ type: "text", text: "done" }] }));
    expect(hook.result.current.state.status).toBe("ok");
    expect(hook.result.current.history.map((e) => e.call.status)).toEqual(["ok"]);
  });

  it("cancels a call in flight: aborts the signal (the SDK's cue for notifications/cancelled)", async () => {
    const { sent, hook } = setup();
    act(() => void hook.result.current.call({}));
    await act(async () => hook.result.current.cancel());
    expect(sent[0]!.options.signal.aborted).toBe(true);
    expect(hook.result.current.state.status).toBe("cancelled");
    expect(hook.result.current.history[0]?.call.status).toBe("cancelled");
  });

  it("never aborts a call that already finished, not on cancel nor on unmount", async () => {
    const { sent, hook } = setup();
    act(() => void hook.result.current.call({}));
    await act(async () => sent[0]!.resolve({ content: [] }));
    act(() => hook.result.current.cancel());
    hook.unmount();
    expect(sent[0]!.options.signal.aborted).toBe(false);
  });

  it("reports the SDK's timeout as timed-out", async () => {
    const { sent, hook } = setup();
    act(() => void hook.result.current.call({}));
    await act(async () => sent[0]!.reject(new SdkError(SdkErrorCode.RequestTimeout, "Request timed out", { timeout: 300_000 })));
    expect(hook.result.current.state).toMatchObject({ status: "timed-out", limitMs: 300_000 });
    // The SDK already told the server about a plain timeout; no second notifications/cancelled.
    expect(sent[0]!.options.signal.aborted).toBe(false);
  });

  it("enforces the total limit by aborting the request, which cancels it on the server, progress or not", async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeClient();
      const tool = `tool${++n}`;
      const timeouts = { timeoutS: 300, maxTotalS: 1 };
      const hook = renderHook(() => useToolCall(fake.client, "demo", tool, timeouts));
      act(() => void hook.result.current.call({}));
      act(() => fake.sent[0]!.options.onprogress({ progress: 1 }));
      await act(async () => vi.advanceTimersByTimeAsync(1000));
      expect(fake.sent[0]!.options.signal.aborted).toBe(true);
      expect(hook.result.current.state).toMatchObject({ status: "timed-out", limitMs: 1000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("runs one call at a time and keeps the history newest first", async () => {
    const { sent, hook } = setup();
    act(() => void hook.result.current.call({ i: 1 }));
    act(() => void hook.result.current.call({ i: 2 })); // ignored: one is running
    expect(sent).toHaveLength(1);
    await act(async () => sent[0]!.resolve({ content: [] }));
    act(() => void hook.result.current.call({ i: 3 }));
    await act(async () => sent[1]!.resolve({ content: [], isError: true }));
    expect(hook.result.current.history.map((e) => [e.call.args, e.call.status])).toEqual([[{ i: 3 }, "tool-error"], [{ i: 1 }, "ok"]]);
  });
});
