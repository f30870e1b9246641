import type { CallToolResult } from "@modelcontextprotocol/client";
import { callHistory, historyKey } from "../tools";
import type { FinishedCall } from "../tools";
import { focusItem } from "../log";

export type RerunOutcome = { ok: true; result: unknown } | { ok: false; error: unknown };

/**
 * A re-run tools/call after a restart ends where any call's result goes: in the tool's history, shown
 * by its detail (which this opens), not only as "ok in 11 ms" in the banner. Other methods keep the
 * banner's outcome and its "Show in log" link.
 */
export function showRerunResult(server: string, params: unknown, outcome: RerunOutcome, durationMs: number, fromSeq: number): void {
  const p = (params ?? {}) as { name?: unknown; arguments?: unknown };
  if (typeof p.name !== "string") return;
  const args = (p.arguments ?? {}) as Record<string, unknown>;
  const base = { callId: -1, args, startedAt: performance.now() - durationMs, durationMs };
  const result = outcome.ok ? (outcome.result as CallToolResult) : undefined;
  const call: FinishedCall = result
    ? { ...base, status: result.isError === true ? "tool-error" : "ok", result }
    : { ...base, status: "rpc-error", error: outcome.ok ? undefined : outcome.error };
  callHistory.add(historyKey(server, p.name), Date.now() - durationMs, call, true);
  focusItem({ tab: "tools", name: p.name, fromSeq });
}
