import { useQuery } from "@tanstack/react-query";
import { fetchSessionList } from "./sessions-api";

/** `GET /api/sessions`, fetched while the drawer is open (each opening refreshes it). */
export function useSessionList(token: string, enabled: boolean) {
  return useQuery({ queryKey: ["sessions", token], queryFn: () => fetchSessionList(token), enabled, staleTime: 0, gcTime: 0 });
}
