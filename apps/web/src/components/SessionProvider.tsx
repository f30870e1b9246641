import { useMemo, type ReactNode } from "react";
import { useMcpSession } from "../hooks/useMcpSession";
import { SessionContext } from "../lib/session-context";

/** Runs the session for `token` and provides it to the tree. */
export function SessionProvider({ token, children }: { token: string; children: ReactNode }) {
  const { session, snapshot } = useMcpSession(token);
  const value = useMemo(
    () => (session && snapshot ? { snapshot, restart: () => void session.restart(), token } : null),
    [session, snapshot, token],
  );
  if (!value) return null;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
