import { useMemo, type ReactNode } from "react";
import type { ProtocolMode } from "@mcp-inspect/core";
import { SessionContext, type ProxiedFeed, type SessionValue } from "../client/session-context";
import { useMcpSession } from "../client/useMcpSession";
import { ClientRequestsContext } from "../features/client-requests";
import { TaskRunsContext } from "../features/tools";
import { createSessionParts } from "./session-parts";

/**
 * Runs the session of one backend server (`server`; the first one when undefined) and provides it to the tree. A
 * proxied session (`feed`) is only watched: no client of ours, so no restart, app messages or reconnect either.
 */
export function SessionProvider({ token, server, feed, children }: { token: string; server?: string; feed?: ProxiedFeed | undefined; children: ReactNode }) {
  const { session, snapshot, stores } = useMcpSession(token, server, createSessionParts, feed !== undefined);
  const value = useMemo<SessionValue | null>(
    () =>
      session && snapshot
        ? feed
          ? { snapshot, restart: () => {}, token, feed, ...(server ? { server } : {}) }
          : {
              snapshot,
              restart: () => void session.restart(),
              reconnectWith: (mode: ProtocolMode) => void session.reconnectWith(mode),
              recordAppMessage: (dir, app, message) => void session.recordAppMessage(dir, app, message),
              token,
              ...(server ? { server } : {}),
            }
        : null,
    [session, snapshot, token, server, feed],
  );
  if (!value || !stores) return null;
  return (
    <SessionContext.Provider value={value}>
      <ClientRequestsContext.Provider value={stores.requests}>
        <TaskRunsContext.Provider value={stores.taskRuns}>{children}</TaskRunsContext.Provider>
      </ClientRequestsContext.Provider>
    </SessionContext.Provider>
  );
}
