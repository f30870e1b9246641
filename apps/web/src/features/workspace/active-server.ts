import type { LiveServerInfo } from "@mcp-inspect/core";

/** The server whose tab is shown: the one asked for while it lives, else the first. */
export function activeServer(servers: readonly LiveServerInfo[], wanted: string | undefined): LiveServerInfo | undefined {
  return servers.find((s) => s.id === wanted) ?? servers[0];
}

/** Which tab to show once `closed` goes: the one left of it, as browsers do, else the next. */
export function tabAfterClose(servers: readonly LiveServerInfo[], closed: string): string | undefined {
  const index = servers.findIndex((s) => s.id === closed);
  if (index < 0) return undefined;
  return (servers[index - 1] ?? servers[index + 1])?.id;
}

/** A tab strip is worth its room once there is a second server, or a second thing to start, or a proxied session (its tab names the client). */
export function showsServerTabs(servers: number, launchers: number, feeds = 0): boolean {
  return servers > 1 || launchers > 1 || feeds > 0;
}
