import type { ListKind } from "./mcp-session";

/** First element of each list query's key; the second is the client key, so a new server process refetches. */
export const queryKeys = {
  tools: "tools",
  resources: "resources",
  resourceTemplates: "resource-templates",
  prompts: "prompts",
  resource: "resource",
  info: "info",
} as const;

/** The queries to refetch when the server says a list changed. */
export const listQueryKeys: Record<ListKind, string[]> = {
  tools: [queryKeys.tools],
  resources: [queryKeys.resources, queryKeys.resourceTemplates],
  prompts: [queryKeys.prompts],
};
