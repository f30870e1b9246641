import type { Client } from "@modelcontextprotocol/client";
import { useCallback, useMemo, useState } from "react";
import { useSession } from "../../client/useSession";
import { subscribedUris } from "./subscriptions";

export interface Subscriptions {
  /** The server declared `resources.subscribe`. */
  supported: boolean;
  subscribed: ReadonlySet<string>;
  /** The URI whose subscribe/unsubscribe is in flight. */
  pending?: string | undefined;
  error?: { uri: string; error: unknown } | undefined;
  toggle: (uri: string) => void;
}

/** resources/subscribe and resources/unsubscribe, with the subscribed set read back from the wire. */
export function useSubscriptions(): Subscriptions {
  const { snapshot } = useSession();
  const { client, clientKey, connection, frames } = snapshot;
  const resources = connection.phase === "ready" ? (connection.server.capabilities["resources"] as { subscribe?: boolean } | undefined) : undefined;
  const supported = resources?.subscribe === true;
  const subscribed = useMemo(() => (clientKey === undefined ? new Set<string>() : subscribedUris(frames, clientKey)), [frames, clientKey]);
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<{ uri: string; error: unknown }>();
  const toggle = useCallback(
    (uri: string) => {
      if (!client) return;
      const request = (c: Client) => (subscribed.has(uri) ? c.unsubscribeResource({ uri }) : c.subscribeResource({ uri }));
      setPending(uri);
      setError(undefined);
      request(client).then(
        () => setPending(undefined),
        (e: unknown) => {
          setPending(undefined);
          setError({ uri, error: e });
        },
      );
    },
    [client, subscribed],
  );
  return { supported, subscribed, pending, error, toggle };
}
