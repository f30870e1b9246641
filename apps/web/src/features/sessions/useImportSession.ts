import { useCallback } from "react";
import { importSessionFile } from "./import-session";
import { useSessions } from "./sessions-context";

/** Reads a file, then opens it read-only or shows why it cannot be. */
export function useImportSession(): (file: File) => Promise<void> {
  const { open, setImportError } = useSessions();
  return useCallback(
    async (file: File) => {
      const result = await importSessionFile(file);
      if (result.ok) open(result.session);
      else setImportError(result.error);
    },
    [open, setImportError],
  );
}
