import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";

export function useTools() {
  return useServerList<Tool>(queryKeys.tools, "tools", async (client, cursor) => {
    const result = await client.listTools(cursor === undefined ? undefined : { cursor });
    return { items: result.tools, nextCursor: result.nextCursor };
  });
}
