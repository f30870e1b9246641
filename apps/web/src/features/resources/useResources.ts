import type { Resource } from "@modelcontextprotocol/client";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";

export function useResources() {
  return useServerList<Resource>(queryKeys.resources, "resources", async (client, cursor) => {
    const result = await client.listResources(cursor === undefined ? undefined : { cursor });
    return { items: result.resources, nextCursor: result.nextCursor };
  });
}
