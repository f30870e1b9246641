import { SdkError, SdkErrorCode, type Client } from "@modelcontextprotocol/client";
import { callToolResult } from "../../../client/call-tool-result";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { explainClosed } from "../../../client/close-reason";
import { callHistory, historyKey } from "./call-history";
import type { CallTimeouts } from "./call-settings";
import { requestTimeoutOptions, totalTimeLimitMs } from "./call-settings";
import { callReducer, IDLE, isFinished, isRunning, type CallEvent, type CallState } from "./call-state";

/**
 * One tool's calls: runs tools/call with progress, timeouts and cancellation, folds what happens
 * through `callReducer`, and records every finished call in the per-tool history.
 */
export function useToolCall(client: Client | undefined, server: string, tool: string, timeouts: CallTimeouts) {
  const [state, setState] = useState<CallState>(IDLE);
  const current = useRef<CallState>(IDLE);
  // The AbortController of the call in flight only: once a call finished, aborting it would send a
  // needless notifications/cancelled (the SDK never removes its abort listener).
  const live = useRef<{ callId: number; controller: AbortController } | undefined>(undefined);
  const nextId = useRef(1);
  const key = historyKey(server, tool);
  const history = useSyncExternalStore(callHistory.subscribe, () => callHistory.get(key));

  const apply = useCallback(
    (event: CallEvent) => {
      const before = current.current;
      const after = callReducer(before, event);
      if (after === before) return;
      current.current = after;
      setState(after);
      if (isFinished(after)) callHistory.add(key, Date.now() - after.durationMs, after);
    },
    [key],
  );

  const call = useCallback(
    async (args: Record<string, unknown>) => {
      if (!client || isRunning(current.current)) return;
      const callId = nextId.current++;
      const controller = new AbortController();
      live.current = { callId, controller };
      const startedAt = performance.now();
      apply({ type: "start", callId, args, at: startedAt });
      // The total limit aborts the request: the SDK then tells the server (notifications/cancelled) and rejects with
      // this error, which the reducer reads as a timeout with its limit.
      const limitMs = totalTimeLimitMs(timeouts);
      const totalTimer =
        limitMs === undefined
          ? undefined
          : setTimeout(() => controller.abort(new SdkError(SdkErrorCode.RequestTimeout, "Maximum total timeout exceeded", { maxTotalTimeout: limitMs, totalElapsed: Math.round(performance.now() - startedAt) })), limitMs);
      let outcome: CallEvent;
      try {
        // Raw tools/call (not client.callTool, which throws on an outputSchema mismatch): the inspector
        // shows what the server returned and flags the mismatch itself. onprogress adds a progressToken.
        const result = await client.request({ method: "tools/call", params: { name: tool, arguments: args } }, callToolResult, {
          signal: controller.signal,
          onprogress: (p) => apply({ type: "progress", callId, progress: { progress: p.progress, total: p.total, message: p.message } }),
          ...requestTimeoutOptions(timeouts),
        });
        outcome = { type: "result", callId, result, at: performance.now() };
      } catch (error) {
        outcome = { type: "error", callId, error: explainClosed(client, error), at: performance.now() };
      }
      clearTimeout(totalTimer);
      if (live.current?.callId === callId) live.current = undefined;
      apply(outcome);
    },
    [apply, client, timeouts, tool],
  );

  const cancel = useCallback(() => {
    const running = live.current;
    if (!running) return;
    live.current = undefined;
    // Cancelled first, so the SDK's rejection that follows is ignored by the reducer.
    apply({ type: "cancel", callId: running.callId, at: performance.now() });
    running.controller.abort("cancelled in mcp-inspect");
  }, [apply]);

  // Leaving the tool cancels its call in flight (the history records it as cancelled).
  useEffect(() => () => cancel(), [cancel]);

  return { state, history, call, cancel };
}
