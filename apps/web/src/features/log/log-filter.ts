import type { Frame } from "@mcp-inspect/core";
import { isRequest, isResponse } from "@mcp-inspect/core";
import type { ExchangeIndex } from "./exchange-index";
import { matchesPath, type LogQuery } from "./log-query";
import { matchesText } from "./row-text";
import { isRpcFrame } from "./rpc-frame";

/** "app": every message between an MCP App and the inspector as its host (requests, answers, notifications alike). */
export const ROW_KINDS = ["request", "response", "notification", "app", "stderr", "stdout-noise", "process", "http", "check"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export interface LogFilter {
  query: LogQuery;
  /** Methods to show (a response counts as its request's method); empty = all. */
  methods: readonly string[];
  direction: "all" | "client->server" | "server->client";
  /** Kinds to show; check rows are off by default (findings are badges on their frames). */
  kinds: ReadonlySet<RowKind>;
  errorsOnly: boolean;
  slowOnly: boolean;
  slowMs: number;
}

export const DEFAULT_KINDS: ReadonlySet<RowKind> = new Set(ROW_KINDS.filter((k) => k !== "check"));

export const DEFAULT_FILTER: LogFilter = {
  query: { type: "all" },
  methods: [],
  direction: "all",
  kinds: DEFAULT_KINDS,
  errorsOnly: false,
  slowOnly: false,
  slowMs: 1000,
};

export function rowKind(frame: Frame): RowKind {
  if (frame.kind !== "message") return frame.kind as RowKind;
  if (isResponse(frame)) return "response";
  return isRequest(frame) ? "request" : "notification";
}

/** The method a row is about: its own, or for a response the request's (an app's too); undefined for non-messages. */
export function rowMethod(frame: Frame, exchanges: ExchangeIndex): string | undefined {
  if (!isRpcFrame(frame)) return undefined;
  if (typeof frame.msg.method === "string") return frame.msg.method;
  const method = exchanges.of(frame.seq)?.request.msg.method;
  return typeof method === "string" ? method : undefined;
}

/** A failure: an error response, a tool result with isError, a stdout-noise line, a bad process event, an error check. */
export function isErrorFrame(frame: Frame): boolean {
  switch (frame.kind) {
    case "message":
    case "app": {
      if ("error" in frame.msg) return true;
      const result = frame.msg.result as { isError?: unknown } | undefined;
      return result?.isError === true;
    }
    case "stdout-noise":
      return true;
    case "process":
      return frame.event === "error" || frame.event === "init-timeout" || (frame.event === "exit" && (frame.code !== 0 || frame.signal !== null));
    case "check":
      return frame.severity === "error";
    case "http":
      return frame.event === "failed" || frame.event === "error" || (frame.event === "response" && frame.status >= 400);
    default:
      return false;
  }
}

/** Whether the filter shows more than the default rows: then it depends on pairing and must be re-run when pairs change. */
export function isNarrowing(filter: LogFilter): boolean {
  return filter.query.type !== "all" || filter.methods.length > 0 || filter.direction !== "all" || filter.errorsOnly || filter.slowOnly;
}

export function matchesFilter(frame: Frame, filter: LogFilter, exchanges: ExchangeIndex): boolean {
  if (!filter.kinds.has(rowKind(frame))) return false;
  if (filter.direction !== "all" && (frame.kind !== "message" || frame.dir !== filter.direction)) return false;
  // A restart's stopping of the old process is planned, not a failure.
  if (filter.errorsOnly && (!isErrorFrame(frame) || exchanges.plannedExit(frame.seq) !== undefined)) return false;
  if (filter.methods.length > 0) {
    const method = rowMethod(frame, exchanges);
    if (method === undefined || !filter.methods.includes(method)) return false;
  }
  if (filter.slowOnly) {
    const x = isRpcFrame(frame) ? exchanges.of(frame.seq) : undefined;
    // The request and its response; a request with no answer yet is not known to be slow.
    if (!x || (x.request !== frame && x.response !== frame) || x.durationMs === undefined || x.durationMs < filter.slowMs) return false;
  }
  const q = filter.query;
  if (q.type === "text") return matchesText(frame, exchanges, q.needle);
  if (q.type === "path") return matchesPath(q, isRpcFrame(frame) ? frame.msg : frame);
  return true;
}
