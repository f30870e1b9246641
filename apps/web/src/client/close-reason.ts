import type { SdkErrorCode } from "@modelcontextprotocol/client";

// Read by the SDK's error brand (a registered symbol), not `instanceof SdkError`: mcp-session.ts loads the SDK on
// demand, and importing its classes here would pull it into the page's first chunk.
const SDK_BRANDS = Symbol.for("mcp.sdk.errorBrands");
const CONNECTION_CLOSED: `${SdkErrorCode.ConnectionClosed}` = "CONNECTION_CLOSED";

function isConnectionClosed(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const brands = (error as { [SDK_BRANDS]?: unknown })[SDK_BRANDS];
  return brands instanceof Set && brands.has("mcp.SdkError") && (error as { code?: unknown }).code === CONNECTION_CLOSED;
}

// Why each SDK client was closed: its pending requests only say "Connection closed".
const reasons = new WeakMap<object, string>();

/** Records why `client` is being closed (e.g. "server exited with code 7"); call before closing it. */
export function setCloseReason(client: object, reason: string): void {
  reasons.set(client, reason);
}

/** The error a pending request of `client` failed with, or the recorded reason when the client was closed under it. */
export function explainClosed(client: object, error: unknown): unknown {
  const reason = reasons.get(client);
  if (reason === undefined || !isConnectionClosed(error)) return error;
  return new Error(reason);
}
