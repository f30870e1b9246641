import { useMemo, useState, type ReactNode } from "react";
import type { OpenedSession } from "./read-only-session";
import { SessionsContext } from "./sessions-context";

/**
 * Holds which recorded session (if any) is open read-only, above the live and read-only trees; with `home`
 * (`mcp-inspect open`), that recording is what is open when no other file is.
 */
export function SessionsProvider({ home, children }: { home?: OpenedSession | undefined; children: ReactNode }) {
  const [opened, setOpened] = useState<OpenedSession | undefined>(home);
  const [importError, setImportError] = useState<string>();
  const value = useMemo(
    () => ({
      opened,
      ...(home ? { home } : {}),
      open: (session: OpenedSession) => {
        setImportError(undefined);
        setOpened(session);
      },
      close: () => setOpened(home),
      importError,
      setImportError,
    }),
    [opened, home, importError],
  );
  return <SessionsContext.Provider value={value}>{children}</SessionsContext.Provider>;
}
