import { useDebouncedValue } from "@mantine/hooks";
import type { CompleteRequest } from "@modelcontextprotocol/client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSession } from "../../client/useSession";

export type CompletionRef = CompleteRequest["params"]["ref"];

export interface CompletionState {
  /** Whether the server declared `completions`; without it nothing is asked. */
  supported: boolean;
  values: string[];
  total?: number | undefined;
  hasMore?: boolean | undefined;
  error: unknown;
}

/**
 * `completion/complete` suggestions for one argument as the user types: debounced, cached per value,
 * sent with the other arguments' values as `context.arguments` to servers that negotiated 2025-06-18 or later.
 */
export function useCompletion(ref: CompletionRef, name: string, value: string, context: Record<string, string>, focused: boolean): CompletionState {
  const { snapshot } = useSession();
  const { client, clientKey, connection } = snapshot;
  const supported = connection.phase === "ready" && connection.server.capabilities["completions"] !== undefined;
  // context.arguments arrived in 2025-06-18; older servers get the request as their spec defines it.
  const withContext = connection.phase === "ready" && connection.server.protocolVersion >= "2025-06-18";
  const [debounced] = useDebouncedValue(value, 200);
  // Debounced as a string: a fresh object each render would restart the timer forever.
  const [contextJson] = useDebouncedValue(JSON.stringify(context), 200);
  const query = useQuery({
    queryKey: ["completion", clientKey, ref, name, debounced, contextJson],
    queryFn: async ({ signal }) => {
      const args = JSON.parse(contextJson) as Record<string, string>;
      const hasContext = withContext && Object.keys(args).length > 0;
      const params: CompleteRequest["params"] = { ref, argument: { name, value: debounced }, ...(hasContext ? { context: { arguments: args } } : {}) };
      return (await client!.complete(params, { signal })).completion;
    },
    enabled: supported && focused && client !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
  });
  return { supported, values: query.data?.values ?? [], total: query.data?.total, hasMore: query.data?.hasMore, error: query.error };
}
