import type { Frame, JsonRpcMessage } from "./frame";
import type { SessionHeader } from "./session-file";

/** Path of the relay WebSocket; the token goes in the `token` query parameter. */
export const RELAY_PATH = "/api/relay";

/** Backend -> browser. */
export type RelayServerPayload =
  /** First payload on every connection: the session so far, so a reload loses nothing. */
  | { type: "hello"; header: SessionHeader; frames: Frame[] }
  | { type: "frame"; frame: Frame }
  | { type: "error"; code: string; message: string };

/** Browser -> backend. Nothing here can choose a command: the target is fixed by the command line. */
export type RelayClientPayload =
  | { type: "send"; message: JsonRpcMessage }
  | { type: "restart" };

export function isRelayClientPayload(value: unknown): value is RelayClientPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { type?: unknown; message?: unknown };
  if (v.type === "restart") return true;
  return v.type === "send" && typeof v.message === "object" && v.message !== null && !Array.isArray(v.message);
}
