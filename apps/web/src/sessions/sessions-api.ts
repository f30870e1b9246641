import { SERVER_PARAM } from "@mcp-inspect/core";
import { HttpError } from "../lib/http-error";

/** One file of the recordings folder, as `GET /api/sessions` describes it. */
export interface SessionSummary {
  id: string;
  size: number;
  modifiedAt: string;
  startedAt?: string;
  target?: string;
  current?: boolean;
  error?: string;
}

export interface SessionList {
  folder?: string;
  sessions: SessionSummary[];
}

export interface ExportResult {
  name: string;
  fixture: unknown;
  fixtureText: string;
  testFile: string;
}

async function call(token: string, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
  if (response.ok) return response;
  // The backend's errors are `{ error: { code, message } }`; fall back to the status line.
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // not JSON: keep the status
  }
  throw new HttpError(response.status, `${init.method ?? "GET"} ${path}: ${message}`);
}

export async function fetchSessionList(token: string): Promise<SessionList> {
  return (await (await call(token, "/api/sessions")).json()) as SessionList;
}

export async function fetchSessionText(token: string, id: string): Promise<string> {
  return (await call(token, `/api/sessions/${encodeURIComponent(id)}`)).text();
}

/** `POST /api/export`: the whole current session, or only the exchanges of `seqs`. */
export async function exportSession(token: string, seqs?: readonly number[], server?: string): Promise<ExportResult> {
  const body = seqs ? { seqs: [...seqs] } : {};
  const query = server ? `?${SERVER_PARAM}=${encodeURIComponent(server)}` : "";
  const response = await call(token, `/api/export${query}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return (await response.json()) as ExportResult;
}
