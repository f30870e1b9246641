import type { Frame } from "./frame";

/** A server answer that SDK clients discard, so the request they sent looks unanswered (a timeout). */
export interface DroppedAnswer {
  /** The id of the request it answers. */
  id: string | number;
  seq: number;
  /** Why clients drop it, in a few words. */
  problem: string;
}

/**
 * Reads a server->client frame as an answer clients drop: a response whose "jsonrpc" is not "2.0" (the relay
 * records it as stdout noise) or one that carries both "result" and "error". The request it answers was
 * answered, so whoever waited for it must say so rather than "no answer in time".
 */
export function droppedAnswer(frame: Frame): DroppedAnswer | undefined {
  let msg: unknown;
  if (frame.kind === "message" && frame.dir === "server->client") msg = frame.msg;
  else if (frame.kind === "stdout-noise") {
    try {
      msg = JSON.parse(frame.text);
    } catch {
      return undefined;
    }
  } else return undefined;
  if (typeof msg !== "object" || msg === null || Array.isArray(msg)) return undefined;
  const m = msg as Record<string, unknown>;
  if (typeof m.method === "string" || (typeof m.id !== "string" && typeof m.id !== "number")) return undefined;
  const both = "result" in m && "error" in m;
  if (m.jsonrpc !== "2.0" && ("result" in m || "error" in m)) return { id: m.id, seq: frame.seq, problem: `"jsonrpc" is ${JSON.stringify(m.jsonrpc) ?? "missing"}, not "2.0"` };
  if (both) return { id: m.id, seq: frame.seq, problem: 'it carries both "result" and "error"' };
  return undefined;
}

/** The dropped answer to the last client request of `method` in `frames`, if the server sent one. */
export function droppedAnswerTo(frames: readonly Frame[], method: string): DroppedAnswer | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.kind !== "message" || f.dir !== "client->server" || f.msg.method !== method) continue;
    const id = f.msg.id;
    for (const later of frames.slice(i + 1)) {
      const dropped = droppedAnswer(later);
      if (dropped && dropped.id === id) return dropped;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The JSON-RPC id of a request whose POST the server refused with an HTTP error status, so no JSON-RPC answer will
 * come. Left alone: 401 and 403 (the client authorizes and the request is sent again), 404 and 405 (how an HTTP+SSE
 * server answers the Streamable HTTP POST: the backend falls back to SSE and sends the request again).
 */
export function httpRefusedRequest(frame: Frame): string | number | undefined {
  if (frame.kind !== "http" || frame.event !== "response" || frame.method !== "POST") return undefined;
  if (frame.status < 400 || [401, 403, 404, 405].includes(frame.status)) return undefined;
  return frame.requestId;
}
