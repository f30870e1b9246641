import type { Frame } from "@mcp-inspect/core";

/** The level of the last `logging/setLevel` the server accepted after `sinceSeq` (its spawn); undefined if none. */
export function requestedLevel(frames: readonly Frame[], sinceSeq: number): string | undefined {
  const open = new Map<string, string>();
  let level: string | undefined;
  for (const frame of frames) {
    if (frame.seq <= sinceSeq || frame.kind !== "message") continue;
    const { msg } = frame;
    if (typeof msg.id !== "string" && typeof msg.id !== "number") continue;
    const id = String(msg.id);
    if (frame.dir === "client->server" && msg.method === "logging/setLevel") {
      const requested = (msg.params as { level?: unknown } | undefined)?.level;
      if (typeof requested === "string") open.set(id, requested);
    } else if (frame.dir === "server->client" && msg.method === undefined && open.has(id)) {
      if ("result" in msg) level = open.get(id);
      open.delete(id);
    }
  }
  return level;
}
