import type { MessageFrame } from "../frame";
import { isObject, type ProcessState } from "./checker-state";
import { META, paramsOf } from "./envelope";
import { finding, preview } from "./finding";
import type { Finding } from "./types";

/** The notifications 2026-07-28 delivers only on a subscriptions/listen stream (basic/patterns/subscriptions). */
const ON_LISTEN_STREAM = new Set([
  "notifications/subscriptions/acknowledged",
  "notifications/tools/list_changed",
  "notifications/prompts/list_changed",
  "notifications/resources/list_changed",
  "notifications/resources/updated",
]);

/** A change notification of a modern server: it names the subscriptions/listen request it is delivered for. */
export function subscriptionFindings(state: ProcessState, frame: MessageFrame, method: string): Finding[] {
  if (frame.dir !== "server->client" || !ON_LISTEN_STREAM.has(method)) return [];
  const meta = paramsOf(frame.msg)._meta;
  const id = isObject(meta) ? meta[META.subscriptionId] : undefined;
  const about = frame.seq;
  if (id === undefined) {
    return [finding("modern/subscription-id-missing", `${method} has no params._meta["${META.subscriptionId}"]: the client cannot tell which subscription it belongs to`, { about, path: "/params/_meta" })];
  }
  const listening = [...state.open.values()].some((open) => open.method === "subscriptions/listen" && open.frame.dir === "client->server" && open.frame.msg.id === id);
  if (listening) return [];
  return [finding("modern/subscription-id-missing", `${method} names subscription ${preview(id)}, but no subscriptions/listen request with that id is open`, { about, path: `/params/_meta/${META.subscriptionId}` })];
}
