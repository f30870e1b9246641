import type { SessionHeader } from "@mcp-inspect/core";
import { useQuery } from "@tanstack/react-query";
import { HttpError } from "../lib/http-error";
import { queryKeys } from "../lib/query-keys";

export interface SessionInfo {
  header: SessionHeader;
  /** Where the session recording is written on disk. */
  sessionFile: string;
}

/** `GET /api/info`: the session header and the path of its recording. */
export function useSessionInfo(token: string) {
  return useQuery<SessionInfo>({
    queryKey: [queryKeys.info, token],
    queryFn: async () => {
      const response = await fetch("/api/info", { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new HttpError(response.status, `GET /api/info: HTTP ${response.status}`);
      return (await response.json()) as SessionInfo;
    },
    retry: (count, error) => !(error instanceof HttpError && (error.status === 401 || error.status === 403)) && count < 3,
    staleTime: Infinity,
  });
}
