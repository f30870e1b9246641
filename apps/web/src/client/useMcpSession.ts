import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { McpSession, type ListKind, type SessionSnapshot } from "./mcp-session";
import { RelayConnection } from "./relay-connection";
import { relayUrl } from "./relay-url";
import { listQueryKeys } from "./query-keys";

const idle = { subscribe: () => () => {}, getSnapshot: () => undefined };

/** Runs the relay + SDK client session for this page, for as long as the component is mounted. */
export function useMcpSession(token: string, server?: string): { session: McpSession | undefined; snapshot: SessionSnapshot | undefined } {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<McpSession>();

  useEffect(() => {
    const onListChanged = (kind: ListKind) => {
      for (const key of listQueryKeys[kind]) void queryClient.invalidateQueries({ queryKey: [key] });
    };
    const next = new McpSession(new RelayConnection(relayUrl(window.location, token, server)), { onListChanged });
    // Started on the next task, so React's dev-mode mount/unmount/mount does not open and abort a socket.
    const timer = setTimeout(() => next.start(), 0);
    setSession(next);
    return () => {
      clearTimeout(timer);
      next.stop();
    };
  }, [token, server, queryClient]);

  const store = session ?? idle;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { session, snapshot };
}
