import type { ConnectionState, ServerIdentity } from "@mcp-inspect/core";
import { useRef } from "react";

/** The server identity while ready, and the last one known after it exits (until a new one is ready). */
export function useLastServer(state: ConnectionState): ServerIdentity | undefined {
  const last = useRef<ServerIdentity | undefined>(undefined);
  if (state.phase === "ready") last.current = state.server;
  return last.current;
}
