import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { HeadersChange } from "./headers-draft";
import { fetchServerHeaders, putServerHeaders } from "./headers-api";

const headersKey = (token: string, server: string) => ["server-headers", token, server] as const;

/** The server's custom headers, masked, as the backend lists them. */
export function useServerHeaders(token: string, server: string) {
  return useQuery({ queryKey: headersKey(token, server), queryFn: async () => (await fetchServerHeaders(token, server)) ?? {} });
}

export type ApplyState = { status: "idle" | "pending" | "applied" } | { status: "error"; message: string };

/**
 * Sends a change; the backend's answer (masked) becomes the listed headers. Not a TanStack mutation on
 * purpose: a mutation keeps its variables (here the secret values) in its cache after it settles.
 */
export function useApplyHeaders(token: string, server: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ApplyState>({ status: "idle" });
  const apply = useCallback(
    async (change: HeadersChange): Promise<boolean> => {
      setState({ status: "pending" });
      try {
        queryClient.setQueryData(headersKey(token, server), await putServerHeaders(token, server, change));
        setState({ status: "applied" });
        return true;
      } catch (error) {
        setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [queryClient, token, server],
  );
  return { state, apply };
}
