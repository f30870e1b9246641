import { INIT_TIMEOUT_CODE, type ConnectionState, type SessionTarget } from "@mcp-inspect/core";

/** The backend's codes for a remote server it could not reach, or that answered with an HTTP error. */
const HTTP_UNREACHABLE = "MCPI_HTTP_UNREACHABLE";
const HTTP_ERROR = "MCPI_HTTP_ERROR";

/**
 * What happened to the HTTP connection of a remote target, in one phrase, read from the backend's
 * reason (which carries Node's error code: ECONNREFUSED, ENOTFOUND...) or its HTTP status.
 */
export function httpFailure(state: ConnectionState): string | undefined {
  if (state.phase === "exited") return "the connection was closed";
  if (state.phase !== "failed") return undefined;
  const reason = state.reason;
  const status = /answered HTTP (\d{3})/.exec(reason)?.[1];
  if (status || state.code === HTTP_ERROR) return status ? `the server answered HTTP ${status}` : "the server answered with an HTTP error";
  if (/ECONNREFUSED/.test(reason)) return "connection refused: nothing is listening at that address and port";
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(reason)) return "DNS lookup failed: the host name does not resolve";
  if (/CERT|certificate|SSL|TLS|EPROTO/i.test(reason)) return "the TLS handshake failed (certificate or protocol)";
  if (/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|timed? ?out/i.test(reason)) return "the connection timed out";
  if (/ECONNRESET|socket hang up|UND_ERR_SOCKET|other side closed/i.test(reason)) return "the connection was reset by the server";
  if (/EHOSTUNREACH|ENETUNREACH/.test(reason)) return "the host is unreachable from this machine";
  if (state.code === HTTP_UNREACHABLE) return "the server could not be reached";
  return undefined;
}

/** Why a list (tools, resources, prompts) shows nothing while the server is not usable, in the target's own terms. */
export function notUsableNote(state: ConnectionState, target: SessionTarget | undefined, what: string): string {
  if (state.phase === "failed" && state.code === INIT_TIMEOUT_CODE) {
    return `The server did not answer the handshake (server/discover or initialize) in time, so it cannot list its ${what}. Fix it, then restart it.`;
  }
  if (target?.type === "http") {
    const failure = httpFailure(state);
    return `Not connected to the server${failure ? ` (${failure})` : ""}. Reconnect to list its ${what}.`;
  }
  return `The server is not running. Restart it to list its ${what}.`;
}
