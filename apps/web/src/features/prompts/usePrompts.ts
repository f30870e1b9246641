import type { Prompt } from "@modelcontextprotocol/client";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";

export function usePrompts() {
  return useServerList<Prompt>(queryKeys.prompts, "prompts", async (client, cursor) => {
    const result = await client.listPrompts(cursor === undefined ? undefined : { cursor });
    return { items: result.prompts, nextCursor: result.nextCursor };
  });
}
