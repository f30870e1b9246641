import { HttpError } from "./http-error";

/**
 * A token-protected backend route. A refusal throws an `HttpError` with the backend's own message
 * (`{ error: { code, message } }` says what is wrong and what to do), else the status line.
 */
export async function apiCall(token: string, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
  if (response.ok) return response;
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // not JSON: keep the status
  }
  throw new HttpError(response.status, message);
}

/** `apiCall` with a JSON body. */
export function apiJson(token: string, path: string, method: string, body: unknown): Promise<Response> {
  return apiCall(token, path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}
