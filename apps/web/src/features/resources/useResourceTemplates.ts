import type { ResourceTemplateType as ResourceTemplate } from "@modelcontextprotocol/client";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";
import { cacheHintOf } from "../../client/fetch-all-pages";

export function useResourceTemplates() {
  return useServerList<ResourceTemplate>(queryKeys.resourceTemplates, "resources", async (client, cursor) => {
    // One page per request: the v2 client's list verbs follow every nextCursor themselves when given none.
    const result = await client.request({ method: "resources/templates/list", params: cursor === undefined ? {} : { cursor } });
    return { items: result.resourceTemplates, nextCursor: result.nextCursor, cache: cacheHintOf(result) };
  });
}
