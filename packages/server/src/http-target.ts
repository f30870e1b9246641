import { maskUrl, type FrameInput, type HttpTransportKind, type JsonRpcMessage } from "@mcp-inspect/core";
import { UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport, StreamableHTTPError } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FetchLike, Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCodes } from "./errors";
import { maskHeaderValue } from "./mask-headers";
import { createObservedFetch, describeFetchError } from "./observed-fetch";
import { modernRequestHeaders } from "./modern-request-headers";
import { createOAuthClient, type OAuthOptions } from "./oauth-client";
import type { Target } from "./target";

export interface HttpTargetOptions {
  url: string;
  /** "auto" tries Streamable HTTP and falls back to HTTP+SSE when the POST is answered 404 or 405. */
  transport: HttpTransportKind;
  /** Added to every request (--header). Values are masked in frames and never recorded. */
  headers: Record<string, string>;
  /** For tests: the fetch underneath the observing one. */
  fetch?: FetchLike;
  /** Authorize with OAuth 2.1 when the server asks (401). Without it, a 401 is an error that says how to pass a token. */
  oauth?: OAuthOptions;
}

type Wire = "streamable-http" | "sse";

/** One connection, from start to stop; a restart makes a new one, so late events of the old one are dropped. */
interface Link {
  transport: Transport | undefined;
  wire: Wire | "auto";
  /** Messages held while the transport is being chosen or opened, sent in order afterwards. */
  held: JsonRpcMessage[] | undefined;
  closed: boolean;
  spawned: boolean;
  initializeId: unknown;
}

/**
 * A remote MCP server as a target: the SDK's Streamable HTTP or SSE client transport carries the
 * browser's messages unchanged, and a watching `fetch` records the HTTP facts around them. The
 * connection's life is told with the stdio target's process frames (spawn with pid 0 = connected,
 * exit = disconnected, error = could not connect), so the UI and the doctor need no second path.
 */
