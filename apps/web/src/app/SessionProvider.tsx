import { useMemo, type ReactNode } from "react";
import { ClientRequestsContext } from "../features/client-requests/client-requests-context";
import { useMcpSession } from "../client/useMcpSession";
import { SessionContext } from "../client/session-context";
import { TaskRunsContext } from "../features/tools/tasks/task-runs-context";

/** Runs the session of one backend server (`server`; the first one when undefined) and provides it to the tree. */
export function SessionProvider({ token, server, children }: { token: string; server?: string; children: ReactNode }) {
  const { session, snapshot } = useMcpSession(token, server);
  const value = useMemo(
    () => (session && snapshot ? { snapshot, restart: () => void session.restart(), token, ...(server ? { server } : {}) } : null),
    [session, snapshot, token, server],
  );
  if (!value || !session) return null;
  return (
    <SessionContext.Provider value={value}>
      <ClientRequestsContext.Provider value={session.requests}>
        <TaskRunsContext.Provider value={session.taskRuns}>{children}</TaskRunsContext.Provider>
      </ClientRequestsContext.Provider>
    </SessionContext.Provider>
  );
}
