import { useMemo, useState, type ReactNode } from "react";
import type { OpenedSession } from "./read-only-session";
import { SessionsContext } from "./sessions-context";

/** Holds which recorded session (if any) is open read-only, above the live and read-only trees. */
export function SessionsProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<OpenedSession>();
  const [importError, setImportError] = useState<string>();
  const value = useMemo(
    () => ({
      opened,
      open: (session: OpenedSession) => {
        setImportError(undefined);
        setOpened(session);
      },
      close: () => setOpened(undefined),
      importError,
      setImportError,
    }),
    [opened, importError],
  );
  return <SessionsContext.Provider value={value}>{children}</SessionsContext.Provider>;
}
