import type { Frame } from "@mcp-inspect/core";
import { summarizeFrame } from "./log-row-summary";
import { boundedJson } from "./bounded-json";
import type { ExchangeIndex } from "./exchange-index";
import { isRpcFrame } from "./rpc-frame";

/** How much of a message text search reads: enough for any normal message, bounded for a 10 MB one. */
const SEARCH_CHARS = 64 * 1024;
const bodies = new WeakMap<Frame, string>();

/**
 * Whether the row's summary (an app row's "app → host" too) or (the first 64 KB of) its message JSON contains `needle`
 * (lower case); an app row's body also has its app (instance, uri, tool). Bodies are cached per frame.
 */
export function matchesText(frame: Frame, exchanges: ExchangeIndex, needle: string): boolean {
  let body = bodies.get(frame);
  if (body === undefined) {
    body = frameBody(frame).toLowerCase();
    bodies.set(frame, body);
  }
  if (body.includes(needle)) return true;
  const x = isRpcFrame(frame) ? exchanges.of(frame.seq) : undefined;
  const s = summarizeFrame(frame, x && { request: x.request, response: x.response, durationMs: x.durationMs });
  return `${s.label} #${String(s.id ?? "")} ${s.detail ?? ""} ${s.app?.dir ?? ""}`.toLowerCase().includes(needle);
}

function frameBody(frame: Frame): string {
  switch (frame.kind) {
    case "message":
      // Native stringify is much faster when the wire size says the message is small.
      return frame.bytes !== undefined && frame.bytes <= SEARCH_CHARS ? JSON.stringify(frame.msg) : boundedJson(frame.msg, SEARCH_CHARS).text;
    case "stderr":
      return frame.text;
    case "stdout-noise":
      return `${frame.text} ${frame.reason}`;
    // The message and which app it belongs to (instance, uri, tool): searching "ui://get-time" finds its app's rows.
    case "app":
      return `${JSON.stringify(frame.app)} ${boundedJson(frame.msg, SEARCH_CHARS).text}`;
    default:
      return boundedJson(frame, SEARCH_CHARS).text;
  }
}
