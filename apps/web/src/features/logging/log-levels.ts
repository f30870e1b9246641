import type { LoggingLevel } from "@modelcontextprotocol/client";

/** The RFC 5424 severities MCP uses, least severe first. */
export const LOG_LEVELS: readonly LoggingLevel[] = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"];

const COLORS: Record<LoggingLevel, string> = {
  debug: "gray",
  info: "blue",
  notice: "cyan",
  warning: "yellow",
  error: "red",
  critical: "red",
  alert: "pink",
  emergency: "grape",
};

export function isLogLevel(value: unknown): value is LoggingLevel {
  return typeof value === "string" && (LOG_LEVELS as readonly string[]).includes(value);
}

/** 0 for debug … 7 for emergency; an unknown level ranks above everything so filters never hide it. */
export function levelRank(level: string): number {
  const rank = (LOG_LEVELS as readonly string[]).indexOf(level);
  return rank === -1 ? LOG_LEVELS.length : rank;
}

/** The Mantine colour of a level's badge; orange for a level outside the spec. */
export function levelColor(level: string): string {
  return isLogLevel(level) ? COLORS[level] : "orange";
}
