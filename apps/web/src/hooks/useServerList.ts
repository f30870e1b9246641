import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { useQuery } from "@tanstack/react-query";
import { fetchAllPages, type AllPages, type Page } from "../lib/fetch-all-pages";
import { useSession } from "./useSession";

/**
 * One of the server's lists, all pages, fetched once the client is ready and only if the server
 * declared `capability`. Refetched when the server says it changed (see `listQueryKeys`).
 */
export function useServerList<T>(
  key: string,
  capability: "tools" | "resources" | "prompts",
  fetchPage: (client: Client, cursor: string | undefined) => Promise<Page<T>>,
) {
  const { snapshot } = useSession();
  const { client, clientKey, connection } = snapshot;
  const supported = connection.phase === "ready" && connection.server.capabilities[capability] !== undefined;
  const query = useQuery<AllPages<T>>({
    queryKey: [key, clientKey],
    queryFn: () => fetchAllPages((cursor) => fetchPage(client!, cursor)),
    enabled: supported && client !== undefined,
  });
  return { ...query, supported, phase: connection.phase };
}