export function createHttpTarget(options: HttpTargetOptions, emit: (frame: FrameInput) => void): Target {
  // The person may change the headers from the UI; the next connection uses them.
  let headers = { ...options.headers };
  const userHeaders = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const url = new URL(options.url);
  // The URL as frames and messages show it: secrets in its query masked.
  const shown = maskUrl(options.url);
  const watching = createObservedFetch({ emit, userHeaders, messageUrl: url.href, ...(options.fetch ? { fetch: options.fetch } : {}) });
  // A 401 from the server itself is where OAuth starts: say so before the discovery requests follow.
  const observed: FetchLike = async (input, init) => {
    // A 2026-07-28 request POST repeats parts of its body in headers; the 1.x transport does not know them.
    const implied = init?.method === "POST" ? modernRequestHeaders(init.body) : {};
    if (Object.keys(implied).length) {
      const sent = new Headers(init!.headers);
      for (const [name, value] of Object.entries(implied)) if (!sent.has(name)) sent.set(name, value);
      init = { ...init, headers: sent };
    }
    const response = await watching(input, init);
    if (response.status === 401 && authProvider && String(input) === url.href) {
      emit({ kind: "http", event: "auth", step: "required", message: "the server answered 401: authorizing with OAuth 2.1 (the first time: RFC 9728 protected-resource metadata, then the authorization server's RFC 8414 metadata)" });
    }
    return response;
  };
  // One OAuth client for the target's life: a reconnect (restart) keeps the registration and the tokens.
  const authProvider = options.oauth ? createOAuthClient({ ...options.oauth, serverUrl: url, fetch: observed, emit }) : undefined;
  // What auto-detection found; a restart goes straight to it.
  let detected: Wire | undefined;
  let link: Link | undefined;

  function open(wire: Wire, current: Link): Transport {
    const transportOptions = { fetch: observed, requestInit: { headers }, ...(authProvider ? { authProvider } : {}) };
    const transport = wire === "sse" ? new SSEClientTransport(url, transportOptions) : new StreamableHTTPClientTransport(url, transportOptions);
    transport.onmessage = (message: JSONRPCMessage) => {
      if (link !== current || current.transport !== transport) return;
      noteProtocolVersion(current, message as JsonRpcMessage);
      emit({ kind: "message", dir: "server->client", msg: message as JsonRpcMessage });
    };
    transport.onerror = (error: Error) => {
      // While choosing the transport, a 404/405 is the answer we look for, not an error.
      if (link !== current || current.closed || current.held || current.transport !== transport) return;
      emit({ kind: "http", event: "error", message: describeFetchError(error) });
    };
    current.transport = transport;
    return transport;
  }

  /** The SDK client sets the negotiated version on its transport; here the browser's client negotiates, so watch for it. */
  function noteProtocolVersion(current: Link, message: JsonRpcMessage): void {
    if (message.id === undefined || message.id !== current.initializeId) return;
    const version = (message.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (typeof version === "string") current.transport?.setProtocolVersion?.(version);
  }

  function connected(current: Link): void {
    if (current.spawned || current.closed) return;
    current.spawned = true;
    emit({ kind: "process", event: "spawn", pid: 0, command: shown, args: [], cwd: "" });
  }

  function fail(current: Link, error: unknown, sending?: JsonRpcMessage): void {
    if (current.closed) return;
    current.closed = true;
    void current.transport?.close().catch(() => {});
    const status = statusOf(error);
    const what = sending?.method ? ` (sending ${String(sending.method)})` : "";
    if (error instanceof UnauthorizedError) {
      emit({ kind: "process", event: "error", code: ErrorCodes.AUTH_REQUIRED, message: `${shown} requires OAuth authorization: approve it with Authorize; the inspector reconnects by itself`, stderrTail: [] });
      return;
    }
    if (status === 401) {
      const how = authProvider ? "the authorization did not work (see the OAuth rows in the log)" : "pass a token with --header \"Authorization: Bearer <token>\", or open it in the inspector's UI, which can authorize with OAuth";
      emit({ kind: "process", event: "error", code: ErrorCodes.HTTP_ERROR, message: `${shown} answered HTTP 401${what}: ${how}`, stderrTail: [] });
      return;
    }
    emit(
      status === undefined
        ? { kind: "process", event: "error", code: ErrorCodes.HTTP_UNREACHABLE, message: `could not reach ${shown}${what}: ${describeFetchError(error)}`, stderrTail: [] }
        : { kind: "process", event: "error", code: ErrorCodes.HTTP_ERROR, message: `${shown} answered HTTP ${status}${what}: ${describeFetchError(error)}`, stderrTail: [] },
    );
  }

  async function openSse(current: Link): Promise<void> {
    current.held ??= [];
    try {
      await open("sse", current).start();
    } catch (error) {
      fail(current, error);
      return;
    }
    current.wire = "sse";
    connected(current);
    release(current);
  }

  /** Auto mode: the opening request decides. 404/405 to the POST means an older HTTP+SSE server. */
  async function detect(current: Link, initialize: JsonRpcMessage): Promise<void> {
    current.held = [];
    try {
      await current.transport!.send(initialize as JSONRPCMessage);
      detected = current.wire = "streamable-http";
    } catch (error) {
      const status = statusOf(error);
      if (current.closed) return;
      // A 2025-era Streamable HTTP server refuses the probe (e.g. 400 without a session): it does speak Streamable
      // HTTP, and the relay hands the refusal to the client, which falls back to initialize.
      if (status !== undefined && status !== 404 && status !== 405 && initialize.method === "server/discover") {
        detected = current.wire = "streamable-http";
        release(current);
        return;
      }
      if (status !== 404 && status !== 405) return fail(current, error, initialize);
      emit({ kind: "http", event: "fallback", from: "streamable-http", to: "sse", status });
      void current.transport?.close().catch(() => {});
      detected = "sse";
      await openSse(current);
      if (!current.closed) current.transport!.send(initialize as JSONRPCMessage).catch((e: unknown) => fail(current, e, initialize));
      return;
    }
    release(current);
  }

  /**
   * A second initialize (a reloaded page, another tab) starts a new client: a Streamable HTTP server
   * refuses it inside the old session, so end that session and open a fresh one, as a new client would.
   */
  async function renew(current: Link, old: StreamableHTTPClientTransport, initialize: JsonRpcMessage): Promise<void> {
    current.held = [];
    await withTimeout(old.terminateSession().catch(() => {}), 2000);
    if (current.closed) return;
    const fresh = open("streamable-http", current);
    void old.close().catch(() => {});
    await fresh.start();
    fresh.send(initialize as JSONRPCMessage).catch((error: unknown) => fail(current, error, initialize));
    release(current);
  }

  function release(current: Link): void {
    const held = current.held ?? [];
    current.held = undefined;
    for (const message of held) dispatch(current, message);
  }

  function dispatch(current: Link, message: JsonRpcMessage): void {
    if (current.closed) return;
    if (current.held) {
      current.held.push(message);
      return;
    }
    if (message.method === "initialize") current.initializeId = message.id;
    // The opening request decides the transport: initialize, or the server/discover probe of a 2026-07-28 client.
    if ((message.method === "initialize" || message.method === "server/discover") && current.wire === "auto") {
      void detect(current, message);
      return;
    }
    if (message.method === "initialize" && current.transport instanceof StreamableHTTPClientTransport && current.transport.sessionId) {
      void renew(current, current.transport, message);
      return;
    }
    current.transport!.send(message as JSONRPCMessage).catch((error: unknown) => {
      // A refused connection ends the link; an HTTP error status is already in the log with its body.
      if (statusOf(error) === undefined || message.method === "initialize") fail(current, error, message);
    });
  }

  return {
    start() {
      const wire: Wire | "auto" = options.transport === "auto" ? (detected ?? "auto") : options.transport;
      const current: Link = { transport: undefined, wire, held: undefined, closed: false, spawned: false, initializeId: undefined };
      link = current;
      if (wire === "sse") {
        void openSse(current);
        return;
      }
      void open("streamable-http", current).start();
      // Streamable HTTP has nothing to open: the first POST (initialize) is the first contact.
      connected(current);
    },
    send(message) {
      const current = link;
      if (!current || current.closed || !current.spawned) return false;
      dispatch(current, message);
      return true;
    },
    async stop() {
      const current = link;
      if (!current || current.closed) return;
      current.closed = true;
      const transport = current.transport;
      // Tell a Streamable HTTP server the session is over (DELETE); it may answer 405, which is fine.
      if (transport instanceof StreamableHTTPClientTransport && transport.sessionId) {
        await withTimeout(transport.terminateSession().catch(() => {}), 2000);
      }
      await transport?.close().catch(() => {});
      if (current.spawned) emit({ kind: "process", event: "exit", code: 0, signal: null, stderrTail: [] });
    },
    get running() {
      return link !== undefined && !link.closed && link.spawned;
    },
    stderrTail: () => [],
    headers: () => masked(headers),
    setHeaders(changes) {
      const next = { ...headers };
      for (const [name, value] of Object.entries(changes)) {
        // Header names are case-insensitive: "authorization" replaces "Authorization".
        for (const key of Object.keys(next)) if (key.toLowerCase() === name.toLowerCase()) delete next[key];
        if (value !== null) next[name] = value;
      }
      headers = next;
      // Names of removed headers stay masked: a value sent earlier must not show up unmasked later.
      for (const name of Object.keys(headers)) userHeaders.add(name.toLowerCase());
      emit({ kind: "http", event: "headers", headers: masked(headers) });
      return masked(headers);
    },
  };
}

function masked(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, maskHeaderValue(name, value)]));
}

/** The HTTP status an SDK transport error carries, if the server answered at all. */
function statusOf(error: unknown): number | undefined {
  if (error instanceof StreamableHTTPError) return error.code !== undefined && error.code > 0 ? error.code : undefined;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "number" && code >= 100) return code;
  const match = /\(HTTP (\d{3})\)/.exec((error as Error)?.message ?? "");
  return match ? Number(match[1]) : undefined;
}

function withTimeout(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}
