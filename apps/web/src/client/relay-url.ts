import { RELAY_PATH, SERVER_PARAM } from "@mcp-inspect/core";

/** `ws(s)://<host>/api/relay?token=...&server=...` for the page's own origin; no server means the first one. */
export function relayUrl(location: Pick<Location, "protocol" | "host">, token: string, server?: string): string {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const serverParam = server ? `&${SERVER_PARAM}=${encodeURIComponent(server)}` : "";
  return `${scheme}://${location.host}${RELAY_PATH}?token=${encodeURIComponent(token)}${serverParam}`;
}
