import type { Resource } from "@modelcontextprotocol/sdk/types.js";
import { queryKeys } from "../lib/query-keys";
import { useServerList } from "./useServerList";

export function useResources() {
  return useServerList<Resource>(queryKeys.resources, "resources", async (client, cursor) => {
    const result = await client.listResources(cursor === undefined ? undefined : { cursor });
    return { items: result.resources, nextCursor: result.nextCursor };
  });
}
