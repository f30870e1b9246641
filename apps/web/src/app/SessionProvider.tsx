import { useMemo, type ReactNode } from "react";
import type { ProtocolMode } from "@mcp-inspect/core";
import { SessionContext, type SessionValue } from "../client/session-context";
import { useMcpSession } from "../client/useMcpSession";
import { ClientRequestsContext } from "../features/client-requests";
import { TaskRunsContext } from "../features/tools";
import { createSessionParts } from "./session-parts";

/** Runs the session of one backend server (`server`; the first one when undefined) and provides it to the tree. */
export function SessionProvider({ token, server, children }: { token: string; server?: string; children: ReactNode }) {
  const { session, snapshot, stores } = useMcpSession(token, server, createSessionParts);
  const value = useMemo<SessionValue | null>(
    () =>
      session && snapshot
        ? {
            snapshot,
            restart: () => void session.restart(),
            reconnectWith: (mode: ProtocolMode) => void session.reconnectWith(mode),
            recordAppMessage: (dir, app, message) => void session.recordAppMessage(dir, app, message),
            token,
            ...(server ? { server } : {}),
          }
        : null,
    [session, snapshot, token, server],
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
