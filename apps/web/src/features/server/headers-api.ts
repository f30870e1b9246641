import { apiJson } from "../../client/api-call";
import { fetchServers } from "../workspace";
import type { HeadersChange } from "./headers-draft";

/** The custom headers of a remote server, values masked ("Bearer ****"); undefined for an unknown or stdio server. */
export async function fetchServerHeaders(token: string, server: string): Promise<Record<string, string> | undefined> {
  const { servers } = await fetchServers(token);
  return servers.find((s) => s.id === server)?.headers;
}

/** `PUT /api/servers/:id/headers`: the backend reconnects with them and answers with the new set, masked. */
export async function putServerHeaders(token: string, server: string, headers: HeadersChange): Promise<Record<string, string>> {
  // The backend's refusal says what is wrong ("not a remote server", "invalid header name"): shown as is.
  const response = await apiJson(token, `/api/servers/${encodeURIComponent(server)}/headers`, "PUT", { headers });
  return ((await response.json()) as { headers: Record<string, string> }).headers;
}
