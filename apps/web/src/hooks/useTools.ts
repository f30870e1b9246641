import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { queryKeys } from "../lib/query-keys";
import { useServerList } from "./useServerList";

export function useTools() {
  return useServerList<Tool>(queryKeys.tools, "tools", async (client, cursor) => {
    const result = await client.listTools(cursor === undefined ? undefined : { cursor });
    return { items: result.tools, nextCursor: result.nextCursor };
  });
}
