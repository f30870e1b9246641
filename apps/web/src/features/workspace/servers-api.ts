import type { LiveServerInfo, ServersResponse } from "@mcp-inspect/core";
import { apiCall, apiJson } from "../../client/api-call";

/** `GET /api/servers`: the live servers and the launchers the UI may start. */
export async function fetchServers(token: string): Promise<ServersResponse> {
  return (await (await apiCall(token, "/api/servers")).json()) as ServersResponse;
}

/** `POST /api/servers`: starts a launcher by id; the body names nothing else, so no request can carry a command. */
export async function startServer(token: string, launcher: string): Promise<LiveServerInfo> {
  return ((await (await apiJson(token, "/api/servers", "POST", { launcher })).json()) as { server: LiveServerInfo }).server;
}

/** `DELETE /api/servers/:id`: stops the server and closes its recording. */
export async function closeServer(token: string, id: string): Promise<void> {
  await apiCall(token, `/api/servers/${encodeURIComponent(id)}`, { method: "DELETE" });
}
