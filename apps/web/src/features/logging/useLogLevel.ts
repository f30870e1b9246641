import type { LoggingLevel } from "@modelcontextprotocol/client";
import { eraOf } from "@mcp-inspect/core";
import { useMemo, useState } from "react";
import { requestLogLevel, setRequestLogLevel } from "../../client/request-log-level";
import { useSession } from "../../client/useSession";
import { requestedLevel } from "./requested-level";

/**
 * The log level: whether the server declared `logging`, the level in force, and a setter. In the 2025 era that is
 * logging/setLevel (the level the server accepted last); in 2026-07-28 it rides in every request's envelope.
 */
export function useLogLevel() {
  const { snapshot } = useSession();
  const { client, clientKey, connection, frames } = snapshot;
  const supported = connection.phase === "ready" && connection.server.capabilities["logging"] !== undefined;
  const perRequest = connection.phase === "ready" && eraOf(connection.server.protocolVersion) === "modern";
  const [envelopeLevel, setEnvelopeLevel] = useState<string | undefined>(() => requestLogLevel(client));
  const wireLevel = useMemo(() => (clientKey === undefined ? undefined : requestedLevel(frames, clientKey)), [frames, clientKey]);
  const level = perRequest ? (requestLogLevel(client) ?? envelopeLevel) : wireLevel;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const setLevel = (next: LoggingLevel) => {
    if (!client) return;
    if (perRequest) {
      setRequestLogLevel(client, next);
      setEnvelopeLevel(next);
      return;
    }
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
  return { supported, ready: client !== undefined, level, setLevel, pending, error, perRequest };
}
