import type { FrameInput } from "@mcp-inspect/core";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { maskHeaderValue } from "./mask-headers";

/** MCP's own request headers: facts worth showing in full (none of them is the user's secret). */
const PROTOCOL_HEADERS = ["mcp-session-id", "mcp-protocol-version", "last-event-id"];
const MAX_BODY = 4000;

export interface ObservedFetchOptions {
  emit: (frame: FrameInput) => void;
  /** Lower-case names of the headers the user added: shown masked. */
  userHeaders: ReadonlySet<string>;
  fetch?: FetchLike;
}

/**
 * A `fetch` for the SDK's client transports that reports each exchange as `http` frames (status,
 * content type, session id, resumption, SSE streams ending, error bodies) without changing what the
 * transport sees: it observes the transport instead of re-implementing it.
 */
export function createObservedFetch(options: ObservedFetchOptions): FetchLike {
  const base = options.fetch ?? fetch;
  const { emit } = options;
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    const url = String(input);
    const sent = new Headers(init?.headers);
    let response: Response;
    try {
      response = await base(input, init);
    } catch (error) {
      if (!init?.signal?.aborted) emit({ kind: "http", event: "failed", method, url, message: describeFetchError(error) });
      throw error;
    }
    const contentType = response.headers.get("content-type") ?? undefined;
    const stream = response.ok && /^text\/event-stream/i.test(contentType ?? "");
    const body = response.ok || !response.body ? undefined : await readCapped(response.clone());
    const sessionId = response.headers.get("mcp-session-id") ?? undefined;
    const resumedFrom = sent.get("last-event-id") ?? undefined;
    const wwwAuthenticate = response.status === 401 || response.status === 403 ? (response.headers.get("www-authenticate") ?? undefined) : undefined;
    emit({
      kind: "http",
      event: "response",
      method,
      url,
      status: response.status,
      statusText: response.statusText,
      ...(contentType ? { contentType } : {}),
      requestHeaders: notableHeaders(sent, options.userHeaders),
      ...(sessionId ? { sessionId } : {}),
      ...(resumedFrom ? { resumedFrom } : {}),
      ...(stream ? { stream: true } : {}),
      ...(body ? { body } : {}),
      ...(wwwAuthenticate ? { wwwAuthenticate } : {}),
    });
    if (!stream || !response.body) return response;
    // A POST's stream ending is the normal end of one answer; only its drop is news. A GET stream is the connection.
    const watched = watchStream(response.body, init?.signal ?? undefined, (reason, dropped) => {
      if (method === "GET" || dropped) emit({ kind: "http", event: "stream-end", method, url, reason });
    });
    return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

function notableHeaders(headers: Headers, user: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    // The user's headers, and an OAuth access token the transport added: masked, so the log shows one was sent.
    if (user.has(name) || name === "authorization") out[name] = maskHeaderValue(name, value);
    else if (PROTOCOL_HEADERS.includes(name)) out[name] = value;
  });
  return out;
}

async function readCapped(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => "");
  if (text === "") return undefined;
  return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}… (${text.length} characters)` : text;
}

/** Passes a body through unchanged and says once how it ended. */
function watchStream(body: ReadableStream<Uint8Array>, signal: AbortSignal | undefined, ended: (reason: string, dropped: boolean) => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let told = false;
  const tell = (reason: string, dropped: boolean) => {
    if (told) return;
    told = true;
    ended(reason, dropped);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          tell("closed by the server", false);
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        if (signal?.aborted) tell("closed by mcp-inspect", false);
        else tell(`dropped: ${describeFetchError(error)}`, true);
        controller.error(error);
      }
    },
    cancel(reason) {
      tell("closed by mcp-inspect", false);
      return reader.cancel(reason);
    },
  });
}

/** Node's fetch says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND, a TLS error). */
export function describeFetchError(error: unknown): string {
  const e = error as Error & { cause?: { message?: string; code?: string } };
  const cause = e?.cause?.message ?? e?.cause?.code;
  const message = e instanceof Error ? e.message : String(error);
  return cause && !message.includes(cause) ? `${message}: ${cause}` : message;
}
