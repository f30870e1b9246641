import type { LoggingLevel } from "@modelcontextprotocol/client";
import { useMemo, useState } from "react";
import { useSession } from "../../client/useSession";
import { requestedLevel } from "./requested-level";

/** logging/setLevel: whether the server declared `logging`, the level it accepted last, and a setter. */
export function useLogLevel() {
  const { snapshot } = useSession();
  const { client, clientKey, connection, frames } = snapshot;
  const supported = connection.phase === "ready" && connection.server.capabilities["logging"] !== undefined;
  const level = useMemo(() => (clientKey === undefined ? undefined : requestedLevel(frames, clientKey)), [frames, clientKey]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const setLevel = (next: LoggingLevel) => {
    if (!client) return;
    setPending(true);
    setError(undefined);
    client.setLoggingLevel(next).then(
      () => setPending(false),
      (e: unknown) => {
        setPending(false);
        setError(e);
      },
    );
  };
  return { supported, ready: client !== undefined, level, setLevel, pending, error };
}
