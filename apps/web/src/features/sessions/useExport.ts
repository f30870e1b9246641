import { useState } from "react";
import { useSession } from "../../client/useSession";
import { downloadText } from "./download-text";
import { exportSession } from "./sessions-api";

/** Runs `POST /api/export` and downloads `<name>.fixture.json` and `<name>.test.ts`. */
export function useExport() {
  const { token, server } = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (seqs?: readonly number[]): Promise<boolean> => {
    setPending(true);
    setError(undefined);
    try {
      const result = await exportSession(token, seqs, server);
      downloadText(`${result.name}.fixture.json`, result.fixtureText, "application/json");
      downloadText(`${result.name}.test.ts`, result.testFile, "text/typescript");
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error };
}
