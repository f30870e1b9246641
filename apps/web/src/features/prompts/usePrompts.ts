import type { Prompt } from "@modelcontextprotocol/client";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";
import { cacheHintOf } from "../../client/fetch-all-pages";

export function usePrompts() {
  return useServerList<Prompt>(queryKeys.prompts, "prompts", async (client, cursor) => {
    // One page per request: the v2 client's list verbs follow every nextCursor themselves when given none.
    const result = await client.request({ method: "prompts/list", params: cursor === undefined ? {} : { cursor } });
    return { items: result.prompts, nextCursor: result.nextCursor, cache: cacheHintOf(result) };
  });
}
