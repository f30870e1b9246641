import { appFrameProblem } from "./app-frame";
import type { Frame, FrameKind } from "./frame";
import { CLIENT_INFO_META_KEY } from "./protocol-era";
import { SESSION_FORMAT, SessionFileError, validateSessionHeader, type SessionHeader } from "./session-header";

/**
 * The live feed of a proxied session (`mcp-inspect proxy` -> a running inspector): a WebSocket on which the proxy
 * sends `session` first, then every frame of that session as it happens, already numbered by the proxy. The
 * inspector shows it as a read-only server tab; nothing travels the other way except a refusal (`error`, then close).
 */
export const PROXY_FEED_PATH = "/api/proxy-feed";

export type ProxyFeedPayload =
  /** First: what the proxy records (its session header) and the server's name (`--name`, else the script's name). */
  | { type: "session"; header: SessionHeader; name: string }
  | { type: "frame"; frame: Frame };

/** The inspector's answer to a feed it cuts, just before closing it. */
export interface ProxyFeedRefusal {
  type: "error";
  code: string;
  message: string;
}

/** Close code of a feed cut for what it sent (junk, flood, out of order): the proxy should not send it again. */
export const FEED_CLOSE_REFUSED = 4400;

const KINDS: ReadonlySet<FrameKind> = new Set(["message", "stderr", "stdout-noise", "process", "check", "http", "app"]);
const MAX_NAME = 200;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `session` payload's header and name, or a one-sentence problem. */
export function parseFeedSession(payload: unknown): { header: SessionHeader; name: string } | { problem: string } {
  if (!isObject(payload) || payload.type !== "session") return { problem: 'the first message must be { "type": "session", "header", "name" }' };
  if (typeof payload.name !== "string" || payload.name === "" || payload.name.length > MAX_NAME) return { problem: `"name" must be a string of 1 to ${MAX_NAME} characters` };
  const raw = payload.header;
  if (!isObject(raw) || raw.format !== SESSION_FORMAT || typeof raw.version !== "number") return { problem: `"header" must be a session header ("format": "${SESSION_FORMAT}")` };
  try {
    return { header: validateSessionHeader(raw), name: payload.name };
  } catch (error) {
    if (error instanceof SessionFileError) return { problem: error.message };
    throw error;
  }
}

/**
 * The frame of a `frame` payload, or a problem. `afterSeq`: the last seq the feed sent; frames come in order, each
 * numbered above the one before (the checks' `about` refers to those numbers, so they are kept, never renumbered).
 */
export function parseFeedFrame(payload: unknown, afterSeq: number): { frame: Frame } | { problem: string } {
  if (!isObject(payload) || payload.type !== "frame" || !isObject(payload.frame)) return { problem: 'expected { "type": "frame", "frame": {...} }' };
  const frame = payload.frame;
  if (typeof frame.seq !== "number" || !Number.isSafeInteger(frame.seq) || frame.seq <= afterSeq) return { problem: `frame "seq" must be a whole number above ${afterSeq}` };
  if (typeof frame.t !== "number" || !Number.isFinite(frame.t)) return { problem: `frame ${frame.seq}: "t" must be a number` };
  if (!KINDS.has(frame.kind as FrameKind)) return { problem: `frame ${frame.seq}: unknown "kind" ${JSON.stringify(frame.kind)?.slice(0, 40)}` };
  if (frame.kind === "message" && ((frame.dir !== "client->server" && frame.dir !== "server->client") || !isObject(frame.msg))) {
    return { problem: `frame ${frame.seq}: a message frame needs "dir" and an object "msg"` };
  }
  const appProblem = appFrameProblem(frame as unknown as Frame);
  if (appProblem !== undefined) return { problem: `frame ${frame.seq}: ${appProblem}` };
  return { frame: frame as unknown as Frame };
}

/** The client's `clientInfo.name` when this frame is its `initialize` request (2025 era). */
export function initializeClientName(frame: Frame): string | undefined {
  if (frame.kind !== "message" || frame.dir !== "client->server" || frame.msg.method !== "initialize") return undefined;
  const info = (frame.msg.params as { clientInfo?: { name?: unknown } } | undefined)?.clientInfo;
  return typeof info?.name === "string" && info.name ? info.name.slice(0, MAX_NAME) : undefined;
}

/**
 * The client's name from a 2026-07-28 request's `_meta` envelope (`io.modelcontextprotocol/clientInfo`), which
 * takes the place of initialize's `clientInfo` in that era.
 */
export function envelopeClientName(frame: Frame): string | undefined {
  if (frame.kind !== "message" || frame.dir !== "client->server") return undefined;
  const meta = (frame.msg.params as { _meta?: Record<string, unknown> } | undefined)?._meta;
  const info = meta?.[CLIENT_INFO_META_KEY] as { name?: unknown } | undefined;
  return typeof info?.name === "string" && info.name ? info.name.slice(0, MAX_NAME) : undefined;
}

/** A proxied session's tab label: "claude-code → weather" once the client said who it is, the server's name before. */
export function proxiedSessionLabel(server: string, client: string | undefined): string {
  return client ? `${client} → ${server}` : server;
}
