import { SERVER_PARAM, type SessionList } from "@mcp-inspect/core";
import { apiCall, apiJson } from "../../client/api-call";

export interface ExportResult {
  name: string;
  fixture: unknown;
  fixtureText: string;
  testFile: string;
}

export async function fetchSessionList(token: string): Promise<SessionList> {
  return (await (await apiCall(token, "/api/sessions")).json()) as SessionList;
}

export async function fetchSessionText(token: string, id: string): Promise<string> {
  return (await apiCall(token, `/api/sessions/${encodeURIComponent(id)}`)).text();
}

/** `POST /api/export`: the whole current session, or only the exchanges of `seqs`. */
export async function exportSession(token: string, seqs?: readonly number[], server?: string): Promise<ExportResult> {
  const body = seqs ? { seqs: [...seqs] } : {};
  const query = server ? `?${SERVER_PARAM}=${encodeURIComponent(server)}` : "";
  const response = await apiJson(token, `/api/export${query}`, "POST", body);
  return (await response.json()) as ExportResult;
}

/** `GET /api/recording`: the session file `mcp-inspect open` shows. */
export async function fetchRecording(token: string): Promise<string> {
  return (await apiCall(token, "/api/recording")).text();
}
