import type { AppDirection, AppRef, Frame, JsonRpcMessage } from "./frame";
import type { SessionHeader } from "./session-file";
import { appMessageProblem } from "./app-frame";

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
  return relayPayloadProblem(value) === undefined;
}

/** The usage line the relay answers a payload it cannot read with. */
export const RELAY_PAYLOAD_USAGE =
  'relay payloads are JSON text: {"type":"send","message":{...}}, {"type":"restart"} or {"type":"app-message","dir":"app->host"|"host->app","app":{"instance","uri","tool"?},"message":{...}}';

/**
 * What is wrong with a browser payload, or undefined when it is one the relay takes. An `app-message` is checked
 * field by field (its values are recorded and shown), so the answer names the field.
 */
export function relayPayloadProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return RELAY_PAYLOAD_USAGE;
  const v = value as Record<string, unknown>;
  if (v.type === "restart") return undefined;
  if (v.type === "send") return typeof v.message === "object" && v.message !== null && !Array.isArray(v.message) ? undefined : RELAY_PAYLOAD_USAGE;
  if (v.type === "app-message") {
    const problem = appMessageProblem(v);
    return problem === undefined ? undefined : `app-message not recorded: ${problem}`;
  }
  return RELAY_PAYLOAD_USAGE;
}

/** Where a 2026-07-28 notification names the subscriptions/listen stream it belongs to (the listen request's id). */
export const SUBSCRIPTION_ID_KEY = "io.modelcontextprotocol/subscriptionId";

