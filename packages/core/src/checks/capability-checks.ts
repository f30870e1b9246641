import type { MessageFrame } from "../frame";
import { isObject, type ProcessState } from "./checker-state";
import { finding } from "./finding";
import type { Finding } from "./types";

/** The server capability (path) a server notification or a server result implies. */
const SERVER_NEEDS: Record<string, string> = {
  "notifications/tools/list_changed": "tools.listChanged",
  "notifications/prompts/list_changed": "prompts.listChanged",
  "notifications/resources/list_changed": "resources.listChanged",
  "notifications/resources/updated": "resources.subscribe",
  "notifications/message": "logging",
  "tools/list": "tools",
  "tools/call": "tools",
  "prompts/list": "prompts",
  "prompts/get": "prompts",
  "resources/list": "resources",
  "resources/read": "resources",
  "resources/templates/list": "resources",
  "resources/subscribe": "resources.subscribe",
  "resources/unsubscribe": "resources.subscribe",
  "logging/setLevel": "logging",
  "completion/complete": "completions",
};

/** The client capability a server-to-client request needs. */
const CLIENT_NEEDS: Record<string, string> = {
  "sampling/createMessage": "sampling",
  "roots/list": "roots",
  "elicitation/create": "elicitation",
};

/**
 * Features used without being negotiated. Called for server notifications, server requests and
 * server results (with the method they answer); silent until initialize told us the capabilities.
 */
export function capabilityFindings(state: ProcessState, frame: MessageFrame, method: string): Finding[] {
  if (frame.dir !== "server->client") return [];
  const isRequest = typeof frame.msg.method === "string" && "id" in frame.msg;
  if (isRequest) {
    const need = CLIENT_NEEDS[method];
    if (!need || !state.clientCaps || has(state.clientCaps, need)) return [];
    return [finding("capability/undeclared", `server sent ${method}, but the client did not declare the "${need}" capability`, { about: frame.seq, path: "/method" })];
  }
  const need = SERVER_NEEDS[method];
  // Completions had no capability before 2025-03-26.
  if (!need || !state.serverCaps || has(state.serverCaps, need) || (need === "completions" && (state.version ?? "") < "2025-03-26")) return [];
  const what = "result" in frame.msg ? `answered ${method} with a result` : `sent ${method}`;
  return [finding("capability/undeclared", `server ${what}, but its initialize result does not declare capabilities.${need}`, { about: frame.seq, path: "method" in frame.msg ? "/method" : "/result" })];
}

function has(caps: Record<string, unknown>, path: string): boolean {
  const [head, sub] = path.split(".") as [string, string | undefined];
  const value = caps[head];
  if (value === undefined || value === null || value === false) return false;
  return sub === undefined || (isObject(value) && value[sub] !== undefined && value[sub] !== false);
}
