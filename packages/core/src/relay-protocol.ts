import type { AppDirection, AppRef, Frame, JsonRpcMessage } from "./frame";
import type { SessionHeader } from "./session-file";

/** Path of the relay WebSocket; the token goes in the `token` query parameter. */
export const RELAY_PATH = "/api/relay";

/** Backend -> browser. */
export type RelayServerPayload =
  /**
   * First payload on every connection: the session so far, so a reload loses nothing. A long history
   * comes in several `hello`s of the same header, in seq order, all but the last with `more: true`;
   * live `frame`s start after the last.
   */
  | { type: "hello"; header: SessionHeader; frames: Frame[]; more?: boolean }
  /**
   * `deliverId`, on server answers only: this tab's own request id, to put back in place of the wire
   * id before its MCP client gets `frame.msg`; null when the answer is for another tab. Only the id
   * travels, so a 50 MB result is not sent twice. On a notification of a 2026-07-28
   * `subscriptions/listen` stream it is the tab's own listen request id, to put back as the
   * notification's `_meta` subscription id (which names the stream by the request's wire id).
   */
  | { type: "frame"; frame: Frame; deliverId?: string | number | null }
  | { type: "error"; code: string; message: string };

/** Browser -> backend. Nothing here can choose a command: the target is fixed by the command line. */
export type RelayClientPayload =
  | { type: "send"; message: JsonRpcMessage }
  | { type: "restart" }
  /** A message between an MCP App and this page as its host: recorded as an `app` frame (never sent to the server). */
  | { type: "app-message"; dir: AppDirection; app: AppRef; message: JsonRpcMessage };

export function isRelayClientPayload(value: unknown): value is RelayClientPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { type?: unknown; message?: unknown };
  if (v.type === "restart") return true;
  return v.type === "send" && typeof v.message === "object" && v.message !== null && !Array.isArray(v.message);
}

/** Where a 2026-07-28 notification names the subscriptions/listen stream it belongs to (the listen request's id). */
export const SUBSCRIPTION_ID_KEY = "io.modelcontextprotocol/subscriptionId";

