import type { MessageFrame } from "@mcp-inspect/core";
import { prettyJson } from "../../ui/format";
import { levelRank } from "./log-levels";

export interface LogEntry {
  seq: number;
  /** Session time, ms. */
  t: number;
  level: string;
  logger?: string | undefined;
  data: unknown;
  /** `data` as shown: strings as they are, anything else as pretty JSON. */
  text: string;
}

/** A notifications/message frame as a log entry; the level is kept as sent, even when outside the spec. */
export function toLogEntry(frame: MessageFrame): LogEntry {
  const params = (frame.msg.params ?? {}) as { level?: unknown; logger?: unknown; data?: unknown };
  const level = typeof params.level === "string" ? params.level : "(no level)";
  const logger = typeof params.logger === "string" ? params.logger : undefined;
  const text = typeof params.data === "string" ? params.data : prettyJson(params.data);
  return { seq: frame.seq, t: frame.t, level, logger, data: params.data, text };
}

export interface LogFilter {
  /** Show this level and above. */
  minLevel: string;
  /** Case-insensitive text looked for in the logger name and the data. */
  search: string;
}

export function filterLogEntries(entries: readonly LogEntry[], { minLevel, search }: LogFilter): LogEntry[] {
  const min = levelRank(minLevel);
  const needle = search.trim().toLowerCase();
  return entries.filter(
    (entry) =>
      levelRank(entry.level) >= min &&
      (needle === "" || entry.text.toLowerCase().includes(needle) || (entry.logger ?? "").toLowerCase().includes(needle) || entry.level === needle),
  );
}
