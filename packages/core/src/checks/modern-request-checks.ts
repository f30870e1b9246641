import type { MessageFrame } from "../frame";
import { isObject, type OpenRequest, type ProcessState } from "./checker-state";
import { META, metaOf } from "./envelope";
import { finding, preview } from "./finding";
import type { RuleId } from "./rules";
import type { Finding } from "./types";

/** Methods the modern era removed, each with the rule that says what replaces it. */
const REPLACED = new Map<string, RuleId>([
  ["logging/setLevel", "deprecated/logging"],
  ["resources/subscribe", "deprecated/resources-subscribe"],
  ["resources/unsubscribe", "deprecated/resources-subscribe"],
]);

/**
 * A client request of a modern session (2026-07-28 on): the `_meta` envelope it must carry, and features the
 * revision deprecated or replaced. `open` is the request as the checker keeps it (its envelope version and caps).
 */
export function modernRequestFindings(state: ProcessState, frame: MessageFrame, method: string, open: OpenRequest | undefined): Finding[] {
  const out: Finding[] = [];
  const about = frame.seq;
  const meta = metaOf(frame.msg);
  const missing = [META.protocolVersion, META.clientCapabilities].filter((key) => meta?.[key] === undefined);
  if (!isObject(frame.msg.params)) {
    out.push(finding("modern/request-meta-missing", `${method} has no params, so no _meta envelope (${missing.join(", ")})`, { about, path: "/params" }));
  } else if (!meta) {
    out.push(finding("modern/request-meta-missing", `${method} has no params._meta (${missing.join(", ")} are required in 2026-07-28)`, { about, path: "/params/_meta" }));
  } else {
    for (const key of missing) out.push(finding("modern/request-meta-missing", `${method} lacks params._meta["${key}"]`, { about, path: `/params/_meta/${key}` }));
  }
  if (meta && meta[META.clientInfo] === undefined && out.length === 0) {
    out.push(finding("modern/client-info-missing", `${method} does not say which client sends it (params._meta["${META.clientInfo}"])`, { about, path: "/params/_meta" }));
  }
  const replaced = REPLACED.get(method);
  if (replaced) out.push(...once(state, replaced, `${method} sent in a ${open?.version ?? state.version} session`, about));
  return out;
}

/** `initialize` after the server answered server/discover: a client that found a modern server fell back anyway. */
export function initializeFindings(state: ProcessState, frame: MessageFrame): Finding[] {
  // The discover probe of an auto client that falls back is no request a legacy server had to answer.
  for (const open of state.open.values()) if (open.method === "server/discover" && open.frame.dir === "client->server") open.probe = true;
  if (!state.discovered) return [];
  return once(state, "deprecated/initialize", `client sent initialize although the server answered server/discover (${state.version})`, frame.seq);
}

/** A server-to-client request in a modern session: the era carries them inside input_required results. */
export function serverRequestFindings(frame: MessageFrame, method: string): Finding[] {
  return [finding("modern/server-request", `server sent request ${method} (id ${preview(frame.msg.id)}) in a 2026-07-28 session; put it in an input_required result's inputRequests`, { about: frame.seq, path: "/method" })];
}

/** A deprecated feature is worth saying once per process, not at every use. */
export function once(state: ProcessState, rule: RuleId, message: string, about: number, path?: string): Finding[] {
  if (state.reported.has(rule)) return [];
  state.reported.add(rule);
  return [finding(rule, `${message} (said once per session)`, { about, ...(path ? { path } : {}) })];
}

/** The client capabilities a modern request declares in its envelope. */
export function envelopeCaps(frame: MessageFrame): Record<string, unknown> | undefined {
  const caps = metaOf(frame.msg)?.[META.clientCapabilities];
  return isObject(caps) ? caps : undefined;
}

