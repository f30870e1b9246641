import { RELAY_PATH } from "@mcp-inspect/core";

/** `ws(s)://<host>/api/relay?token=...` for the page's own origin. */
export function relayUrl(location: Pick<Location, "protocol" | "host">, token: string): string {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}${RELAY_PATH}?token=${encodeURIComponent(token)}`;
}
