import { useMemo, type ReactNode } from "react";
import { useSession } from "../../client/useSession";
import { SessionContext } from "../../client/session-context";
import { readOnlySnapshot, type OpenedSession } from "./read-only-session";

/** Gives the components below a recorded session in place of the live one; restart does nothing. */
export function ReadOnlySessionProvider({ session, children }: { session: OpenedSession; children: ReactNode }) {
  const { token } = useSession();
  const value = useMemo(() => ({ snapshot: readOnlySnapshot(session.parsed), restart: () => {}, token }), [session, token]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
