import { SERVER_PARAM, type SessionHeader } from "@mcp-inspect/core";
import { useQuery } from "@tanstack/react-query";
import { apiCall } from "./api-call";
import { HttpError } from "./http-error";
import { queryKeys } from "./query-keys";

export interface SessionInfo {
  header: SessionHeader;
  /** Where the session recording is written on disk. */
  sessionFile: string;
}

/** `GET /api/info`: the session header and the path of its recording, of `server` (default: the first one). */
export function useSessionInfo(token: string, server?: string) {
  return useQuery<SessionInfo>({
    queryKey: [queryKeys.info, token, server],
    queryFn: async () => {
      const query = server ? `?${SERVER_PARAM}=${encodeURIComponent(server)}` : "";
      return (await (await apiCall(token, `/api/info${query}`)).json()) as SessionInfo;
    },
    retry: (count, error) => !(error instanceof HttpError && (error.status === 401 || error.status === 403)) && count < 3,
    staleTime: Infinity,
  });
}
