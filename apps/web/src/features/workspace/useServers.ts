import type { LiveServerInfo, ServersResponse } from "@mcp-inspect/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { HttpError } from "../../client/http-error";
import { closeServer, fetchServers, startServer } from "./servers-api";

const serversKey = (token: string) => ["servers", token] as const;

/** A 401/403: the token is not (or no longer) this backend's. */
export function isRejectedToken(error: unknown): boolean {
  return error instanceof HttpError && (error.status === 401 || error.status === 403);
}

/** `GET /api/servers`, in the page's query client (each server's own client is below it). */
export function useServers(token: string) {
  return useQuery<ServersResponse>({
    queryKey: serversKey(token),
    queryFn: () => fetchServers(token),
    // Proxied sessions join (and are renamed, and end) without this page doing anything: read the list again now and then.
    refetchInterval: 2000,
    retry: (count, error) => !isRejectedToken(error) && count < 3,
  });
}

/** Starts a launcher; the new server joins the cached list at once, then the list is read again. */
export function useStartServer(token: string, onStarted: (server: LiveServerInfo) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (launcher: string) => startServer(token, launcher),
    onSuccess: (server) => {
      queryClient.setQueryData<ServersResponse>(serversKey(token), (old) => old && { ...old, servers: [...old.servers.filter((s) => s.id !== server.id), server] });
      onStarted(server);
      void queryClient.invalidateQueries({ queryKey: serversKey(token) });
    },
  });
}

/** Stops a server; its tab goes at once. */
export function useCloseServer(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => closeServer(token, id),
    onSuccess: (_, id) => {
      queryClient.setQueryData<ServersResponse>(serversKey(token), (old) => old && { ...old, servers: old.servers.filter((s) => s.id !== id) });
      void queryClient.invalidateQueries({ queryKey: serversKey(token) });
    },
  });
}
