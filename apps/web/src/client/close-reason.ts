import { SdkError, SdkErrorCode } from "@modelcontextprotocol/client";

// Why each SDK client was closed: its pending requests only say "Connection closed".
const reasons = new WeakMap<object, string>();

/** Records why `client` is being closed (e.g. "server exited with code 7"); call before closing it. */
export function setCloseReason(client: object, reason: string): void {
  reasons.set(client, reason);
}

/** The error a pending request of `client` failed with, or the recorded reason when the client was closed under it. */
export function explainClosed(client: object, error: unknown): unknown {
  const reason = reasons.get(client);
  if (reason === undefined || !(error instanceof SdkError) || error.code !== SdkErrorCode.ConnectionClosed) return error;
  return new Error(reason);
}
