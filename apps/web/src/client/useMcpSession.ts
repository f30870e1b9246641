import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { ClientExtension } from "./client-extension";
import { McpSession, type ListKind, type SessionSnapshot } from "./mcp-session";
import { RelayConnection } from "./relay-connection";
import { relayUrl } from "./relay-url";
import { listQueryKeys } from "./query-keys";

const idle = { subscribe: () => () => {}, getSnapshot: () => undefined };

/** What the page adds to one server's session: the features' client extensions and the stores they fill. */
export interface SessionParts<Stores> {
  extensions: readonly ClientExtension[];
  stores: Stores;
}

interface Running<Stores> {
  session: McpSession;
  stores: Stores;
}

/**
 * Runs the relay + SDK client session of one server for as long as the component is mounted.
 * `createParts` is called once per session, so each server gets its own stores.
 */
export function useMcpSession<Stores>(
  token: string,
  server: string | undefined,
  createParts: () => SessionParts<Stores>,
  observeOnly = false,
): { session: McpSession | undefined; snapshot: SessionSnapshot | undefined; stores: Stores | undefined } {
  const queryClient = useQueryClient();
  const [running, setRunning] = useState<Running<Stores>>();
  const [create] = useState(() => createParts);

  useEffect(() => {
    const onListChanged = (kind: ListKind) => {
      for (const key of listQueryKeys[kind]) void queryClient.invalidateQueries({ queryKey: [key] });
    };
    const { extensions, stores } = create();
    const next = new McpSession(new RelayConnection(relayUrl(window.location, token, server)), { onListChanged, extensions, observeOnly });
    // Started on the next task, so React's dev-mode mount/unmount/mount does not open and abort a socket.
    const timer = setTimeout(() => next.start(), 0);
    setRunning({ session: next, stores });
    return () => {
      clearTimeout(timer);
      next.stop();
    };
  }, [token, server, queryClient, create, observeOnly]);

  const store = running?.session ?? idle;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { session: running?.session, snapshot, stores: running?.stores };
}
