import type { ResourceTemplate } from "@modelcontextprotocol/sdk/types.js";
import { queryKeys } from "../lib/query-keys";
import { useServerList } from "./useServerList";

export function useResourceTemplates() {
  return useServerList<ResourceTemplate>(queryKeys.resourceTemplates, "resources", async (client, cursor) => {
    const result = await client.listResourceTemplates(cursor === undefined ? undefined : { cursor });
    return { items: result.resourceTemplates, nextCursor: result.nextCursor };
  });
}
