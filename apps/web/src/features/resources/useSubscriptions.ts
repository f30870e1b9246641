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
  /** 2026-07-28: subscriptions ride on the subscriptions/listen stream; what the server acknowledged it will send. */
  listen?: { honored: Record<string, unknown> | undefined };
}

/**
 * Resource subscriptions. 2025 era: resources/subscribe and resources/unsubscribe, with the subscribed set read back
 * from the wire. 2026-07-28: the URIs of the session's subscriptions/listen stream, which is reopened with the new set.
 */
export function useSubscriptions(): Subscriptions {
  const { snapshot } = useSession();
  const { client, clientKey, connection, frames, listen } = snapshot;
  const resources = connection.phase === "ready" ? (connection.server.capabilities["resources"] as { subscribe?: boolean } | undefined) : undefined;
  const supported = resources?.subscribe === true;
  const wireSubscribed = useMemo(() => (clientKey === undefined ? new Set<string>() : subscribedUris(frames, clientKey)), [frames, clientKey]);
  const listenUris = listen?.uris;
  const subscribed = useMemo(() => (listenUris ? new Set(listenUris) : wireSubscribed), [listenUris, wireSubscribed]);
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<{ uri: string; error: unknown }>();
  const toggle = useCallback(
    (uri: string) => {
      if (!client) return;
      const next = subscribed.has(uri) ? [...subscribed].filter((u) => u !== uri) : [...subscribed, uri];
      const request = (c: Client) =>
        listen ? listen.open(next) : subscribed.has(uri) ? c.unsubscribeResource({ uri }).then(() => {}) : c.subscribeResource({ uri }).then(() => {});
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
    [client, subscribed, listen],
  );
  return { supported, subscribed, pending, error, toggle, ...(listen ? { listen: { honored: listen.honored } } : {}) };
}
