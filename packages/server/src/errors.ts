import { AUTH_REQUIRED_CODE } from "@mcp-inspect/core";

/**
 * Every error the backend reports, with a stable code. Codes are part of the UI and terminal
 * contract; messages name the cause and the fix. Errors that cross the relay carry only code + message.
 */
export const ErrorCodes = {
  MISSING_TOKEN: "MCPI_MISSING_TOKEN",
  WRONG_TOKEN: "MCPI_WRONG_TOKEN",
  FOREIGN_HOST: "MCPI_FOREIGN_HOST",
  FOREIGN_ORIGIN: "MCPI_FOREIGN_ORIGIN",
  BAD_RELAY_PAYLOAD: "MCPI_BAD_RELAY_PAYLOAD",
  SERVER_NOT_RUNNING: "MCPI_SERVER_NOT_RUNNING",
  DUPLICATE_ANSWER: "MCPI_DUPLICATE_ANSWER",
  COMMAND_NOT_FOUND: "MCPI_COMMAND_NOT_FOUND",
  NOT_EXECUTABLE: "MCPI_NOT_EXECUTABLE",
  CWD_NOT_FOUND: "MCPI_CWD_NOT_FOUND",
  SPAWN_FAILED: "MCPI_SPAWN_FAILED",
  STDOUT_CLOSED: "MCPI_STDOUT_CLOSED",
  HTTP_UNREACHABLE: "MCPI_HTTP_UNREACHABLE",
  HTTP_ERROR: "MCPI_HTTP_ERROR",
  UNKNOWN_SERVER: "MCPI_UNKNOWN_SERVER",
  UNKNOWN_LAUNCHER: "MCPI_UNKNOWN_LAUNCHER",
  NOT_REMOTE: "MCPI_NOT_REMOTE",
  BAD_HEADER: "MCPI_BAD_HEADER",
  BAD_REQUEST: "MCPI_BAD_REQUEST",
  READ_ONLY_SERVER: "MCPI_READ_ONLY_SERVER",
  BAD_FEED: "MCPI_BAD_FEED",
  FEED_TOO_LARGE: "MCPI_FEED_TOO_LARGE",
  TOO_MANY_FEEDS: "MCPI_TOO_MANY_FEEDS",
  NOT_LOOPBACK: "MCPI_NOT_LOOPBACK",
  AUTH_REQUIRED: AUTH_REQUIRED_CODE,
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
