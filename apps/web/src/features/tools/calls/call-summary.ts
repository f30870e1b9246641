import { formatDuration } from "../../../ui/format";
import type { FinishedCall } from "./call-state";

const LABELS: Record<FinishedCall["status"], string> = {
  ok: "OK",
  "tool-error": "Tool error",
  "rpc-error": "JSON-RPC error",
  cancelled: "Cancelled",
  "timed-out": "Timed out",
};

export function statusLabel(call: FinishedCall): string {
  return LABELS[call.status];
}

/** "Timed out after 300 s": the limit that tripped, else how long it ran. */
export function timedOutText(limitMs: number | undefined, durationMs: number): string {
  return `Timed out after ${limitMs !== undefined ? `${+(limitMs / 1000).toFixed(1)} s` : formatDuration(durationMs)}`;
}

/** Arguments on one line for the history: compact JSON, cut short. */
export function argsSummary(args: Record<string, unknown>, max = 80): string {
  const json = JSON.stringify(args) ?? "{}";
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}

/** Wall-clock time of day, HH:MM:SS. */
export function timeOfDay(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour12: false });
}
