import type { Frame } from "@mcp-inspect/core";
import { isRequest, isResponse, messageId } from "@mcp-inspect/core";
import { summarizeHttpFrame } from "./http-row-summary";
import { appDirectionText, appRefText, type RpcFrame } from "./rpc-frame";
import type { LogRowSummary } from "./row-summary";

export type { LogRowSummary, RowTone } from "./row-summary";

/** How a frame relates to the others (core's Pairing, for app frames too): a request and its answer find each other here. */
export interface RowPairing {
  request?: RpcFrame;
  response?: RpcFrame;
  durationMs?: number;
}

/**
 * `plannedRestart`: for an exit frame, why the process was stopped on purpose (a restart replacing it):
 * that exit is a neutral "restarted" row, not a red "killed by SIGTERM".
 */
export function summarizeFrame(frame: Frame, pairing: RowPairing | undefined, plannedRestart?: string): LogRowSummary {
  switch (frame.kind) {
    case "app":
      // Labelled like a message (method, "result <method>", "error <method>"); the direction is the app's, not an arrow.
      return { ...summarizeRpc(frame, pairing, ""), app: { dir: appDirectionText(frame), ref: appRefText(frame) } };
    case "message":
      return summarizeRpc(frame, pairing, frame.dir === "client->server" ? "→" : "←");
    case "stdout-noise":
      return { arrow: "←", label: "stdout (not JSON-RPC)", detail: `${frame.text} — ${frame.reason}`, tone: "warning" };
    case "stderr":
      return { arrow: "", label: "stderr", detail: frame.text, tone: "process" };
    case "http":
      return summarizeHttpFrame(frame);
    case "check":
      // Shown only with the log's "checks" chip on; normally findings are badges on their frames.
      return {
        arrow: "",
        label: `check ${frame.rule}`,
        detail: frame.about === undefined ? frame.message : `${frame.message} (frame ${frame.about})`,
        tone: frame.severity === "error" ? "error" : frame.severity === "warning" ? "warning" : "process",
      };
    case "process":
      switch (frame.event) {
        case "spawn":
          // A remote target "spawns" when it connects (pid 0, the URL as command).
          if (frame.pid === 0) return { arrow: "", label: "connect", detail: frame.command, tone: "process" };
          return { arrow: "", label: "process spawn", detail: `pid ${frame.pid}: ${[frame.command, ...frame.args].join(" ")}`, tone: "process" };
        case "exit":
          if (plannedRestart !== undefined) return { arrow: "", label: "process exit", detail: `restarted (${plannedRestart})`, tone: "process" };
          return {
            arrow: "",
            label: "process exit",
            detail: frame.signal ? `killed by ${frame.signal}` : `code ${String(frame.code)}`,
            tone: frame.code === 0 && !frame.signal ? "process" : "process-bad",
          };
        case "error":
          return { arrow: "", label: "process error", detail: `${frame.code}: ${frame.message}`, tone: "process-bad" };
        case "init-timeout":
          return { arrow: "", label: "init timeout", detail: `no initialize answer after ${frame.timeoutMs} ms`, tone: "warning" };
        case "restart":
          return { arrow: "", label: "process restart", tone: "process" };
      }
  }
  // A frame kind this UI does not know yet (a newer backend): show it rather than crash.
  return { arrow: "", label: String((frame as { kind?: unknown }).kind), tone: "process" };
}

/** A JSON-RPC message's row: its method, or "result <method>" / "error <method>" for an answer, with the pair's latency. */
function summarizeRpc(frame: RpcFrame, pairing: RowPairing | undefined, arrow: LogRowSummary["arrow"]): LogRowSummary {
  const id = messageId(frame);
  const method = typeof frame.msg.method === "string" ? frame.msg.method : undefined;
  if (isResponse(frame)) {
    const failed = "error" in frame.msg;
    const toolError = isToolErrorResult(frame.msg.result);
    const answered = pairing?.request?.msg.method;
    const label = `${failed ? "error" : "result"}${typeof answered === "string" ? ` ${answered}` : ""}`;
    const error = frame.msg.error as { code?: unknown; message?: unknown } | undefined;
    const detail = failed && error ? `${String(error.code)}: ${String(error.message)}` : toolError ? `isError: ${toolErrorText(frame.msg.result)}` : undefined;
    return { arrow, label, id, durationMs: pairing?.durationMs, detail, tone: failed || toolError ? "error" : "result" };
  }
  if (method !== undefined && isRequest(frame)) {
    return { arrow, label: method, id, durationMs: pairing?.durationMs, tone: "request" };
  }
  return { arrow, label: method ?? "(message)", id, tone: "notification" };
}

/** A tools/call result with `isError: true`: the call failed, though the JSON-RPC exchange did not. */
export function isToolErrorResult(result: unknown): boolean {
  return typeof result === "object" && result !== null && (result as { isError?: unknown }).isError === true;
}

/** A response that reports a failure: a JSON-RPC error, or a tool result with isError. */
export function isFailedResponse(msg: Record<string, unknown>): boolean {
  return "error" in msg || isToolErrorResult(msg.result);
}

/** The first text block of a failed tool result, which is where servers put the reason. */
function toolErrorText(result: unknown): string {
  const content = (result as { content?: unknown }).content;
  const text = Array.isArray(content) ? content.find((c): c is { type: "text"; text: string } => c?.type === "text" && typeof c.text === "string") : undefined;
  return text ? text.text : "true";
}
