import { anyResult } from "../../client/any-result";
import { parseToolsLeniently, type ListedTool } from "./lenient-tools";
import { queryKeys } from "../../client/query-keys";
import { useServerList } from "../../client/useServerList";
import { cacheHintOf } from "../../client/fetch-all-pages";

export function useTools() {
  return useServerList<ListedTool>(queryKeys.tools, "tools", async (client, cursor) => {
    // Not client.listTools: it rejects the whole list when one tool does not parse (see lenient-tools).
    const result = await client.request({ method: "tools/list", ...(cursor === undefined ? {} : { params: { cursor } }) }, anyResult);
    const nextCursor = typeof result.nextCursor === "string" ? result.nextCursor : undefined;
    return { items: parseToolsLeniently(result.tools), nextCursor, cache: cacheHintOf(result) };
  });
}
