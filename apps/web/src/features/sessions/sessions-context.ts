import { createContext, useContext } from "react";
import type { OpenedSession } from "./read-only-session";

/** What the header, the drawer and the drop zone share: the session opened read-only, if any. */
export interface SessionsValue {
  /** The session shown read-only; undefined while the live session is shown. */
  opened?: OpenedSession;
  /**
   * `mcp-inspect open <file>`: the recording this inspector shows instead of a live session. There is no
   * server to restart, export or answer; closing another file comes back to this one.
   */
  home?: OpenedSession;
  open: (session: OpenedSession) => void;
  /** Back to the live session (or to `home`). */
  close: () => void;
  /** Why the last import failed, until dismissed or a later import succeeds. */
  importError?: string;
  setImportError: (error: string | undefined) => void;
}

export const SessionsContext = createContext<SessionsValue | null>(null);

export function useSessions(): SessionsValue {
  const value = useContext(SessionsContext);
  if (!value) throw new Error("useSessions outside SessionsProvider");
  return value;
}
