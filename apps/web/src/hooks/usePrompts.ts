import type { Prompt } from "@modelcontextprotocol/sdk/types.js";
import { queryKeys } from "../lib/query-keys";
import { useServerList } from "./useServerList";

export function usePrompts() {
  return useServerList<Prompt>(queryKeys.prompts, "prompts", async (client, cursor) => {
    const result = await client.listPrompts(cursor === undefined ? undefined : { cursor });
    return { items: result.prompts, nextCursor: result.nextCursor };
  });
}
