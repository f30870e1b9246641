import { createServer, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { maskUrl, type FrameInput, type HttpTransportKind } from "@mcp-inspect/core";
import { RULES_BY_ID } from "@mcp-inspect/core/checks";
import { maskHeaderValue } from "@mcp-inspect/server";
import { isLoopbackOrigin, loopbackHosts, type ListenAddress } from "./listen-address";
import { readJsonRpcBody } from "./jsonrpc-body";
import { createEndpointRewriter, createSseReader } from "./sse-stream";
import { createUpstream } from "./upstream-request";

export interface HttpProxyOptions {
  /** The remote server's MCP endpoint (--url); for HTTP+SSE its SSE URL. */
  upstream: string;
  transport: HttpTransportKind;
  /** --header: added to (or replacing) the client's headers on every request; recorded masked. */
  headers: Record<string, string>;
  listen: ListenAddress;
  /** Receives every frame seen on the way through; it never changes what is forwarded. */
  emit: (frame: FrameInput) => void;
  /** Largest request body accepted (bodies are read whole: they are JSON-RPC messages). @default 16 MiB */
  maxBodyBytes?: number;
}

export interface HttpProxy {
  /** The URL a client points at: the proxy's origin and the upstream's path (its query, which may hold a key, stays here). */
  readonly url: string;
  close(): Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 7.6.1), and Host and Content-Length, which Node derives itself: never forwarded as they came. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length"]);
/** Request headers recorded as they are: MCP's own and the harmless ones; every other value is masked. */
const SHOWN = new Set(["mcp-session-id", "mcp-protocol-version", "last-event-id", "mcp-method", "mcp-name", "accept", "accept-encoding", "content-type", "user-agent"]);
const MALFORMED = RULES_BY_ID.get("http/malformed-body")!;
const UNREACHABLE = RULES_BY_ID.get("proxy/upstream-unreachable")!;
/** Characters of an error response body kept in its http frame, as observed-fetch keeps. */
const MAX_ERROR_BODY = 4000;
/** A JSON answer is parsed for the recording up to this size; larger ones still pass whole. */
const MAX_RECORDED_JSON = 16 * 1024 * 1024;

/**
 * A loopback HTTP endpoint in front of a remote MCP server: Streamable HTTP (POST, GET streams, DELETE) and the
 * legacy HTTP+SSE transport (GET /sse, POST to the endpoint it names) pass to the upstream and back unchanged, body
 * bytes included, SSE answers streamed as they come. The one rewrite is the HTTP+SSE `endpoint` event, which must
 * name the proxy. A copy of every body is read into `message` frames, every exchange into an `http` frame.
 * node:http does it all both ways: SSE is plain chunked HTTP, so no proxy library is needed to stream it.
 */
export async function startHttpProxy(options: HttpProxyOptions): Promise<HttpProxy> {
  const { emit } = options;
  const upstream = new URL(options.upstream);
  const shown = maskUrl(upstream.href);
  const maxBody = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const added = Object.entries(options.headers);
  const addedNames = new Set(added.map(([name]) => name.toLowerCase()));
  let hosts = new Set<string>();
  let origin = "";
  let handshakes = 0;
  const open = new Set<AbortController>();
  const upstreamRequests = createUpstream();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) rpcError(res, 500, null, `mcp-inspect proxy: ${error.message}`);
      else res.destroy();
    });
  });

  /** Which upstream URL a request path means: the upstream's own path carries its query (a key stays in the proxy). */
  function upstreamFor(path: string): URL {
    const asked = new URL(path, upstream.origin);
    return asked.pathname === upstream.pathname && asked.search === "" ? new URL(upstream.href) : asked;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a web page must not reach a server through a loopback port, with the headers this proxy adds.
    const host = req.headers.host ?? "";
    if (!hosts.has(host.toLowerCase())) return rpcError(res, 403, null, `mcp-inspect proxy: Host "${host}" is not this proxy (DNS rebinding protection); use ${origin}`);
    if (req.headers.origin !== undefined && !isLoopbackOrigin(req.headers.origin)) return rpcError(res, 403, null, `mcp-inspect proxy: Origin "${req.headers.origin}" may not use this proxy`);
    const method = (req.method ?? "GET").toUpperCase();
    const target = upstreamFor(req.url ?? "/");
    const sent = method === "GET" || method === "HEAD" ? undefined : await readBody(req, maxBody);
    if (sent === null) return rpcError(res, 413, null, `mcp-inspect proxy: the request body is larger than ${maxBody} bytes`);
    const requestId = method === "POST" && sent ? recordClientBody(sent) : undefined;
    const headers = forwardHeaders(req.rawHeaders);
    const aborted = new AbortController();
    open.add(aborted);
    // The client went away (closed its stream, cancelled): stop the upstream exchange too.
    res.once("close", () => {
      open.delete(aborted);
      if (!res.writableFinished) aborted.abort();
    });
    const url = maskUrl(target.href);
    let response: IncomingMessage;
    try {
      response = await upstreamRequests.send(target, { method, headers, ...(sent ? { body: sent } : {}), signal: aborted.signal });
    } catch (error) {
      if (aborted.signal.aborted) return;
      const why = describeError(error);
      emit({ kind: "http", event: "failed", method, url, message: why });
      emit({ kind: "check", rule: UNREACHABLE.id, severity: UNREACHABLE.severity, message: `${method} ${url} failed: ${why}; the client got HTTP 502`, hint: UNREACHABLE.hint });
      return rpcError(res, 502, requestId ?? null, `mcp-inspect proxy: could not reach ${shown}: ${why}`);
    }
    const status = response.statusCode ?? 502;
    const ok = status >= 200 && status < 300;
    const contentType = response.headers["content-type"] ?? "";
    const sse = /^text\/event-stream/i.test(contentType);
    // Only a legacy HTTP+SSE stream opens with the endpoint event; a Streamable HTTP GET stream never has one.
    const rewriter = sse && method === "GET" && options.transport !== "streamable-http" ? createEndpointRewriter((data) => proxiedEndpoint(data, target)) : undefined;
    const exchange = {
      kind: "http" as const,
      event: "response" as const,
      method,
      url,
      status,
      statusText: response.statusMessage ?? "",
      ...(contentType ? { contentType } : {}),
      requestHeaders: recordedHeaders(headers),
      ...(requestId !== undefined ? { requestId } : {}),
      ...(one(response.headers["mcp-session-id"]) ? { sessionId: one(response.headers["mcp-session-id"])! } : {}),
      ...(one(headers["last-event-id"]) ? { resumedFrom: one(headers["last-event-id"])! } : {}),
      ...(sse && ok ? { stream: true as const } : {}),
      ...((status === 401 || status === 403) && response.headers["www-authenticate"] ? { wwwAuthenticate: response.headers["www-authenticate"] } : {}),
    };
    // An error's body is often the only clue: its frame waits for it (capped); any other goes out with the headers.
    if (ok) emit(exchange);
    const outHeaders = responseHeaders(response.headers, rewriter !== undefined);
    // A redirect within the server's origin stays on the proxy, or the client would leave it for the server itself.
    if (typeof outHeaders.location === "string") outHeaders.location = proxiedLocation(outHeaders.location, target);
    res.writeHead(status, response.statusMessage, outHeaders);
    res.flushHeaders();
    // A server that compressed although asked for identity: its bytes pass unchanged, but there is nothing to read.
    const encoded = (one(response.headers["content-encoding"]) ?? "identity").toLowerCase() !== "identity";
    const reader = encoded ? { push: () => {}, end: () => {}, errorText: () => "" } : createBodyRecorder(sse, ok, contentType);
    let ended = "closed by the server";
    try {
      for await (const chunk of response as AsyncIterable<Buffer>) {
        reader.push(chunk);
        const out = rewriter ? rewriter.push(chunk) : chunk;
        if (out.length > 0 && !res.write(out)) await drained(res);
        if (res.destroyed) break;
      }
    } catch (error) {
      ended = aborted.signal.aborted ? "closed by the client" : `dropped: ${describeError(error)}`;
    }
    if (res.destroyed && ended === "closed by the server") ended = "closed by the client";
    if (!ok) emit({ ...exchange, ...(reader.errorText() ? { body: reader.errorText() } : {}) });
    reader.end();
    res.end(rewriter?.end());
    if (sse && method === "GET" && ok) emit({ kind: "http", event: "stream-end", method, url, reason: ended });
  }

  /** The client's POST as messages; the id of the one request it carries, so the exchange pairs with it. */
  function recordClientBody(body: Buffer): string | number | undefined {
    if (body.length === 0) return undefined;
    const reading = readJsonRpcBody(body);
    for (const { msg, bytes } of reading.messages) {
      // A second initialize is a new client session: the checks start over, as for a restarted stdio server.
      if (msg.method === "initialize" && handshakes++ > 0) emit({ kind: "process", event: "spawn", pid: 0, command: `${shown} (a new client session through ${origin})`, args: [], cwd: "" });
      emit({ kind: "message", dir: "client->server", msg, bytes });
    }
    if (reading.problem) malformed(`the client POSTed ${reading.problem}: ${preview(body)}`);
    const [only] = reading.messages;
    const id = reading.messages.length === 1 && typeof only!.msg.method === "string" ? only!.msg.id : undefined;
    return typeof id === "string" || typeof id === "number" ? id : undefined;
  }

  /** Reads a copy of a response body: each SSE event's data, or a JSON answer whole; an error's text for its frame. */
  function createBodyRecorder(sse: boolean, ok: boolean, contentType: string) {
    let errorText = "";
    const keepError = (chunk: Buffer) => {
      if (!ok && errorText.length < MAX_ERROR_BODY) errorText = (errorText + chunk.toString("utf8")).slice(0, MAX_ERROR_BODY);
    };
    const serverMessages = (bytes: Uint8Array, what: string) => {
      const reading = readJsonRpcBody(bytes);
      for (const { msg, bytes: size } of reading.messages) emit({ kind: "message", dir: "server->client", msg, bytes: size });
      if (reading.problem && ok) malformed(`the server answered with ${what} that is ${reading.problem}: ${preview(bytes)}`);
    };
    if (sse) {
      const events = createSseReader((event) => {
        // The HTTP+SSE endpoint event names a URL; an event without data primes a resumable stream (2025-11-25).
        if (event.event === "endpoint" || event.data === "") return;
        serverMessages(new TextEncoder().encode(event.data), "an SSE event");
      });
      return { push: (chunk: Buffer) => (keepError(chunk), events.push(chunk)), end: () => events.end(), errorText: () => errorText };
    }
    // An error status's body goes in the exchange's frame, not the log's messages: clients do not take it as an answer.
    const json = ok && /json/i.test(contentType);
    const chunks: Buffer[] = [];
    let size = 0;
    return {
      push(chunk: Buffer) {
        keepError(chunk);
        size += chunk.length;
        if (json && size <= MAX_RECORDED_JSON) chunks.push(chunk);
      },
      end() {
        if (json && size > 0 && size <= MAX_RECORDED_JSON) serverMessages(Buffer.concat(chunks), "a JSON body");
      },
      errorText: () => errorText,
    };
  }

  function malformed(message: string): void {
    emit({ kind: "check", rule: MALFORMED.id, severity: MALFORMED.severity, message, hint: MALFORMED.hint });
  }

  /** The client's headers minus hop-by-hop ones, then --header; identity encoding, so bodies pass and read as sent. */
  function forwardHeaders(raw: string[]): OutgoingHttpHeaders {
    const headers: Record<string, string | string[]> = {};
    const named = new Set<string>();
    for (let i = 0; i < raw.length; i += 2) if (raw[i]!.toLowerCase() === "connection") for (const n of raw[i + 1]!.split(",")) named.add(n.trim().toLowerCase());
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      if (HOP_BY_HOP.has(name) || named.has(name) || addedNames.has(name)) continue;
      const before = headers[name];
      headers[name] = before === undefined ? raw[i + 1]! : [...(Array.isArray(before) ? before : [before]), raw[i + 1]!];
    }
    for (const [name, value] of added) headers[name.toLowerCase()] = value;
    headers["accept-encoding"] = "identity";
    return headers;
  }

  function recordedHeaders(headers: OutgoingHttpHeaders): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, raw] of Object.entries(headers)) {
      const value = Array.isArray(raw) ? raw.join(", ") : String(raw);
      out[name] = SHOWN.has(name) || name.startsWith("mcp-param-") ? value : maskHeaderValue(name, value);
    }
    return out;
  }

  /** An absolute endpoint on the upstream's origin becomes the proxy's; a relative one already resolves to the proxy. */
  function proxiedEndpoint(data: string, base: URL): string {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(data.trim())) return data;
    try {
      const resolved = new URL(data.trim(), base);
      return resolved.origin === upstream.origin ? `${origin}${resolved.pathname}${resolved.search}` : data;
    } catch {
      return data;
    }
  }

  function proxiedLocation(location: string, base: URL): string {
    try {
      const resolved = new URL(location, base);
      return resolved.origin === upstream.origin ? `${origin}${resolved.pathname}${resolved.search}` : location;
    } catch {
      return location;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.listen.port, options.listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = loopbackHosts(port);
  origin = `http://${options.listen.host === "::1" ? "[::1]" : options.listen.host}:${port}`;
  const url = `${origin}${upstream.pathname}`;
  emit({ kind: "process", event: "spawn", pid: 0, command: `${shown} (proxy listening on ${url})`, args: [], cwd: "" });
  return {
    url,
    async close() {
      for (const controller of open) controller.abort();
      server.closeAllConnections();
      upstreamRequests.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      emit({ kind: "process", event: "exit", code: 0, signal: null, stderrTail: [] });
    },
  };
}

/** Upstream response headers for the client: all but hop-by-hop ones; a rewritten stream has no fixed length. */
function responseHeaders(headers: IncomingHttpHeaders, rewritten: boolean): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || (HOP_BY_HOP.has(name) && !(name === "content-length" && !rewritten))) continue;
    out[name] = value;
  }
  return out;
}

/** A header Node may give as a list: its first value. */
function one(value: string | string[] | number | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value === undefined ? undefined : String(value);
}

function rpcError(res: ServerResponse, status: number, id: string | number | null, message: string): void {
  const body = JSON.stringify({ jsonrpc: "2.0", id, error: { code: -32000, message } });
  res.writeHead(status, { "content-type": "application/json" }).end(body);
}

/** The whole body, or null past the bound. */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}

function preview(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, 200));
  return bytes.length > 200 ? `${text}…` : text;
}

/** The error and, when it has one, its cause (fetch-style errors say only "fetch failed"). */
function describeError(error: unknown): string {
  const e = error as Error & { cause?: { message?: string; code?: string } };
  const cause = e?.cause?.message ?? e?.cause?.code;
  const message = e instanceof Error ? e.message : String(error);
  return cause && !message.includes(cause) ? `${message}: ${cause}` : message;
}
