import type { Frame } from "@mcp-inspect/core";

/**
 * The URIs the running server process has accepted subscriptions to: `resources/subscribe` requests
 * answered with a result, minus accepted `resources/unsubscribe`s, over the frames after `sinceSeq`
 * (the process's spawn). Read from the wire, so it survives a reload and counts other tabs' clients.
 */
export function subscribedUris(frames: readonly Frame[], sinceSeq: number): Set<string> {
  const open = new Map<string, { method: string; uri: string }>();
  const uris = new Set<string>();
  for (const frame of frames) {
    if (frame.seq <= sinceSeq || frame.kind !== "message") continue;
    const { msg } = frame;
    const id = typeof msg.id === "string" || typeof msg.id === "number" ? String(msg.id) : undefined;
    if (id === undefined) continue;
    if (frame.dir === "client->server" && (msg.method === "resources/subscribe" || msg.method === "resources/unsubscribe")) {
      const uri = (msg.params as { uri?: unknown } | undefined)?.uri;
      if (typeof uri === "string") open.set(id, { method: msg.method, uri });
    } else if (frame.dir === "server->client" && msg.method === undefined) {
      const request = open.get(id);
      if (!request) continue;
      open.delete(id);
      if (!("result" in msg)) continue;
      if (request.method === "resources/subscribe") uris.add(request.uri);
      else uris.delete(request.uri);
    }
  }
  return uris;
}
