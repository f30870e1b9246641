import type { SessionHeader } from "./session-file";

/**
 * The servers one inspector runs, as `GET /api/servers` lists them. A browser can start another
 * server only by naming a launcher the command line prepared (the target given on it, or an entry of
 * its `--config` file): no request carries a command, so no request can make the backend run one.
 */
export interface LiveServerInfo {
  /** Stable for the inspector's life: `s1`, `s2`, ... The relay and the API take it as `?server=`. */
  id: string;
  /** What its tab says: the config entry's name, or the command's script name, or the URL's host. */
  name: string;
  /** The launcher it was started from. */
  launcher: string;
  header: SessionHeader;
  /** Where its session is recorded. */
  sessionFile?: string;
  /** Remote servers: the headers sent with every request, values masked ("Bearer ****"). */
  headers?: Record<string, string>;
  /**
   * A session a `mcp-inspect proxy` publishes live (its client drives the server, not this inspector): read-only,
   * nothing can be sent to it. `ended` once the proxy is gone (the tab keeps its log). `client`: the client's name;
   * `error`: why the inspector cut the feed, when it did.
   */
  feed?: { state: "live" | "ended"; client?: string; error?: string };
}

export interface LauncherInfo {
  id: string;
  name: string;
  /** The command line or URL it starts, for the picker. */
  description: string;
  source: "command-line" | "config";
}

export interface ServersResponse {
  servers: LiveServerInfo[];
  launchers: LauncherInfo[];
  /** The `--config` file the config launchers come from. */
  configFile?: string;
  /**
   * `mcp-inspect open <file>`: the inspector shows this recorded session read-only (`GET /api/recording`)
   * and has no servers and no launchers.
   */
  recording?: { name: string };
  /** `mcp-inspect watch`: no target of its own; it waits for proxied sessions, sent by this command line. */
  watching?: { proxyCommand: string };
}

/** Query parameter naming the server on the relay and on `/api/info`, `/api/restart`, `/api/export`. */
export const SERVER_PARAM = "server";
