import { createContext } from "react";
import type { AppDirection, AppRef, JsonRpcMessage, ProtocolMode } from "@mcp-inspect/core";
import type { SessionSnapshot } from "./mcp-session";

/** A session a `mcp-inspect proxy` publishes live: its client drives the server, this page only watches. */
export interface ProxiedFeed {
  state: "live" | "ended";
  /** The tab's label: "claude-code → weather". */
  label: string;
  client?: string;
  /** Why the inspector cut the feed, when it did. */
  error?: string;
}

export interface SessionValue {
  snapshot: SessionSnapshot;
  /** Asks the backend to restart the server process. */
  restart: () => void;
  /** Restarts the server and connects in `mode` (a revision or auto); absent for a recorded session. */
  reconnectWith?: (mode: ProtocolMode) => void;
  /** Records a message between an MCP App and this page (an `app` frame); absent for a recorded session. */
  recordAppMessage?: (dir: AppDirection, app: AppRef, message: JsonRpcMessage) => void;
  token: string;
  /** The backend's id of this server (`s1`, ...); undefined for a recorded session opened read-only. */
  server?: string;
  /** A proxied session shown live: read-only, no client of our own (nothing can be sent to it). */
  feed?: ProxiedFeed;
}

export const SessionContext = createContext<SessionValue | null>(null);
