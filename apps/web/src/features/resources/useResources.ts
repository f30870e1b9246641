import type { Resource } from "@modelcontextprotocol/client";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";
import { cacheHintOf } from "../../client/fetch-all-pages";

export function useResources() {
  return useServerList<Resource>(queryKeys.resources, "resources", async (client, cursor) => {
    // One page per request: the v2 client's list verbs follow every nextCursor themselves when given none.
    const result = await client.request({ method: "resources/list", params: cursor === undefined ? {} : { cursor } });
    return { items: result.resources, nextCursor: result.nextCursor, cache: cacheHintOf(result) };
  });
}
