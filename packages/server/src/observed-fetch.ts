import { maskUrl, type FrameInput } from "@mcp-inspect/core";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { maskHeaderValue } from "./mask-headers";

/**
 * MCP's own request headers: facts worth showing in full (none of them is the user's secret). 2026-07-28 mirrors the
 * body into Mcp-Method, Mcp-Name and Mcp-Param-{name}; the checks compare them with it.
 */
const PROTOCOL_HEADERS = ["mcp-session-id", "mcp-protocol-version", "last-event-id", "mcp-method", "mcp-name"];
const PARAM_HEADER = /^mcp-param-/;
/** Characters of an error body kept (in the frame, and for the SDK, which puts it in its error message). */
const MAX_BODY = 4000;
/**
 * The most any other body may hold (OAuth metadata, registration, token answers, SSE acks): a hostile
 * server's 2.5 GB document must not be read whole. MCP messages (POST answers from the endpoint) and
 * event streams pass as they are.
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** Status codes whose Response may not carry a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export interface ObservedFetchOptions {
  emit: (frame: FrameInput) => void;
  /** Lower-case names of the headers the user added: shown masked. */
  userHeaders: ReadonlySet<string>;
  /** The MCP endpoint: its answers to POSTs are messages and pass whole; every other non-stream body is capped. */
  messageUrl?: string;
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
    const target = input instanceof Request ? input.url : String(input);
    // What frames show: a key in the query is masked like a header value.
    const url = maskUrl(target);
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
    // An error body is read up to what is kept, then the rest is cancelled; the SDK reads the kept part.
    const errorBody = response.ok || !response.body ? undefined : await readPrefix(response.body, MAX_BODY);
    const body = errorBody?.text ? errorBody.text + (errorBody.cut ? `… (cut at ${MAX_BODY} characters)` : "") : undefined;
    const sessionId = response.headers.get("mcp-session-id") ?? undefined;
    const resumedFrom = sent.get("last-event-id") ?? undefined;
    const wwwAuthenticate = response.status === 401 || response.status === 403 ? (response.headers.get("www-authenticate") ?? undefined) : undefined;
    const requestId = method === "POST" ? postedRequestId(init?.body) : undefined;
    emit({
      kind: "http",
      event: "response",
      method,
      url,
      status: response.status,
      statusText: response.statusText,
      ...(contentType ? { contentType } : {}),
      requestHeaders: notableHeaders(sent, options.userHeaders),
      ...(requestId !== undefined ? { requestId } : {}),
      ...(sessionId ? { sessionId } : {}),
      ...(resumedFrom ? { resumedFrom } : {}),
      ...(stream ? { stream: true } : {}),
      ...(body ? { body } : {}),
      ...(wwwAuthenticate ? { wwwAuthenticate } : {}),
    });
    if (errorBody) return replaceBody(response, errorBody.text);
    const message = method === "POST" && options.messageUrl !== undefined && sameUrl(target, options.messageUrl);
    if (!stream && response.body && !message) return replaceBody(response, limitBytes(response.body, MAX_DOCUMENT_BYTES, url));
    if (!stream || !response.body) return response;
    // A POST's stream ending is the normal end of one answer; only its drop is news. A GET stream is the connection.
    const watched = watchStream(response.body, init?.signal ?? undefined, (reason, dropped) => {
      if (method === "GET" || dropped) emit({ kind: "http", event: "stream-end", method, url, reason });
    });
    return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** The id of the one JSON-RPC request a POST body carries (the transports send a string), so frames can pair them. */
function postedRequestId(body: unknown): string | number | undefined {
  if (typeof body !== "string") return undefined;
  try {
    const message = JSON.parse(body) as { id?: unknown; method?: unknown } | null;
    const id = message?.id;
    return typeof message?.method === "string" && (typeof id === "string" || typeof id === "number") ? id : undefined;
  } catch {
    return undefined;
  }
}

function notableHeaders(headers: Headers, user: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    // The user's headers, and an OAuth access token the transport added: masked, so the log shows one was sent.
    if (user.has(name) || name === "authorization") out[name] = maskHeaderValue(name, value);
    else if (PROTOCOL_HEADERS.includes(name) || PARAM_HEADER.test(name)) out[name] = value;
  });
  return out;
}

/**
 * At most `maxChars` characters of a body: reads no more bytes than they can take (4 per character in
 * UTF-8), then cancels the stream, so a body that never ends costs only what is kept.
 */
async function readPrefix(body: ReadableStream<Uint8Array>, maxChars: number): Promise<{ text: string; cut: boolean }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  let done = false;
  try {
    while (bytes < maxChars * 4 && text.length <= maxChars) {
      const chunk = await reader.read();
      if (chunk.done) {
        done = true;
        break;
      }
      bytes += chunk.value.byteLength;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch {
    done = true; // the connection dropped: keep what came
  }
  if (done) text += decoder.decode();
  else void reader.cancel().catch(() => {});
  return { text: text.slice(0, maxChars), cut: !done || text.length > maxChars };
}

/** Passes a body through until `maxBytes`, then fails the read with why (and cancels the source). */
function limitBytes(body: ReadableStream<Uint8Array>, maxBytes: number, url: string): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen > maxBytes) {
        void reader.cancel().catch(() => {});
        return controller.error(new Error(`the response from ${url} is larger than ${maxBytes} bytes: not read further`));
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The same response with another body; the length and encoding headers described the old one. */
function replaceBody(response: Response, body: string | ReadableStream<Uint8Array>): Response {
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(NULL_BODY.has(response.status) ? null : body, { status: response.status, statusText: response.statusText, headers });
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
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
