import { QueryClient } from "@tanstack/react-query";

/** The page's client (the server list) and one per server, so two servers' tool lists never share a cache. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // An inspector shows a failure at once rather than retrying it, and refetches only when told
      // (a list_changed notification, a new server process, a Refresh button).
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
    },
  });
}
