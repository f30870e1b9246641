import type { Client } from "@modelcontextprotocol/client";
import type { ReadResourceResult } from "@modelcontextprotocol/client";
import { useCallback } from "react";
import { useSession } from "../../client/useSession";
import { useTimedRequest } from "../../ui/useTimedRequest";

/** resources/read for one URI at a time, timed; `read` does nothing until the client is ready. */
export function useReadResource() {
  const { snapshot } = useSession();
  const client = snapshot.client;
  const request = useCallback((signal: AbortSignal, c: Client, uri: string): Promise<ReadResourceResult> => c.readResource({ uri }, { signal }), []);
  const { result, run } = useTimedRequest(request);
  const read = useCallback((uri: string) => client && void run(client, uri), [client, run]);
  return { result, read, ready: client !== undefined };
}
