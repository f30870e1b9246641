import type { ResourceTemplateType as ResourceTemplate } from "@modelcontextprotocol/client";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";

export function useResourceTemplates() {
  return useServerList<ResourceTemplate>(queryKeys.resourceTemplates, "resources", async (client, cursor) => {
    const result = await client.listResourceTemplates(cursor === undefined ? undefined : { cursor });
    return { items: result.resourceTemplates, nextCursor: result.nextCursor };
  });
}
