import { SdkError, SdkErrorCode, type CallToolResult } from "@modelcontextprotocol/client";

/** Where one tools/call is: pending → progress → ok / tool-error / rpc-error / cancelled / timed-out. */
export type CallStatus = "idle" | "pending" | "progress" | "ok" | "tool-error" | "rpc-error" | "cancelled" | "timed-out";

export interface CallProgress {
  progress: number;
  total?: number | undefined;
  message?: string | undefined;
}

interface Running {
  callId: number;
  args: Record<string, unknown>;
  /** performance.now() when it was sent; durations come from it. */
  startedAt: number;
}

export type CallState =
  | { status: "idle" }
  | (Running & { status: "pending" })
  | (Running & { status: "progress"; progress: CallProgress })
  | (Running & { status: "ok" | "tool-error"; result: CallToolResult; durationMs: number })
  | (Running & { status: "rpc-error"; error: unknown; durationMs: number })
  | (Running & { status: "cancelled"; durationMs: number })
  | (Running & { status: "timed-out"; error: SdkError; limitMs: number | undefined; durationMs: number });

export type CallEvent =
  | { type: "start"; callId: number; args: Record<string, unknown>; at: number }
  | { type: "progress"; callId: number; progress: CallProgress }
  | { type: "result"; callId: number; result: CallToolResult; at: number }
  | { type: "error"; callId: number; error: unknown; at: number }
  | { type: "cancel"; callId: number; at: number };

export const IDLE: CallState = { status: "idle" };

export function isRunning(state: CallState): state is Extract<CallState, { status: "pending" | "progress" }> {
  return state.status === "pending" || state.status === "progress";
}

/** The SDK rejects a request it gave up on with RequestTimeout and its limit in `data`. */
export function timeoutLimit(error: unknown): { timedOut: false } | { timedOut: true; limitMs: number | undefined } {
  if (!(error instanceof SdkError) || error.code !== SdkErrorCode.RequestTimeout) return { timedOut: false };
  const data = (error.data ?? {}) as { timeout?: unknown; maxTotalTimeout?: unknown };
  const limit = typeof data.maxTotalTimeout === "number" ? data.maxTotalTimeout : data.timeout;
  // A server may itself answer with -32001; only the SDK's own timeouts carry their limit.
  if (typeof limit !== "number") return { timedOut: false };
  return { timedOut: true, limitMs: limit };
}

/**
 * Pure transition function. Events for another call (an older one) are dropped, and so is anything
 * after a final state: a late response to a cancelled call must not overwrite "Cancelled".
 */
export function callReducer(state: CallState, event: CallEvent): CallState {
  if (event.type === "start") return { status: "pending", callId: event.callId, args: event.args, startedAt: event.at };
  if (!isRunning(state) || state.callId !== event.callId) return state;
  const base = { callId: state.callId, args: state.args, startedAt: state.startedAt };
  switch (event.type) {
    case "progress":
      return { ...base, status: "progress", progress: event.progress };
    case "result":
      return { ...base, status: event.result.isError === true ? "tool-error" : "ok", result: event.result, durationMs: event.at - state.startedAt };
    case "cancel":
      return { ...base, status: "cancelled", durationMs: event.at - state.startedAt };
    case "error": {
      const durationMs = event.at - state.startedAt;
      const timeout = timeoutLimit(event.error);
      if (timeout.timedOut) return { ...base, status: "timed-out", error: event.error as SdkError, limitMs: timeout.limitMs, durationMs };
      return { ...base, status: "rpc-error", error: event.error, durationMs };
    }
  }
}

/** The finished states, the ones kept in the history. */
export type FinishedCall = Exclude<CallState, { status: "idle" | "pending" | "progress" }>;

export function isFinished(state: CallState): state is FinishedCall {
  return state.status !== "idle" && !isRunning(state);
}
