import { ResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { parseToolsLeniently, type ListedTool } from "./lenient-tools";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";

export function useTools() {
  return useServerList<ListedTool>(queryKeys.tools, "tools", async (client, cursor) => {
    // Not client.listTools: it rejects the whole list when one tool does not parse (see lenient-tools).
    const result = await client.request({ method: "tools/list", ...(cursor === undefined ? {} : { params: { cursor } }) }, ResultSchema);
    const nextCursor = typeof result.nextCursor === "string" ? result.nextCursor : undefined;
    return { items: parseToolsLeniently(result.tools), nextCursor };
  });
}
